/**
 * A Bloom filter over 53-bit hashes of what the store holds (quote prints,
 * quote texts): "certainly not stored" for most of a new quote's, so the
 * merger looks up only what may be there. False positives cost one look-up;
 * there are no false negatives as long as every stored value was added, which
 * the owner ensures by rebuilding the filter from its table when another
 * connection wrote.
 */

/** Bits per expected hash: about 0.5% false positives with K probes. */
const BITS_PER_PRINT = 12;
const K = 6;
const MIN_BITS = 1 << 22;

export class HashFilter {
  private bits: Uint32Array;
  private mask: number;
  private count = 0;

  /** `stored`: every print now in the store. */
  constructor(stored: Iterable<number>, expected = 0) {
    const size = bitsFor(expected);
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
    for (const print of stored) this.add(print);
  }

  /** True when the filter has grown past its design load and should be rebuilt larger. */
  get full(): boolean {
    return this.count * BITS_PER_PRINT > this.bits.length * 32;
  }

  get size(): number {
    return this.count;
  }

  add(print: number): void {
    this.count++;
    const [h1, h2] = split(print);
    for (let i = 0; i < K; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHave(print: number): boolean {
    const [h1, h2] = split(print);
    for (let i = 0; i < K; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** A power of two with room for `expected` prints (and as many again). */
function bitsFor(expected: number): number {
  let size = MIN_BITS;
  while (size < expected * 2 * BITS_PER_PRINT) size *= 2;
  return size;
}

/** Two 32-bit hashes from one 53-bit print (the second odd, so the probes differ). */
function split(print: number): [number, number] {
  const low = print >>> 0;
  const high = Math.floor(print / 4294967296);
  return [low, (Math.imul(high ^ low, 0x9e3779b1) | 1) >>> 0];
}

/**
 * The hashes of what one table holds, as a HashFilter built from the table on
 * first use and rebuilt, larger, when it outgrows its size. Values written
 * here are added as they are stored; `forget` drops the filter when it may
 * miss some (a rollback, or another connection wrote), and the next use
 * rebuilds it.
 */
export class StoredHashes {
  private filter: HashFilter | undefined;

  /** `stored`: every hash the table now holds; `count`: how many there are. */
  constructor(private readonly stored: () => Iterable<number>, private readonly count: () => number) {}

  mayHave(hash: number): boolean {
    if (!this.filter || this.filter.full) this.filter = new HashFilter(this.stored(), this.count());
    return this.filter.mayHave(hash);
  }

  add(hash: number): void {
    this.filter?.add(hash);
  }

  forget(): void {
    this.filter = undefined;
  }
}
