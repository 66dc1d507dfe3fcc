import type { Database, Statement } from 'better-sqlite3';
import type { Entity } from '../record/types.js';
import { normalizeName } from './normalize.js';

interface EntityIdRow {
  rowid: number;
}

/**
 * Finds or creates the store's entity for an entity of one record. Linked
 * entities merge by Wikidata id, then knowledge-base id; an unlinked one
 * merges with the single entity of its type known under that name, and a
 * linked one adopts an unlinked entity of the same name and type.
 */
export class EntityResolver {
  private readonly byWikidata: Statement<[string], EntityIdRow>;
  private readonly byKbId: Statement<[string], EntityIdRow>;
  private readonly byAlias: Statement<[string, string], EntityIdRow & { own: number }>;
  private readonly unlinkedByName: Statement<[string, string], EntityIdRow>;
  private readonly insert: Statement<unknown[]>;
  private readonly adopt: Statement<unknown[]>;
  private readonly addName: Statement<[string, number]>;

  /** `onCreate` is told of every entity the store did not know yet. */
  constructor(db: Database, private readonly onCreate: (entity: Entity) => void = () => {}) {
    this.byWikidata = db.prepare('SELECT rowid FROM entities WHERE wikidata = ?');
    this.byKbId = db.prepare('SELECT rowid FROM entities WHERE kb_id = ?');
    this.byAlias = db.prepare(`SELECT e.rowid, e.norm_name = n.norm_name AND e.wikidata IS NULL AND e.kb_id IS NULL AS own
      FROM entity_names n JOIN entities e ON e.rowid = n.entity WHERE n.norm_name = ? AND e.type = ? LIMIT 8`);
    this.unlinkedByName = db.prepare(
      'SELECT rowid FROM entities WHERE norm_name = ? AND type = ? AND wikidata IS NULL AND kb_id IS NULL LIMIT 1');
    this.insert = db.prepare(`INSERT INTO entities (name, norm_name, type, country, sector, wikidata, kb_id)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.adopt = db.prepare('UPDATE entities SET wikidata = ?, kb_id = ? WHERE rowid = ?');
    this.addName = db.prepare('INSERT OR IGNORE INTO entity_names (norm_name, entity) VALUES (?, ?)');
  }

  /**
   * The store rowid of this entity, created when new. Fields it lacks and this
   * entity has (country, sector, ids) are filled in by the writer's count update.
   */
  resolve(entity: Entity): number {
    const norm = normalizeName(entity.name) || entity.name.toLowerCase();
    const rowid = this.find(entity, norm);
    if (rowid !== undefined) {
      this.remember(entity, norm, rowid);
      return rowid;
    }
    this.onCreate(entity);
    const created = Number(this.insert.run(entity.name, norm, entity.type, entity.country ?? null, entity.sector ?? null,
      entity.wikidata ?? null, entity.kbId ?? null).lastInsertRowid);
    this.remember(entity, norm, created);
    return created;
  }

  private find(entity: Entity, norm: string): number | undefined {
    const linked = entity.wikidata ?? entity.kbId;
    if (entity.wikidata) {
      const row = this.byWikidata.get(entity.wikidata);
      if (row) return row.rowid;
    }
    if (entity.kbId) {
      const row = this.byKbId.get(entity.kbId);
      if (row) return row.rowid;
    }
    if (linked) {
      const row = this.unlinkedByName.get(norm, entity.type);
      if (row) this.adopt.run(entity.wikidata ?? null, entity.kbId ?? null, row.rowid);
      return row?.rowid;
    }
    const rows = this.byAlias.all(norm, entity.type);
    const distinct = new Set(rows.map((r) => r.rowid));
    if (distinct.size === 1) return rows[0]!.rowid;
    return rows.find((r) => r.own)?.rowid;
  }

  /** Records the canonical name and every proper-name mention as names to find the entity by. */
  private remember(entity: Entity, norm: string, rowid: number): void {
    this.addName.run(norm, rowid);
    for (const m of entity.mentions) {
      if (m.kind !== 'name' && m.kind !== 'acronym') continue;
      const alias = normalizeName(m.text);
      if (alias && alias !== norm) this.addName.run(alias, rowid);
    }
  }
}
