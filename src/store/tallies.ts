import type { Database, Statement } from 'better-sqlite3';

interface ArticleTotals {
  articles: number;
  words: number;
  mentions: number;
  quoteSources: number;
  events: number;
  amounts: number;
  times: number;
}

const ZERO: ArticleTotals = { articles: 0, words: 0, mentions: 0, quoteSources: 0, events: 0, amounts: 0, times: 0 };

/**
 * The running totals and counts (store/migrations.ts: 'totals', 'counts')
 * summed over the records of a transaction and written once before it
 * commits: a country pair seen in 40 of its articles is one row update, not 40.
 */
export class Tallies {
  private readonly counts = new Map<string, number>();
  private totals: ArticleTotals = { ...ZERO };
  private readonly addCount: Statement<[string, string, number]>;
  private readonly addTotals: Statement<unknown[]>;

  constructor(db: Database) {
    this.addCount = db.prepare('INSERT INTO counts (kind, key, n) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET n = n + excluded.n');
    this.addTotals = db.prepare(`UPDATE totals SET articles = articles + ?, words = words + ?, mentions = mentions + ?,
      quote_sources = quote_sources + ?, events = events + ?, amounts = amounts + ?, times = times + ? WHERE id = 1`);
  }

  /** One more of `key` in `kind` ('source', 'entity_type', 'event_type', 'dyad'). */
  count(kind: string, key: string): void {
    const k = `${kind}\u0000${key}`;
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  addArticle(add: Omit<ArticleTotals, 'articles'>): void {
    const t = this.totals;
    t.articles++;
    t.words += add.words;
    t.mentions += add.mentions;
    t.quoteSources += add.quoteSources;
    t.events += add.events;
    t.amounts += add.amounts;
    t.times += add.times;
  }

  flush(): void {
    for (const [k, n] of this.counts) {
      const cut = k.indexOf('\u0000');
      this.addCount.run(k.slice(0, cut), k.slice(cut + 1), n);
    }
    const t = this.totals;
    if (t.articles > 0) this.addTotals.run(t.articles, t.words, t.mentions, t.quoteSources, t.events, t.amounts, t.times);
    this.discard();
  }

  discard(): void {
    this.counts.clear();
    this.totals = { ...ZERO };
  }
}
