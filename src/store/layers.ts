/**
 * The record's layers as stored in articles.layers, in a compact JSON of
 * their own ("shaped" layers): `[2, shapes, body]`, where every object is an
 * array `[shape, value, …]` whose shape lists its keys once for the whole
 * record, every array is `[0, item, …]`, and the text of a span that repeats
 * the article text at its offsets is left out (its key is the number 0 in
 * the shape). A record's entities, mentions, quotes and spans share a few
 * dozen shapes, so their keys are not written again for every object: the
 * layers take 45% of the space of plain JSON (as little as the article text
 * itself), and the store writes, and workers send, that much less.
 *
 * Unpacking puts every key back in its place, so a record comes back exactly
 * as it was put. Stores written before this format hold plain JSON objects
 * with a span's repeated text replaced by 0; those are read as before.
 */

import { RECORD_SCHEMA, type DossierRecord } from '../record/types.js';

const SHAPED = 2;
/** In a shape: where the span's text goes, taken from the article text. */
const ARTICLE_TEXT = 0;
/** The shape id of arrays. */
const ARRAY = 0;

type Shape = (string | typeof ARTICLE_TEXT)[];

export function packLayers(layers: object, text: string): string {
  const packer = new Packer(text);
  const body = packer.pack(layers);
  return JSON.stringify([SHAPED, packer.shapes, body]);
}

export function unpackLayers<T>(packed: string, text: string): T {
  const parsed = JSON.parse(packed, packed.charCodeAt(0) === 0x7b /* { */ ? plainReviver(text) : undefined) as unknown;
  if (!Array.isArray(parsed)) return parsed as T;
  if (parsed[0] !== SHAPED) throw new Error(`stored layers in an unknown format (${String(parsed[0])})`);
  return unpack(parsed[2], parsed[1] as Shape[], text) as T;
}

/** A stored record: the layers unpacked, the article meta with the text put back. */
export function recordFromLayers(packed: string, text: string): DossierRecord {
  const { meta, ...layers } = unpackLayers<Omit<DossierRecord, 'schema' | 'article'> & { meta: object }>(packed, text);
  return { schema: RECORD_SCHEMA, article: { ...meta, text }, ...layers } as DossierRecord;
}

/** A node of the shape trie: the keys so far, and the shape id once an object ends here. */
interface ShapeNode {
  keys: Shape;
  id: number;
  next: Map<string, ShapeNode> | undefined;
}

/** The trie key of a span's text left out (no record has a key starting with NUL). */
const TEXT_LEFT_OUT = '\u0000text';

class Packer {
  readonly shapes: Shape[] = [];
  /**
   * Shapes found by walking their keys down a trie: one look-up of an
   * (interned) key string per key, where joining the keys into one string
   * to look up cost a new string for every object.
   */
  private readonly root: ShapeNode = { keys: [], id: 0, next: undefined };

  constructor(private readonly text: string) {}

  pack(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return this.packArray(value);
    return this.packObject(value as Record<string, unknown>, undefined).packed;
  }

  /** Items of an array are mostly objects of one shape: each is first checked against the one before. */
  private packArray(items: unknown[]): unknown[] {
    const out: unknown[] = [ARRAY];
    let hint: ShapeNode | undefined;
    for (const item of items) {
      if (item === undefined || typeof item === 'function') out.push(null);
      else if (item === null || typeof item !== 'object' || Array.isArray(item)) out.push(this.pack(item));
      else {
        const { packed, shape } = this.packObject(item as Record<string, unknown>, hint);
        out.push(packed);
        hint = shape;
      }
    }
    return out;
  }

  /** The object as [shape id, values…]; `hint`, a shape it may have, is checked key by key before the trie. */
  private packObject(from: Record<string, unknown>, hint: ShapeNode | undefined): { packed: unknown[]; shape: ShapeNode } {
    const derived = repeatsArticle(from, this.text);
    const out: unknown[] = [0];
    // Following the hint while the keys agree; on the trie from where they part.
    let node: ShapeNode | undefined;
    let at = 0;
    for (const key in from) {
      const v = from[key];
      if (v === undefined || typeof v === 'function') continue;
      const leftOut = derived && key === 'text';
      const shapeKey = leftOut ? ARTICLE_TEXT : key;
      if (node === undefined && hint?.keys[at] !== shapeKey) node = this.walk(hint, at);
      if (node !== undefined) node = this.step(node, shapeKey);
      at++;
      if (!leftOut) out.push(this.pack(v));
    }
    const shape = node ?? (hint !== undefined && hint.keys.length === at ? hint : this.walk(hint, at));
    if (shape.id === 0) shape.id = this.shapes.push(shape.keys);
    out[0] = shape.id;
    return { packed: out, shape };
  }

  /** The trie node of the first `count` keys of `hint` (the root for none). */
  private walk(hint: ShapeNode | undefined, count: number): ShapeNode {
    let node = this.root;
    for (let i = 0; i < count; i++) node = this.step(node, hint!.keys[i]!);
    return node;
  }

  private step(node: ShapeNode, shapeKey: Shape[number]): ShapeNode {
    const key = shapeKey === ARTICLE_TEXT ? TEXT_LEFT_OUT : shapeKey;
    node.next ??= new Map();
    let next = node.next.get(key);
    if (!next) {
      next = { keys: [...node.keys, shapeKey], id: 0, next: undefined };
      node.next.set(key, next);
    }
    return next;
  }
}

function unpack(value: unknown, shapes: Shape[], text: string): unknown {
  if (!Array.isArray(value)) return value;
  const id = value[0] as number;
  if (id === ARRAY) {
    const out = new Array<unknown>(value.length - 1);
    for (let i = 1; i < value.length; i++) out[i - 1] = unpack(value[i], shapes, text);
    return out;
  }
  const shape = shapes[id - 1];
  if (!shape) throw new Error(`stored layers name shape ${id}, which they do not define`);
  const out: Record<string, unknown> = {};
  let derived = false;
  let at = 1;
  for (const key of shape) {
    if (key === ARTICLE_TEXT) {
      // Its place in the key order now; its value once start and end are read (they may come after it).
      out.text = '';
      derived = true;
    } else {
      out[key] = unpack(value[at++], shapes, text);
    }
  }
  if (derived) out.text = text.slice(out.start as number, out.end as number);
  return out;
}

/** Layers stored before the shaped format: a span's text that repeats the article is 0. */
function plainReviver(text: string) {
  return function (this: unknown, key: string, value: unknown): unknown {
    if (key === 'text' && value === 0 && isSpanLike(this)) return text.slice(this.start, this.end);
    return value;
  };
}

/** A span whose text is the article text at its offsets (the usual case): the text need not be stored. */
function repeatsArticle(holder: Record<string, unknown>, text: string): boolean {
  const own = holder.text;
  return typeof own === 'string' && isSpanLike(holder) && own.length === holder.end - holder.start && text.startsWith(own, holder.start);
}

function isSpanLike(holder: unknown): holder is { start: number; end: number } {
  const h = holder as { start?: unknown; end?: unknown } | null;
  return typeof h === 'object' && h !== null && typeof h.start === 'number' && typeof h.end === 'number';
}
