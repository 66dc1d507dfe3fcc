import type { Database, Statement } from 'better-sqlite3';
import { EntityResolver } from './entities.js';
import { FullTextQueue } from './full-text-queue.js';
import type { EntityPlan, EventPlan, QuotePlan, RecordPlan } from './plan.js';
import { QuoteMerger } from './quotes.js';
import { Tallies } from './tallies.js';
import type { RecordOrigin } from './types.js';

type Run = Statement<unknown[]>;

/**
 * Writes records' rows inside a transaction: `begin` before each batch,
 * `write` for each record, then `flush` (the summed counter updates of every
 * batch since the last flush, and the full-text rows) before the transaction
 * commits; `reset` after a rollback, because the entity and quote bookkeeping
 * it keeps between writes would otherwise describe rows that were never
 * committed.
 */
export class RecordWriter {
  private readonly entities: EntityResolver;
  private readonly quoteMerger: QuoteMerger;
  private readonly tallies: Tallies;
  private readonly byId: Statement<[string], unknown>;
  private readonly byUrl: Statement<[string], unknown>;
  private readonly insertArticle: Run;
  private readonly fullText: FullTextQueue;
  private readonly insertMentions: Run;
  private readonly insertQuoteSource: Run;
  private readonly insertQuoteAbout: Run;
  private readonly insertEvent: Run;
  private readonly insertParty: Run;
  private readonly insertDyad: Run;
  private readonly insertAmount: Run;
  private readonly insertTime: Run;
  private readonly dataVersion: Statement<[], number>;
  private seenVersion = -1;

  constructor(db: Database) {
    this.tallies = new Tallies(db);
    this.entities = new EntityResolver(db, (e) => this.tallies.count('entity_type', e.type));
    this.fullText = new FullTextQueue(db);
    this.quoteMerger = new QuoteMerger(db, this.fullText);
    this.byId = db.prepare('SELECT 1 FROM articles WHERE id = ?');
    this.byUrl = db.prepare('SELECT 1 FROM articles WHERE url = ?');
    this.insertArticle = db.prepare(`INSERT INTO articles (id, url, title, published, source, origin, text, words, layers, stored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMentions = db.prepare('INSERT INTO mentions (article, entity, spans) VALUES (?, ?, ?)');
    this.insertQuoteSource = db.prepare(`INSERT INTO quote_sources (quote, article, published, kind, speaker, addressee, text, spans)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertQuoteAbout = db.prepare('INSERT OR IGNORE INTO quote_about (entity, quote, speaker) VALUES (?, ?, ?)');
    this.insertEvent = db.prepare(`INSERT INTO events (article, type, mode, auxiliary, date, day, location, location_country,
      setting, cameo, goldstein, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertParty = db.prepare('INSERT OR IGNORE INTO event_parties (event, role, entity, country, day) VALUES (?, ?, ?, ?, ?)');
    this.insertDyad = db.prepare('INSERT OR IGNORE INTO event_dyads (a, b, day, event) VALUES (?, ?, ?, ?)');
    this.insertAmount = db.prepare(`INSERT INTO amounts (article, value, unit, object, date, start, end, text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertTime = db.prepare('INSERT INTO times (article, value, grain, start, end, text) VALUES (?, ?, ?, ?, ?, ?)');
    this.dataVersion = db.prepare('PRAGMA data_version').pluck() as Statement<[], number>;
  }

  has(id: string, url?: string | null): boolean {
    return this.byId.get(id) !== undefined || (url !== undefined && url !== null && url !== '' && this.byUrl.get(url) !== undefined);
  }

  /**
   * Call first inside each write transaction. What the writer knows of stored
   * rows is forgotten when another connection has committed since its last
   * batch (SQLite's data_version changes only for other connections' commits).
   */
  begin(): void {
    const version = this.dataVersion.get()!;
    if (version !== this.seenVersion) this.reset();
    this.seenVersion = version;
    this.entities.begin();
  }

  /** Writes the record unless its article is already stored; true when written. */
  write(plan: RecordPlan, origin?: RecordOrigin): boolean {
    const { article } = plan;
    if (this.has(article.id, article.url)) return false;
    const rowid = Number(this.insertArticle.run(article.id, article.url, article.title, article.published,
      article.source, origin?.path ?? null, article.text, article.words, article.layers, new Date().toISOString()).lastInsertRowid);
    this.fullText.article(rowid, article.title, article.text);
    const { ids, mentions } = this.writeEntities(plan, rowid);
    let quoteSources = 0;
    for (const quote of plan.quotes) if (this.writeQuote(quote, ids, rowid, article.published)) quoteSources++;
    for (const event of plan.events) this.writeEvent(event, ids, rowid);
    for (const a of plan.amounts) this.insertAmount.run(rowid, ...a);
    for (const t of plan.times) this.insertTime.run(rowid, ...t);
    this.tallies.addArticle({ words: article.words, mentions, quoteSources, events: plan.events.length,
      amounts: plan.amounts.length, times: plan.times.length });
    if (article.source) this.tallies.count('source', article.source);
    return true;
  }

  /** Writes the summed updates of the batches since the last flush, then their full-text rows. */
  flush(): void {
    this.entities.flush();
    this.quoteMerger.flush();
    this.tallies.flush();
    // Last: any statement after these would write their terms out early (full-text-queue.ts).
    this.fullText.write();
  }

  /** Forgets the batch (it was rolled back) and everything cached. */
  reset(): void {
    this.seenVersion = -1;
    this.fullText.discard();
    this.entities.reset();
    this.quoteMerger.reset();
    this.tallies.discard();
  }

  /** Resolves every entity of the record; returns the store rowid of each (by plan index). */
  private writeEntities(plan: RecordPlan, article: number): { ids: number[]; mentions: number } {
    const ids: number[] = [];
    // Two record entities may merge into one store entity: one row of their
    // mentions, and the article counted once (with the first one's fields).
    const merged = new Map<number, { index: number; plans: EntityPlan[] }>();
    plan.entities.forEach((entity, index) => {
      const rowid = this.entities.resolve(entity);
      ids.push(rowid);
      const seen = merged.get(rowid);
      if (seen) seen.plans.push(entity);
      else merged.set(rowid, { index, plans: [entity] });
    });
    let mentions = 0;
    for (const [rowid, { index, plans }] of merged) {
      const spans = mentionSpans(plans);
      this.insertMentions.run(article, rowid, JSON.stringify(spans));
      this.entities.seenIn(rowid, plan.entities[index]!, spans.length);
      mentions += spans.length;
    }
    return { ids, mentions };
  }

  /** Writes one quote sighting; false when its content has no words. */
  private writeQuote(quote: QuotePlan, ids: number[], article: number, published: string | null): boolean {
    const [kind, speakerIndex, addresseeIndex, text, pieces, prints, spans, about] = quote;
    const speaker = speakerIndex >= 0 ? ids[speakerIndex]! : null;
    const rowid = this.quoteMerger.add({ text, pieces, prints, kind, speaker, published });
    if (rowid === undefined) return false;
    const addressee = addresseeIndex >= 0 ? ids[addresseeIndex]! : null;
    this.insertQuoteSource.run(rowid, article, published, kind, speaker, addressee, text, spans);
    if (speaker !== null) this.entities.quoted(speaker);
    for (const index of about) {
      const target = ids[index]!;
      if (target !== speaker) this.insertQuoteAbout.run(target, rowid, speaker ?? 0);
    }
    return true;
  }

  private writeEvent(event: EventPlan, ids: number[], article: number): void {
    const [type, mode, auxiliary, date, day, location, locationCountry, setting, cameo, goldstein, evidence, actors, recipients] = event;
    const rowid = Number(this.insertEvent.run(article, type, mode, auxiliary, date, day, location, locationCountry, setting,
      cameo, goldstein, evidence).lastInsertRowid);
    const countries = new Set<string>();
    const parties: [string, number[]][] = [['actor', actors], ['recipient', recipients]];
    for (const [role, indexes] of parties) {
      for (const index of indexes) {
        const entity = ids[index]!;
        const country = this.entities.countryOf(entity);
        this.insertParty.run(rowid, role, entity, country, day);
        if (country) countries.add(country);
      }
    }
    const sorted = [...countries].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        this.insertDyad.run(sorted[i], sorted[j], day ?? '', rowid);
        this.tallies.count('dyad', `${sorted[i]} ${sorted[j]}`);
      }
    }
    this.tallies.count('event_type', type);
  }
}

/** The mentions of one store entity in an article, [start, end, kind] in text order, each span once. */
function mentionSpans(plans: EntityPlan[]): [number, number, string | null][] {
  const out: [number, number, string | null][] = [];
  for (const [,,,,,,,, spans, kinds] of plans) {
    for (let m = 0; m < kinds.length; m++) out.push([spans[2 * m]!, spans[2 * m + 1]!, kinds[m] ?? null]);
  }
  // One entity's mentions come in text order, each once: nothing to sort or drop (most rows).
  const [,,,,,,,, firstSpans] = plans[0]!;
  if (plans.length === 1 && inTextOrder(firstSpans)) return out;
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out.filter((s, i) => i === 0 || s[0] !== out[i - 1]![0] || s[1] !== out[i - 1]![1]);
}

/** True when the [start, end] pairs strictly increase (by start, then end). */
function inTextOrder(spans: number[]): boolean {
  for (let i = 2; i < spans.length; i += 2) {
    const start = spans[i]!;
    const before = spans[i - 2]!;
    if (start < before || (start === before && spans[i + 1]! <= spans[i - 1]!)) return false;
  }
  return true;
}
