import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import type { TextSpan } from '../doc/span.js';
import type { DossierRecord, EntityType, PloverType, QuoteKind } from '../record/types.js';
import { dateBounds } from './dates.js';
import { SCHEMA_VERSION } from './migrations.js';
import { recordFromLayers } from './layers.js';
import { normalizeName } from './normalize.js';
import { StoreError } from './open.js';
import type {
  Digest, EntityQuery, EntityRef, EntityRow, EventQuery, EventRow, FigureRow, QuoteQuery, QuoteRow, QuoteSourceRow,
  SearchHit, SearchQuery, StoredArticle, StoreStats,
} from './types.js';
import { ENTITY_TYPES } from './types.js';

const DEFAULT_LIMIT = 50;
const MAX_NAME_MATCHES = 50;
const MONEY_UNITS = ['USD', 'GBP', 'EUR'];
/** Reports listed per quote; QuoteRow.sourceCount has the total. */
const MAX_SOURCES_LISTED = 20;
/** Below this many quotes about an entity, --about reads them all; above, it checks quotes newest first. */
const SMALL_SET = 2000;
/**
 * A search matching at most this many articles (or quotes) lists them best
 * first (bm25); one matching more lists the newest. bm25 first counts every
 * row that matches each phrase, for its weight: for a phrase of common words
 * in tens of thousands of articles that count alone took 15-20 ms at 100k
 * articles, and ranking so common a phrase sorts mostly by article length.
 */
const RANK_WINDOW = 1000;
/** Batch size when streaming exports (better-sqlite3 allows no other statement during an iterate()). */
const EXPORT_BATCH = 500;

interface EntityDbRow {
  rowid: number;
  name: string;
  type: EntityType;
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  kb_id: string | null;
  article_count: number;
  mention_count: number;
  quote_count: number;
}

interface QuoteDbRow {
  rowid: number;
  source_count: number;
  text: string;
  kind: QuoteKind;
  speaker: number | null;
  first_published: string | null;
  last_published: string | null;
}

interface EventDbRow {
  rowid: number;
  article_id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  type: PloverType;
  mode: string | null;
  auxiliary: string | null;
  date: string | null;
  day: string | null;
  location: string | null;
  location_country: string | null;
  cameo: string | null;
  goldstein: number | null;
  evidence: string;
}

interface ArticleDbRow {
  id: string;
  text: string;
  layers: string;
  origin: string | null;
  stored_at: string;
}

const EVENT_COLUMNS = `e.rowid, a.id AS article_id, a.title, a.published, a.source, a.url, e.type, e.mode, e.auxiliary,
  e.date, e.day, e.location, e.location_country, e.cameo, e.goldstein, e.evidence`;

/** Read queries over the store. Every list query is bounded by a LIMIT and served by an index. */
export class StoreQueries {
  constructor(private readonly db: Database.Database, private readonly path: string) {}

  /** Store rowids of the entities known by this name (any name they were seen under) or Wikidata id. */
  findEntities(nameOrId: string): number[] {
    const trimmed = nameOrId.trim();
    if (/^Q\d+$/.test(trimmed)) {
      return this.db.prepare('SELECT rowid FROM entities WHERE wikidata = ?').pluck().all(trimmed) as number[];
    }
    const norm = normalizeName(trimmed);
    if (!norm) return [];
    const exact = this.db.prepare('SELECT entity FROM entity_names WHERE norm_name = ? LIMIT ?').pluck()
      .all(norm, MAX_NAME_MATCHES) as number[];
    if (exact.length > 0) return exact;
    // No entity has exactly this name: take those whose name contains it as whole words ("Starmer" → "Keir Starmer").
    return this.db.prepare(`SELECT DISTINCT entity FROM entity_names
        WHERE ' ' || norm_name || ' ' LIKE '% ' || ? || ' %' ESCAPE '\\' LIMIT ?`).pluck()
      .all(escapeLike(norm), MAX_NAME_MATCHES) as number[];
  }

  quotes(query: QuoteQuery): QuoteRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    let speakers: number[] | undefined;
    if (query.speaker !== undefined || query.speakerIds !== undefined) {
      speakers = query.speakerIds ?? this.findEntities(query.speaker!);
      if (speakers.length === 0) return [];
      const speakerIs = oneOf('q.speaker', speakers);
      where.push(speakerIs.sql);
      params.push(...speakerIs.params);
    }
    if (query.about !== undefined) {
      const about = this.aboutCondition(query.about, speakers);
      if (!about) return [];
      where.push(about.sql);
      params.push(...about.params);
    }
    const { from, to } = dateBounds(query.since, query.until);
    if ((from !== null || to !== null) && speakers?.length === 1) {
      // One speaker in a date range: the sightings by (speaker, published), a short index range.
      const conditions = ['speaker = ?'];
      params.push(speakers[0]);
      if (from !== null) { conditions.push('published >= ?'); params.push(from); }
      if (to !== null) { conditions.push('published < ?'); params.push(to); }
      where.push(`q.rowid IN (SELECT quote FROM quote_sources WHERE ${conditions.join(' AND ')})`);
    } else if (from !== null || to !== null) {
      // Reported within the range by at least one outlet (quote_sources is indexed by quote, published).
      const conditions = ['s.quote = q.rowid'];
      if (from !== null) { conditions.push('s.published >= ?'); params.push(from); }
      if (to !== null) { conditions.push('s.published < ?'); params.push(to); }
      where.push(`EXISTS (SELECT 1 FROM quote_sources s WHERE ${conditions.join(' AND ')})`);
      if (from !== null) { where.push('q.last_published >= ?'); params.push(from); }
      if (to !== null) { where.push('q.first_published < ?'); params.push(to); }
    }
    const sql = `SELECT q.rowid, q.text, q.kind, q.speaker, q.first_published, q.last_published, q.source_count FROM quotes q
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY q.last_published DESC, q.rowid DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, query.limit ?? DEFAULT_LIMIT) as QuoteDbRow[];
    return this.quoteRows(rows);
  }

  /**
   * The --about condition. An entity known by that name: quotes that mention
   * it (with a speaker, one short index range; without, a seek per quote, or
   * the whole set when it is small). No such entity: the words, by full-text search.
   */
  private aboutCondition(name: string, speakers: number[] | undefined): { sql: string; params: unknown[] } | undefined {
    const entities = this.findEntities(name);
    if (entities.length === 0) {
      const phrase = ftsPhrase(name);
      return phrase ? { sql: 'q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', params: [phrase] } : undefined;
    }
    const about = oneOf('entity', entities);
    if (speakers) {
      const spoken = oneOf('speaker', speakers);
      return { sql: `q.rowid IN (SELECT quote FROM quote_about WHERE ${about.sql} AND ${spoken.sql})`, params: [...about.params, ...spoken.params] };
    }
    const few = (this.db.prepare(`SELECT count(*) FROM (SELECT 1 FROM quote_about WHERE ${about.sql} LIMIT ${SMALL_SET})`)
      .pluck().get(...about.params) as number) < SMALL_SET;
    return few
      ? { sql: `q.rowid IN (SELECT quote FROM quote_about WHERE ${about.sql})`, params: about.params }
      : { sql: `EXISTS (SELECT 1 FROM quote_about a WHERE a.${about.sql} AND a.quote = q.rowid)`, params: about.params };
  }

  events(query: EventQuery): EventRow[] {
    const { from, to } = dateBounds(query.since, query.until);
    const where: string[] = [];
    const params: unknown[] = [];
    // Drive the query from the narrowest index: the country pair, else the party, else all events by day.
    let source = 'events e';
    let day = 'e.day';
    let order = 'e.day DESC, e.rowid DESC';
    if (query.between) {
      const [a, b] = [...query.between].map((c) => c.toUpperCase()).sort() as [string, string];
      source = 'event_dyads d JOIN events e ON e.rowid = d.event';
      where.push('d.a = ? AND d.b = ?');
      params.push(a, b);
      day = 'd.day';
      order = 'd.day DESC, d.event DESC';
    }
    if (query.party !== undefined) {
      const ids = this.findEntities(query.party);
      if (ids.length === 0) return [];
      if (query.between) {
        const partyIs = oneOf('p.entity', ids);
        where.push(`EXISTS (SELECT 1 FROM event_parties p WHERE p.event = e.rowid AND ${partyIs.sql})`);
        params.push(...partyIs.params);
      } else {
        // One entity (the usual case): its (entity, day) index range comes in day order, no sort needed.
        const partyIs = oneOf('p.entity', ids);
        source = 'event_parties p JOIN events e ON e.rowid = p.event';
        where.push(partyIs.sql);
        day = 'p.day';
        order = 'p.day DESC, p.event DESC';
        params.push(...partyIs.params);
      }
    }
    if (from !== null) { where.push(`${day} >= ?`); params.push(from); }
    if (to !== null) { where.push(`${day} < ?`); params.push(to); }
    if (query.type !== undefined) {
      where.push('e.type = ?');
      params.push(query.type);
    }
    const sql = `SELECT ${EVENT_COLUMNS} FROM ${source} JOIN articles a ON a.rowid = e.article
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    const limit = query.limit ?? DEFAULT_LIMIT;
    // A party may be both actor and recipient of one event: ask for a few more rows and drop repeats.
    const rows = this.db.prepare(sql).all(...params, query.party === undefined ? limit : limit * 2) as EventDbRow[];
    const seen = new Set<number>();
    return this.eventRows(rows.filter((r) => !seen.has(r.rowid) && seen.add(r.rowid)).slice(0, limit));
  }

  entities(query: EntityQuery): EntityRow[] {
    const top = query.top ?? 20;
    const byType = this.db.prepare('SELECT * FROM entities WHERE type = ? ORDER BY article_count DESC, rowid LIMIT ?');
    if (query.type) return (byType.all(query.type, top) as EntityDbRow[]).map(entityRow);
    // The top of each type (one index range each), merged: no scan of every entity.
    const rows = ENTITY_TYPES.flatMap((type) => byType.all(type, top) as EntityDbRow[]);
    rows.sort((a, b) => b.article_count - a.article_count || a.rowid - b.rowid);
    return rows.slice(0, top).map(entityRow);
  }

  search(query: SearchQuery): SearchHit[] {
    const match = query.phrases.map(ftsPhrase).filter(Boolean).join(' AND ');
    if (!match) return [];
    const limit = query.limit ?? 20;
    // The newest matches, up to one more than RANK_WINDOW: when that many match, those shown are the
    // newest; else all are ranked by bm25. Snippets are made only for the few shown.
    const best = (table: string) => {
      const newest = this.db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW + 1}`)
        .pluck().all(match) as number[];
      if (newest.length > RANK_WINDOW) return newest.slice(0, limit);
      return this.db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY bm25(${table}) LIMIT ?`)
        .pluck().all(match, limit) as number[];
    };
    const articleSnippet = this.db.prepare(`SELECT a.id, a.title, a.published, a.source,
        snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid = ?`);
    const quoteSnippet = this.db.prepare(`SELECT f.rowid AS id, snippet(quotes_fts, 0, '[', ']', '…', 24) AS snippet,
        q.last_published AS published, e.name AS speaker
      FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid LEFT JOIN entities e ON e.rowid = q.speaker
      WHERE quotes_fts MATCH ? AND f.rowid = ?`);
    const articles = best('articles_fts').map((rowid) => articleSnippet.get(match, rowid) as
      { id: string; title: string | null; published: string | null; source: string | null; snippet: string });
    const quotes = best('quotes_fts').map((rowid) => quoteSnippet.get(match, rowid) as
      { id: number; snippet: string; published: string | null; speaker: string | null });
    return [
      ...articles.map((a): SearchHit => ({ kind: 'article', id: a.id, ...opt('title', a.title), ...opt('published', a.published),
        ...opt('source', a.source), snippet: flatten(a.snippet) })),
      ...quotes.map((q): SearchHit => ({ kind: 'quote', id: String(q.id), ...opt('speaker', q.speaker),
        ...opt('published', q.published), snippet: flatten(q.snippet) })),
    ];
  }

  article(idOrUrl: string): StoredArticle | undefined {
    const key = idOrUrl.trim();
    const select = 'SELECT id, text, layers, origin, stored_at FROM articles';
    let row = this.db.prepare(`${select} WHERE id = ? OR url = ?`).get(key, key) as ArticleDbRow | undefined;
    if (!row && /^[0-9a-f]{6,}$/i.test(key)) {
      const prefix = key.toLowerCase();
      const rows = this.db.prepare(`${select} WHERE id >= ? AND id < ? LIMIT 2`).all(prefix, `${prefix}\uffff`) as ArticleDbRow[];
      if (rows.length > 1) throw new StoreError(`article id prefix "${key}" is ambiguous; give more characters`);
      row = rows[0];
    }
    return row && storedArticle(row);
  }

  stats(): StoreStats {
    const totals = this.db.prepare('SELECT * FROM totals WHERE id = 1').get() as Record<string, number>;
    const maxRowid = (table: string) => (this.db.prepare(`SELECT max(rowid) AS n FROM ${table}`).get() as { n: number | null }).n ?? 0;
    const range = this.db.prepare('SELECT min(published) AS first, max(published) AS last FROM articles').get() as
      { first: string | null; last: string | null };
    return {
      path: this.path,
      bytes: fileBytes(this.path) + fileBytes(`${this.path}-wal`),
      schemaVersion: SCHEMA_VERSION,
      articles: totals.articles ?? 0,
      words: totals.words ?? 0,
      entities: maxRowid('entities'),
      mentions: totals.mentions ?? 0,
      quotes: maxRowid('quotes'),
      quoteSources: totals.quote_sources ?? 0,
      events: totals.events ?? 0,
      amounts: totals.amounts ?? 0,
      times: totals.times ?? 0,
      ...opt('firstPublished', range.first),
      ...opt('lastPublished', range.last),
      sources: this.counts('source', 10).map(([source, articles]) => ({ source, articles })),
      entityTypes: this.counts('entity_type').map(([type, count]) => ({ type, count })),
      eventTypes: this.counts('event_type').map(([type, count]) => ({ type, count })),
    };
  }

  digest(size = 5): Digest {
    const speakers = (this.db.prepare('SELECT * FROM entities WHERE quote_count > 0 ORDER BY quote_count DESC LIMIT ?')
      .all(size) as EntityDbRow[]).map(entityRow);
    // Quotes reported more than once (a partial index), else the latest.
    const reported = this.db.prepare(`SELECT rowid, text, kind, speaker, first_published, last_published, source_count FROM quotes
      WHERE source_count > 1 ORDER BY source_count DESC, rowid LIMIT ?`).all(size) as QuoteDbRow[];
    const latest = reported.length < size ? this.db.prepare(`SELECT rowid, text, kind, speaker, first_published, last_published, source_count
      FROM quotes ORDER BY last_published DESC, rowid DESC LIMIT ?`).all(size) as QuoteDbRow[] : [];
    const shown = new Set(reported.map((q) => q.rowid));
    const quotes = this.quoteRows([...reported, ...latest.filter((q) => !shown.has(q.rowid))].slice(0, size));
    const dyads = this.counts('dyad', size).map(([pair, events]) => {
      const [a = '', b = ''] = pair.split(' ');
      return { a, b, events };
    });
    // The top of each currency from its (unit, value) index range, merged (nominal values, not converted).
    const topOfUnit = this.db.prepare(`SELECT m.value, m.unit, m.text, m.object, a.id AS article_id, a.published FROM amounts m
      JOIN articles a ON a.rowid = m.article WHERE m.unit = ? ORDER BY m.value DESC LIMIT ?`);
    const figures = MONEY_UNITS.flatMap((unit) => topOfUnit.all(unit, size) as
      { value: number; unit: string; text: string; object: string | null; article_id: string; published: string | null }[])
      .sort((a, b) => b.value - a.value).slice(0, size);
    return {
      stats: this.stats(),
      speakers,
      quotes,
      dyads,
      events: this.events({ limit: size }),
      figures: figures.map((f): FigureRow => ({ value: f.value, unit: f.unit, text: f.text, ...opt('object', f.object),
        articleId: f.article_id, ...opt('published', f.published) })),
    };
  }

  /** Running counts of one kind, largest first: [key, n]. */
  private counts(kind: string, limit = 1000): [string, number][] {
    return (this.db.prepare('SELECT key, n FROM counts WHERE kind = ? ORDER BY n DESC, key LIMIT ?').raw().all(kind, limit)) as [string, number][];
  }

  *records(): Generator<StoredArticle> {
    const page = this.db.prepare(`SELECT rowid, id, text, layers, origin, stored_at FROM articles
      WHERE rowid > ? ORDER BY rowid LIMIT ${EXPORT_BATCH}`);
    for (let after = 0; ;) {
      const rows = page.all(after) as (ArticleDbRow & { rowid: number })[];
      if (rows.length === 0) return;
      for (const row of rows) yield storedArticle(row);
      after = rows[rows.length - 1]!.rowid;
    }
  }

  *allEvents(): Generator<EventRow> {
    const page = this.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.rowid = e.article
      WHERE e.rowid > ? ORDER BY e.rowid LIMIT ${EXPORT_BATCH}`);
    for (let after = 0; ;) {
      const rows = page.all(after) as EventDbRow[];
      if (rows.length === 0) return;
      yield* this.eventRows(rows);
      after = rows[rows.length - 1]!.rowid;
    }
  }

  private quoteRows(rows: QuoteDbRow[]): QuoteRow[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.rowid));
    // The first MAX_SOURCES_LISTED reports of each quote (a widely repeated quote can have hundreds).
    const sources = this.db.prepare(`SELECT s.quote, s.kind, s.text, s.published, a.id AS article_id, a.title, a.source, a.url
      FROM (SELECT rowid, quote, kind, text, published, article,
              row_number() OVER (PARTITION BY quote ORDER BY published, rowid) AS n
            FROM quote_sources WHERE quote IN (SELECT value FROM json_each(?))) s
      JOIN articles a ON a.rowid = s.article WHERE s.n <= ${MAX_SOURCES_LISTED} ORDER BY s.published, s.rowid`).all(ids) as
      { quote: number; kind: QuoteKind; text: string; published: string | null; article_id: string; title: string | null;
        source: string | null; url: string | null }[];
    const byQuote = groupBy(sources, (s) => s.quote);
    const speakers = this.entityRefs(rows.map((r) => r.speaker));
    return rows.map((r): QuoteRow => {
      const speaker = r.speaker === null ? undefined : speakers.get(r.speaker);
      return {
        id: r.rowid,
        text: r.text,
        kind: r.kind,
        ...(speaker && { speaker }),
        ...opt('firstPublished', r.first_published),
        ...opt('lastPublished', r.last_published),
        sourceCount: r.source_count,
        sources: (byQuote.get(r.rowid) ?? []).map((s): QuoteSourceRow => ({
          articleId: s.article_id, ...opt('title', s.title), ...opt('source', s.source), ...opt('url', s.url),
          ...opt('published', s.published), kind: s.kind, text: s.text,
        })),
      };
    });
  }

  private eventRows(rows: EventDbRow[]): EventRow[] {
    if (rows.length === 0) return [];
    const parties = this.db.prepare(`SELECT p.event, p.role, p.entity FROM event_parties p
      WHERE p.event IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rows.map((r) => r.rowid))) as
      { event: number; role: 'actor' | 'recipient'; entity: number }[];
    const refs = this.entityRefs(parties.map((p) => p.entity));
    const byEvent = groupBy(parties, (p) => p.event);
    return rows.map((r): EventRow => {
      const own = byEvent.get(r.rowid) ?? [];
      const side = (role: string) => own.filter((p) => p.role === role).map((p) => refs.get(p.entity)!).filter(Boolean);
      const evidence = JSON.parse(r.evidence) as TextSpan[];
      return {
        id: r.rowid, articleId: r.article_id, ...opt('title', r.title), ...opt('published', r.published),
        ...opt('source', r.source), ...opt('url', r.url), type: r.type, ...opt('mode', r.mode), ...opt('auxiliary', r.auxiliary),
        ...opt('date', r.date), ...opt('day', r.day), ...opt('location', r.location), ...opt('locationCountry', r.location_country),
        ...opt('cameo', r.cameo), ...opt('goldstein', r.goldstein),
        actors: side('actor'), recipients: side('recipient'),
        evidence: evidence.map((e) => e.text).join(' … '),
      };
    });
  }

  private entityRefs(ids: (number | null)[]): Map<number, EntityRef> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = this.db.prepare(`SELECT rowid, name, type, country, sector, wikidata FROM entities
      WHERE rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(wanted)) as EntityDbRow[];
    return new Map(rows.map((r) => [r.rowid, entityRef(r)]));
  }
}

function entityRef(r: Pick<EntityDbRow, 'name' | 'type' | 'country' | 'sector' | 'wikidata'>): EntityRef {
  return { name: r.name, type: r.type, ...opt('country', r.country), ...opt('sector', r.sector), ...opt('wikidata', r.wikidata) };
}

function entityRow(r: EntityDbRow): EntityRow {
  return {
    id: r.rowid, ...entityRef(r), ...opt('kbId', r.kb_id),
    articles: r.article_count, mentions: r.mention_count, quotes: r.quote_count,
  };
}

function storedArticle(row: ArticleDbRow): StoredArticle {
  const record = recordFromLayers(row.layers, row.text);
  return { record, ...opt('origin', row.origin), storedAt: row.stored_at };
}

/** An FTS5 phrase query for the words of `text`, or '' when it has none. */
function ftsPhrase(text: string): string {
  const words = normalizeName(text);
  return words ? `"${words}"` : '';
}

/**
 * `column = ?` for one id, `column IN (?, ?, …)` for several: SQLite plans a
 * literal list as index seeks, where IN (SELECT … json_each) led it to build
 * an automatic index over the whole table.
 */
function oneOf(column: string, ids: readonly number[]): { sql: string; params: number[] } {
  return ids.length === 1 ? { sql: `${column} = ?`, params: [ids[0]!] } : { sql: `${column} IN (${ids.map(() => '?').join(', ')})`, params: [...ids] };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `{ [key]: value }` when the value is present, `{}` for null/undefined: optional fields stay absent. */
function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
