/** One evaluation data set: a name, what it needs under ../shared, and a scorer. */
export interface Dataset {
  readonly name: string;
  readonly description: string;
  /** Paths under ../shared the scorer reads; checked before it runs. */
  readonly needs: readonly string[];
  /** Prints its report; returns nothing, since eval never fails a build. */
  run(shared: string, args: string[]): Promise<void> | void;
}
