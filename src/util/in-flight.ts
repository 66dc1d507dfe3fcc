/**
 * Counts promises in flight and lets a caller wait for the next one to
 * settle. Promise.race over every promise in flight did the same, but each
 * call attached a reaction to every pending promise: with 128 analyses in
 * flight and one wait per article, 128 reactions an article, each kept
 * until its promise settled.
 */
export class InFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  /** Tracks `promise` until it settles (either way: a rejection is the caller's to handle). */
  add(promise: Promise<unknown>): void {
    this.count++;
    const settled = () => {
      this.count--;
      const waiting = this.waiting;
      this.waiting = [];
      for (const wake of waiting) wake();
    };
    promise.then(settled, settled);
  }

  /** Resolves once the next tracked promise settles. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
