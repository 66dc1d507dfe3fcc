import type { Database, Statement } from 'better-sqlite3';
import type { EntityPlan } from './plan.js';

interface EntityIdRow {
  rowid: number;
}

/** What the store knows of an entity: stored values, plus those written since the last flush add. */
interface EntityFacts {
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  kbId: string | null;
}

/** The fields of an entity row of a plan (EntityPlan) the resolver reads, by name. */
interface EntityFields {
  name: string;
  norm: string;
  type: string;
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  kbId: string | null;
  aliases: string[];
}

function fieldsOf([name, norm, type, country, sector, wikidata, kbId, aliases]: EntityPlan): EntityFields {
  return { name, norm, type, country, sector, wikidata, kbId, aliases };
}

/** Counter increments of one entity since the last flush. */
interface EntityDelta {
  articles: number;
  mentions: number;
  quotes: number;
}

/** Cache sizes past which the caches are dropped (at a batch start): they are only a shortcut. */
const MAX_CACHED_ENTITIES = 50_000;
const MAX_CACHED_NAMES = 100_000;

/**
 * Finds or creates the store's entity for an entity of one record. Linked
 * entities merge by Wikidata id, then knowledge-base id; an unlinked one
 * merges with the single entity of its type known under that name, and a
 * linked one adopts an unlinked entity of the same name and type.
 *
 * Most entities of a report (countries, leaders, parties) were met before,
 * so look-ups are cached, and counter and field updates are summed until
 * the transaction commits and written then (flush). The caches are exact while this
 * connection is the only writer: the owner resets them when another
 * connection has written, or a batch was rolled back.
 */
export class EntityResolver {
  private readonly byWikidata: Statement<[string], EntityIdRow>;
  private readonly byKbId: Statement<[string], EntityIdRow>;
  private readonly byAlias: Statement<[string, string], EntityIdRow & { own: number }>;
  private readonly unlinkedByName: Statement<[string, string], EntityIdRow>;
  private readonly factsOf: Statement<[number], { country: string | null; sector: string | null; wikidata: string | null; kb_id: string | null }>;
  private readonly insert: Statement<unknown[]>;
  private readonly adopt: Statement<unknown[]>;
  private readonly addName: Statement<[string, number]>;
  private readonly update: Statement<unknown[]>;

  private readonly facts = new Map<number, EntityFacts>();
  private readonly wikidataIds = new Map<string, number>();
  private readonly kbIds = new Map<string, number>();
  /** norm → type → the unlinked look-up's answer (null: none). */
  private readonly aliases = new Map<string, Map<string, number | null>>();
  /** Names known to be in entity_names, by entity rowid (no key string built per look-up). */
  private readonly names = new Map<number, Set<string>>();
  private nameCount = 0;
  private readonly deltas = new Map<number, EntityDelta>();

  /** `onCreate` is told of every entity the store did not know yet. */
  constructor(db: Database, private readonly onCreate: (entity: EntityFields) => void = () => {}) {
    this.byWikidata = db.prepare('SELECT rowid FROM entities WHERE wikidata = ?');
    this.byKbId = db.prepare('SELECT rowid FROM entities WHERE kb_id = ?');
    this.byAlias = db.prepare(`SELECT e.rowid, e.norm_name = n.norm_name AND e.wikidata IS NULL AND e.kb_id IS NULL AS own
      FROM entity_names n JOIN entities e ON e.rowid = n.entity WHERE n.norm_name = ? AND e.type = ? LIMIT 8`);
    this.unlinkedByName = db.prepare(
      'SELECT rowid FROM entities WHERE norm_name = ? AND type = ? AND wikidata IS NULL AND kb_id IS NULL LIMIT 1');
    this.factsOf = db.prepare('SELECT country, sector, wikidata, kb_id FROM entities WHERE rowid = ?');
    this.insert = db.prepare(`INSERT INTO entities (name, norm_name, type, country, sector, wikidata, kb_id)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.adopt = db.prepare('UPDATE entities SET wikidata = ?, kb_id = ? WHERE rowid = ?');
    this.addName = db.prepare('INSERT OR IGNORE INTO entity_names (norm_name, entity) VALUES (?, ?)');
    this.update = db.prepare(`UPDATE entities SET article_count = article_count + ?, mention_count = mention_count + ?,
      quote_count = quote_count + ?, country = COALESCE(country, ?), sector = COALESCE(sector, ?),
      wikidata = COALESCE(wikidata, ?), kb_id = COALESCE(kb_id, ?) WHERE rowid = ?`);
  }

  /** Call at a batch start: keeps the caches' memory bounded (dropped only when no update waits on them). */
  begin(): void {
    if (this.deltas.size === 0 && (this.facts.size > MAX_CACHED_ENTITIES || this.nameCount > MAX_CACHED_NAMES)) this.reset();
  }

  /** The store rowid of this entity, created when new, with every proper name of it remembered. */
  resolve(plan: EntityPlan): number {
    const entity = fieldsOf(plan);
    let rowid = this.find(entity);
    if (rowid === undefined) {
      this.onCreate(entity);
      rowid = Number(this.insert.run(entity.name, entity.norm, entity.type, entity.country, entity.sector,
        entity.wikidata, entity.kbId).lastInsertRowid);
      const { country, sector, wikidata, kbId } = entity;
      this.facts.set(rowid, { country, sector, wikidata, kbId });
      this.index(rowid, wikidata, kbId);
    }
    this.remember(entity, rowid);
    return rowid;
  }

  /**
   * Counts one article (with `mentions` new mentions) for the entity, and
   * fills in the fields it lacks from `entity`.
   */
  seenIn(rowid: number, [, , , country, sector, wikidata, kbId]: EntityPlan, mentions: number): void {
    const facts = this.factsFor(rowid);
    facts.country ??= country;
    facts.sector ??= sector;
    if (facts.wikidata === null && wikidata !== null) this.index(rowid, facts.wikidata = wikidata, null);
    if (facts.kbId === null && kbId !== null) this.index(rowid, null, facts.kbId = kbId);
    const delta = this.delta(rowid);
    delta.articles++;
    delta.mentions += mentions;
  }

  quoted(rowid: number): void {
    this.delta(rowid).quotes++;
  }

  /** The country the store knows for the entity (possibly learnt from another article). */
  countryOf(rowid: number): string | null {
    return this.factsFor(rowid).country;
  }

  /** Writes the counter and field updates summed since the last flush. */
  flush(): void {
    for (const [rowid, d] of this.deltas) {
      const f = this.facts.get(rowid)!;
      this.update.run(d.articles, d.mentions, d.quotes, f.country, f.sector, f.wikidata, f.kbId, rowid);
    }
    this.deltas.clear();
  }

  /** Forgets everything cached and pending (after a rollback, or when another connection wrote). */
  reset(): void {
    this.facts.clear();
    this.wikidataIds.clear();
    this.kbIds.clear();
    this.aliases.clear();
    this.names.clear();
    this.nameCount = 0;
    this.deltas.clear();
  }

  private find(entity: EntityFields): number | undefined {
    const { wikidata, kbId } = entity;
    if (wikidata !== null) {
      const rowid = this.wikidataIds.get(wikidata) ?? this.byWikidata.get(wikidata)?.rowid;
      if (rowid !== undefined) return this.index(rowid, wikidata, null);
    }
    if (kbId !== null) {
      const rowid = this.kbIds.get(kbId) ?? this.byKbId.get(kbId)?.rowid;
      if (rowid !== undefined) return this.index(rowid, null, kbId);
    }
    if (wikidata !== null || kbId !== null) return this.adoptUnlinked(entity);
    return this.unlinked(entity.norm, entity.type);
  }

  /** A linked entity takes over the unlinked entity of its name and type, if there is one. */
  private adoptUnlinked(entity: EntityFields): number | undefined {
    const row = this.unlinkedByName.get(entity.norm, entity.type);
    if (!row) return undefined;
    this.adopt.run(entity.wikidata, entity.kbId, row.rowid);
    const facts = this.facts.get(row.rowid);
    if (facts) {
      facts.wikidata = entity.wikidata;
      facts.kbId = entity.kbId;
    }
    this.index(row.rowid, entity.wikidata, entity.kbId);
    // Whether an entity is unlinked decides the name look-ups' answers.
    this.aliases.clear();
    return row.rowid;
  }

  /** The single entity of this type known under this name, else the unlinked one whose own name it is. */
  private unlinked(norm: string, type: string): number | undefined {
    let byType = this.aliases.get(norm);
    const cached = byType?.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const rows = this.byAlias.all(norm, type);
    const distinct = new Set(rows.map((r) => r.rowid));
    const rowid = distinct.size === 1 ? rows[0]!.rowid : rows.find((r) => r.own)?.rowid;
    if (!byType) this.aliases.set(norm, byType = new Map());
    byType.set(type, rowid ?? null);
    return rowid;
  }

  /** Records the canonical name and every proper-name mention as names to find the entity by. */
  private remember(entity: EntityFields, rowid: number): void {
    this.addNameOnce(entity.norm, rowid);
    for (const alias of entity.aliases) this.addNameOnce(alias, rowid);
  }

  private addNameOnce(norm: string, rowid: number): void {
    let known = this.names.get(rowid);
    if (known?.has(norm)) return;
    // A new name for an entity changes what look-ups of that name answer.
    if (this.addName.run(norm, rowid).changes > 0) this.aliases.delete(norm);
    if (!known) this.names.set(rowid, known = new Set());
    known.add(norm);
    this.nameCount++;
  }

  private index(rowid: number, wikidata: string | null, kbId: string | null): number {
    if (wikidata !== null) this.wikidataIds.set(wikidata, rowid);
    if (kbId !== null) this.kbIds.set(kbId, rowid);
    return rowid;
  }

  private factsFor(rowid: number): EntityFacts {
    let facts = this.facts.get(rowid);
    if (!facts) {
      const row = this.factsOf.get(rowid)!;
      facts = { country: row.country, sector: row.sector, wikidata: row.wikidata, kbId: row.kb_id };
      this.facts.set(rowid, facts);
    }
    return facts;
  }

  private delta(rowid: number): EntityDelta {
    let d = this.deltas.get(rowid);
    if (!d) this.deltas.set(rowid, d = { articles: 0, mentions: 0, quotes: 0 });
    return d;
  }
}
