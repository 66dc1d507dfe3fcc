/**
 * `items.flatMap(pick)` for a callback that returns an array, as a plain loop:
 * V8's flatMap is many times slower on the short lists the stages build per
 * document (measured 18x on 8 items), and the order is the same.
 */
export function flatten<T, U>(items: readonly T[], pick: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const item of items) {
    const part = pick(item);
    for (let k = 0; k < part.length; k++) out.push(part[k]!);
  }
  return out;
}
