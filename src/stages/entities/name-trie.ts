import type { KbName, KnowledgeBase } from '../../kb/types.js';

/** The KB's name keys as a tree of words: "world" → "trade" → "organization". */
export class NameNode {
  /** What the words so far name, when they are a whole key. */
  names: readonly KbName[] | undefined = undefined;
  /** The words that continue some key from here. */
  next: Map<string, NameNode> | undefined = undefined;
}

const tries = new WeakMap<KnowledgeBase, Map<string, NameNode>>();

/**
 * First words of the KB's name keys, each with the tree of what follows. The
 * scanner walks it a token at a time: one lookup in a small map per word and
 * a stop as soon as no key continues, where joining the words into a key
 * string meant a lookup in the 20,000-name map (cache misses, a fresh string
 * to hash) for every length up to the longest name with that first word.
 * Built once per KB, on first use (~10 ms); keys split on every space, the
 * way the keys were joined, so the tree holds exactly the map's keys.
 */
export function nameTrie(kb: KnowledgeBase): Map<string, NameNode> {
  let root = tries.get(kb);
  if (root) return root;
  root = new Map();
  for (const [key, names] of kb.names) {
    let level = root;
    let node: NameNode | undefined;
    let start = 0;
    for (;;) {
      const space = key.indexOf(' ', start);
      const word = space < 0 ? key.slice(start) : key.slice(start, space);
      node = level.get(word);
      if (!node) { node = new NameNode(); level.set(word, node); }
      if (space < 0) break;
      level = node.next ??= new Map();
      start = space + 1;
    }
    node.names = names;
  }
  tries.set(kb, root);
  return root;
}
