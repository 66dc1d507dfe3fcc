import { Event, EventTarget, parseHTML } from 'linkedom';

/**
 * linkedom's EventTarget constructor gives every node and every attribute it
 * builds an entry in a module-level WeakMap of event listeners. Reading a
 * news page builds thousands of nodes and never listens to an event, yet
 * making those entries, and collecting them later (weak-map entries are the
 * collector's slowest kind), was a fifth of the time to read a page.
 *
 * Installed once, when dom.ts is first imported: the table stops taking an
 * entry per node, and gives a node its entry when its listeners are first
 * asked for (adding, removing or dispatching). linkedom keeps the table
 * private, so it is found by watching the one WeakMap write a new
 * EventTarget makes. (Changing the classes instead, so that nodes skip the
 * constructor, made V8 build every node the slow way.) The change is kept
 * only if listeners still hear events afterwards, bubbling included;
 * otherwise, or if linkedom is laid out differently (a later version), it
 * is undone and pages read as before, only slower.
 */
export const lazyListenerTables = install();

type Table = WeakMap<object, Map<string, unknown>>;

function install(): boolean {
  const table = listenerTable();
  if (!table) return false;
  const { get, set } = WeakMap.prototype;
  Object.defineProperties(table, {
    // The constructor's write: no entry.
    set: { value: (): Table => table, configurable: true },
    // Every read of the table asks for a node's listeners by type: an entry on first need.
    get: {
      value(key: object) {
        let listeners = get.call(table, key) as Map<string, unknown> | undefined;
        if (!listeners) set.call(table, key, (listeners = new Map()));
        return listeners;
      },
      configurable: true,
    },
  });
  if (listenersWork()) return true;
  // Undone: linkedom's own methods again (the probe's nodes, built without entries, are dropped).
  delete (table as { set?: unknown }).set;
  delete (table as { get?: unknown }).get;
  return false;
}

/** The WeakMap a new linkedom EventTarget writes itself into: its listener table. */
function listenerTable(): Table | undefined {
  const { set } = WeakMap.prototype;
  let table: Table | undefined;
  WeakMap.prototype.set = function (this: Table, key, value) {
    table ??= this;
    return set.call(this, key, value);
  };
  try {
    new EventTarget();
  } finally {
    WeakMap.prototype.set = set;
  }
  return table;
}

/** A listener on <body> hears an event bubbling up from a <p> once, and not after it is removed. */
function listenersWork(): boolean {
  try {
    return probe();
  } catch {
    return false;
  }
}

function probe(): boolean {
  const { document } = parseHTML('<html><body><p>x</p></body></html>');
  const p = document.querySelector('p')!;
  let heard = 0;
  const listener = () => { heard++; };
  document.body.addEventListener('probe', listener);
  p.dispatchEvent(new Event('probe', { bubbles: true }));
  document.body.removeEventListener('probe', listener);
  p.dispatchEvent(new Event('probe', { bubbles: true }));
  return heard === 1;
}
