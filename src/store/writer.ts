import type { Database, Statement } from 'better-sqlite3';
import type { TextSpan } from '../doc/span.js';
import type { DossierRecord, Entity, Event, Quote } from '../record/types.js';
import { EntityResolver } from './entities.js';
import { prepareRecord, type PreparedRecord, type QuoteWords } from './prepare.js';
import { QuoteMerger } from './quotes.js';
import type { RecordOrigin } from './types.js';

type Run = Statement<unknown[]>;

/** Writes one record's rows. Callers wrap `write` in a transaction. */
export class RecordWriter {
  private readonly entities: EntityResolver;
  private readonly quoteMerger: QuoteMerger;
  private readonly byId: Statement<[string], unknown>;
  private readonly byUrl: Statement<[string], unknown>;
  private readonly insertArticle: Run;
  private readonly insertArticleFts: Run;
  private readonly countEntity: Run;
  private readonly insertMention: Run;
  private readonly insertQuoteSource: Run;
  private readonly countQuote: Run;
  private readonly insertQuoteAbout: Run;
  private readonly insertEvent: Run;
  private readonly insertParty: Run;
  private readonly insertDyad: Run;
  private readonly insertAmount: Run;
  private readonly insertTime: Run;
  private readonly addTotals: Run;
  private readonly addCount: Run;
  /** Store entity rowid → country, for the record being written. */
  private readonly countries = new Map<number, string | null>();

  constructor(db: Database) {
    this.entities = new EntityResolver(db, (e) => this.count('entity_type', e.type));
    this.quoteMerger = new QuoteMerger(db);
    this.byId = db.prepare('SELECT 1 FROM articles WHERE id = ?');
    this.byUrl = db.prepare('SELECT 1 FROM articles WHERE url = ?');
    this.insertArticle = db.prepare(`INSERT INTO articles (id, url, title, published, source, origin, text, words, layers, stored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertArticleFts = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.countEntity = db.prepare(`UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ?,
      country = COALESCE(country, ?), sector = COALESCE(sector, ?), wikidata = COALESCE(wikidata, ?), kb_id = COALESCE(kb_id, ?)
      WHERE rowid = ? RETURNING country`);
    this.insertMention = db.prepare('INSERT OR IGNORE INTO mentions (article, start, end, entity, kind) VALUES (?, ?, ?, ?, ?)');
    this.insertQuoteSource = db.prepare(`INSERT INTO quote_sources (quote, article, published, kind, speaker, addressee, text, spans)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.countQuote = db.prepare('UPDATE entities SET quote_count = quote_count + 1 WHERE rowid = ?');
    this.insertQuoteAbout = db.prepare('INSERT OR IGNORE INTO quote_about (entity, quote, speaker) VALUES (?, ?, ?)');
    this.insertEvent = db.prepare(`INSERT INTO events (article, type, mode, auxiliary, date, day, location, location_country,
      setting, cameo, goldstein, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertParty = db.prepare('INSERT OR IGNORE INTO event_parties (event, role, entity, country, day) VALUES (?, ?, ?, ?, ?)');
    this.insertDyad = db.prepare('INSERT OR IGNORE INTO event_dyads (a, b, day, event) VALUES (?, ?, ?, ?)');
    this.insertAmount = db.prepare(`INSERT INTO amounts (article, value, unit, object, date, start, end, text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertTime = db.prepare('INSERT INTO times (article, value, grain, start, end, text) VALUES (?, ?, ?, ?, ?, ?)');
    this.addCount = db.prepare('INSERT INTO counts (kind, key, n) VALUES (?, ?, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1');
    this.addTotals = db.prepare(`UPDATE totals SET articles = articles + 1, words = words + ?, mentions = mentions + ?,
      quote_sources = quote_sources + ?, events = events + ?, amounts = amounts + ?, times = times + ? WHERE id = 1`);
  }

  has(id: string, url?: string): boolean {
    return this.byId.get(id) !== undefined || (url !== undefined && url !== '' && this.byUrl.get(url) !== undefined);
  }

  /**
   * Writes the record unless its article is already stored; true when written.
   * `prepared` must be prepareRecord(record) when given (ingest computes it off this thread).
   */
  write(record: DossierRecord, origin?: RecordOrigin, prepared?: PreparedRecord): boolean {
    const { article } = record;
    if (this.has(article.id, article.url)) return false;
    const { layers, words, quotes } = prepared ?? prepareRecord(record);
    const rowid = Number(this.insertArticle.run(article.id, article.url || null, article.title ?? null, article.published ?? null,
      article.source ?? null, origin?.path ?? null, article.text, words, layers, new Date().toISOString()).lastInsertRowid);
    this.insertArticleFts.run(rowid, article.title ?? null, article.text);
    this.countries.clear();
    const { ids: entityIds, mentions } = this.writeEntities(record.entities, rowid);
    const published = article.published ?? null;
    let quoteSources = 0;
    record.quotes.forEach((quote, i) => {
      if (this.writeQuote(quote, quotes[i]!, record.entities, entityIds, rowid, published)) quoteSources++;
    });
    for (const event of record.events) this.writeEvent(event, entityIds, rowid, published);
    for (const a of record.amounts) {
      this.insertAmount.run(rowid, a.value, a.unit, a.object ?? null, a.date ?? null, a.span.start, a.span.end, a.span.text);
    }
    for (const t of record.times) this.insertTime.run(rowid, t.value, t.grain ?? null, t.span.start, t.span.end, t.span.text);
    this.addTotals.run(words, mentions, quoteSources, record.events.length, record.amounts.length, record.times.length);
    if (article.source) this.count('source', article.source);
    return true;
  }

  /** Resolves every entity of the record; returns record entity id → store rowid. */
  private writeEntities(entities: Entity[], article: number): { ids: Map<string, number>; mentions: number } {
    const ids = new Map<string, number>();
    const merged = new Map<number, { entity: Entity; mentions: number }>();
    let mentions = 0;
    for (const entity of entities) {
      const rowid = this.entities.resolve(entity);
      ids.set(entity.id, rowid);
      let added = 0;
      for (const m of entity.mentions) added += this.insertMention.run(article, m.start, m.end, rowid, m.kind ?? null).changes;
      const seen = merged.get(rowid);
      if (seen) seen.mentions += added;
      else merged.set(rowid, { entity, mentions: added });
      mentions += added;
    }
    // Two record entities may merge into one store entity: count the article once.
    for (const [rowid, { entity: e, mentions: n }] of merged) {
      const row = this.countEntity.get(n, e.country ?? null, e.sector ?? null, e.wikidata ?? null, e.kbId ?? null, rowid) as
        { country: string | null } | undefined;
      this.countries.set(rowid, row?.country ?? null);
    }
    return { ids, mentions };
  }

  /** Writes one quote sighting; false when its content has no words. */
  private writeQuote(quote: Quote, words: QuoteWords, entities: Entity[], ids: Map<string, number>, article: number,
    published: string | null): boolean {
    const { text } = words;
    const speaker = localToStore(ids, quote.speaker);
    const rowid = this.quoteMerger.add({ words, kind: quote.kind, speaker, published });
    if (rowid === undefined) return false;
    // Offsets only: the words are in the article text (and the record's layers).
    const offsets = (s: TextSpan) => [s.start, s.end];
    const spans = { content: quote.content.map(offsets), ...(quote.source && { source: offsets(quote.source) }),
      ...(quote.cue && { cue: offsets(quote.cue) }) };
    const addressee = localToStore(ids, quote.addressee);
    this.insertQuoteSource.run(rowid, article, published, quote.kind, speaker, addressee, text, JSON.stringify(spans));
    if (speaker !== null) this.countQuote.run(speaker);
    for (const entity of entities) {
      const target = ids.get(entity.id);
      if (target === undefined || target === speaker) continue;
      if (entity.mentions.some((m) => insideAny(m, quote.content))) this.insertQuoteAbout.run(target, rowid, speaker ?? 0);
    }
    return true;
  }

  private writeEvent(event: Event, ids: Map<string, number>, article: number, published: string | null): void {
    const day = event.date ?? published?.slice(0, 10) ?? null;
    const loc = event.location;
    const rowid = Number(this.insertEvent.run(article, event.type, event.mode ?? null, event.auxiliary ?? null, event.date ?? null,
      day, loc?.name ?? null, loc?.country ?? null, loc?.setting ?? null, event.cameo ?? null, event.goldstein ?? null,
      JSON.stringify(event.evidence)).lastInsertRowid);
    const countries = new Set<string>();
    const parties: [string, string[]][] = [['actor', event.actors], ['recipient', event.recipients]];
    for (const [role, localIds] of parties) {
      for (const localId of localIds) {
        const entity = ids.get(localId);
        if (entity === undefined) continue;
        const country = this.countryOf(entity);
        this.insertParty.run(rowid, role, entity, country, day);
        if (country) countries.add(country);
      }
    }
    const sorted = [...countries].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        this.insertDyad.run(sorted[i], sorted[j], day ?? '', rowid);
        this.count('dyad', `${sorted[i]} ${sorted[j]}`);
      }
    }
    this.count('event_type', event.type);
  }

  private count(kind: string, key: string): void {
    this.addCount.run(kind, key);
  }

  /** The country the store knows for an entity of the record being written (possibly learnt from another article). */
  private countryOf(entity: number): string | null {
    return this.countries.get(entity) ?? null;
  }
}

function localToStore(ids: Map<string, number>, localId: string | null | undefined): number | null {
  return localId ? ids.get(localId) ?? null : null;
}

function insideAny(span: { start: number; end: number }, outer: TextSpan[]): boolean {
  return outer.some((o) => o.start <= span.start && span.end <= o.end);
}
