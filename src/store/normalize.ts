/**
 * Normal forms the store matches on: entity names (case, accents and
 * punctuation folded) and quote texts (the same, plus the fingerprints that
 * find a quote again when another outlet cut it short).
 */

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/** An ellipsis marks a cut inside a quote: "we will … stand firm". */
const ELLIPSIS = /…|\.\s*\.\s*\./g;
/** Editorial insertions such as "[the UK]" are not the speaker's words. */
const BRACKETED = /\[[^\]]{0,60}\]/g;

/** Lower case, no accents, words separated by single spaces. */
export function normalizeName(name: string): string {
  return foldWords(name);
}

/**
 * Characters compatibility decomposition (NFKD) may turn into other letters
 * or digits ("é" to "e", "²" to "2", "ﬁ" to "fi"): everything from U+00A0
 * but punctuation and symbols that have no decomposition or become a
 * separator either way (no-break space, "£", "«", "°", "×", dashes, curly
 * quotes, ellipsis, "€"). Text without them, most news text, skips the NFKD.
 */
const MAY_DECOMPOSE = /[^\u0000-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2010-\u205e\u20ac]/;

/**
 * What NON_WORD matches in text MAY_DECOMPOSE passes: every character but
 * the ASCII letters and digits (the rest of what it passes is punctuation and
 * symbols). Twice as fast as the Unicode class, and most text takes this way.
 */
const ASCII_NON_WORD = /[^a-z0-9]+/g;

function foldWords(text: string): string {
  if (!MAY_DECOMPOSE.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, ' ').trim();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** A quote as a list of pieces (split at ellipses), each normalised. */
export function quotePieces(text: string): string[] {
  return text.replace(BRACKETED, ' … ').split(ELLIPSIS).map(foldWords).filter((p) => p.length > 0);
}

export function normalizeQuote(text: string): string {
  return quotePieces(text).join(' ');
}

/** Shingle size in words, and the winnowing window (in shingles). */
const SHINGLE = 5;
const WINDOW = 6;

/**
 * Fingerprints of a normalised quote: the hashes of its first and last
 * shingle (a truncated copy keeps one end) plus winnowed shingle hashes,
 * which guarantee a shared print for any common run of SHINGLE + WINDOW - 1
 * words. Quotes shorter than a shingle print their whole text.
 */
export function quotePrints(pieces: readonly string[]): number[] {
  const prints = new Set<number>();
  for (const piece of pieces) {
    // Word starts, and one past the end: a shingle is piece.slice(starts[i], starts[i + SHINGLE] - 1), hashed in place.
    const starts = [0];
    for (let at = piece.indexOf(' '); at >= 0; at = piece.indexOf(' ', at + 1)) starts.push(at + 1);
    starts.push(piece.length + 1);
    const words = starts.length - 1;
    if (words < SHINGLE) {
      prints.add(hash53(piece));
      continue;
    }
    const hashes: number[] = [];
    for (let i = 0; i + SHINGLE <= words; i++) hashes.push(hash53(piece, 0, starts[i]!, starts[i + SHINGLE]! - 1));
    prints.add(hashes[0]!);
    prints.add(hashes[hashes.length - 1]!);
    for (const h of winnow(hashes, WINDOW)) prints.add(h);
  }
  return [...prints];
}

/** The minimum hash of every window of `w` consecutive hashes (Schleimer et al. 2003). */
function winnow(hashes: readonly number[], w: number): number[] {
  if (hashes.length <= w) return [Math.min(...hashes)];
  const picked: number[] = [];
  let last = -1;
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = i;
    for (let j = i + 1; j < i + w; j++) if (hashes[j]! <= hashes[min]!) min = j;
    if (min !== last) picked.push(hashes[min]!);
    last = min;
  }
  return picked;
}

/** Shortest quote (in words) that may match a longer one as a fragment of it. */
const MIN_FRAGMENT_WORDS = 4;

/**
 * True when two quotes are the same words: equal once normalised, or every
 * piece of the shorter one (of at least MIN_FRAGMENT_WORDS words) occurs in
 * the longer one, in order.
 */
export function sameQuote(a: readonly string[], b: readonly string[], aText = a.join(' '), bText = b.join(' ')): boolean {
  if (aText === bText) return true;
  const shortFirst = aText.length <= bText.length;
  const short = shortFirst ? a : b;
  const long = shortFirst ? bText : aText;
  if (countWords(short) < MIN_FRAGMENT_WORDS) return false;
  let from = 0;
  for (const piece of short) {
    const at = wordsAt(long, piece, from);
    if (at < 0) return false;
    from = at + piece.length + 1;
  }
  return true;
}

/**
 * Where `piece` first occurs in `text` at or after `from` as whole words
 * (a space or the text's end on either side), or -1. Checked in place: the
 * store compares a new quote with up to a dozen candidates, and padding
 * each text and piece with spaces to search for made strings every time.
 */
function wordsAt(text: string, piece: string, from: number): number {
  // (Normalised pieces are never empty; an empty one matches where the padded search found it.)
  if (piece === '') return ` ${text} `.indexOf('  ', from);
  for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return at;
  }
  return -1;
}

/** Words in normalised pieces (single spaces between words): counted, not split. */
function countWords(pieces: readonly string[]): number {
  let n = 0;
  for (const p of pieces) {
    n++;
    for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) n++;
  }
  return n;
}

/** cyrb53: a fast 53-bit string hash, exact in a JS number and an SQLite integer; of text.slice(from, to) without the slice. */
export function hash53(text: string, seed = 0, from = 0, to = text.length): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
