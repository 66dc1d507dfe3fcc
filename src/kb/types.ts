/**
 * The knowledge base the stages link against: countries, organisations,
 * office-holders, role nouns. Bundled data plus user files (`--kb`), merged.
 */
export interface KbEntry {
  /** Unique key, e.g. "Q15031" or "country:CHN". */
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  country?: string;
  sector?: string;
  wikidata?: string;
}

export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, KbEntry>;
  /** Files merged into it, in order, for provenance messages. */
  readonly sources: readonly string[];
}
