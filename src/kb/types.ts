/**
 * The knowledge base the stages link against: countries, organisations,
 * office-holders, role nouns. Bundled data plus user files (`--kb`), merged.
 */

/** [office key, jurisdiction (ISO alpha-3 or org id), start YYYY-MM-DD, end or null]. */
export type Office = readonly [office: string, of: string, start: string, end: string | null];

export interface KbEntry {
  /** Unique key, e.g. "country:CHN", "org:WTO", "person:xi-jinping". */
  id: string;
  name: string;
  type: string;
  aliases?: string[];
  country?: string;
  sector?: string;
  wikidata?: string;
  /** Offices held, with dates: what "the Prime Minister" means on a given day. */
  offices?: Office[];
  /** KB id of a person's party. */
  party?: string;
  gender?: 'M' | 'F';
  /** Family name written first (Xi Jinping): "President Xi" names the first token. */
  familyFirst?: boolean;
  /** Names that stand for the entry without being its name: "Downing Street", "Beijing". */
  metonyms?: string[];
  /**
   * Historical people (Phoenix): dated country+sector codes, "USAGOV 19810120-19890120|USAELI",
   * read only when an entity links to the entry (see sectorOn).
   */
  sectors?: string;
  /** Country entries: adjectives and nouns of nationality ("Chinese"). */
  demonyms?: string[];
}

/** Where a gazetteer key points, and how the name relates to the entry. */
export interface KbName {
  id: string;
  kind: 'name' | 'alias' | 'metonym' | 'demonym' | 'capital' | 'city' | 'region';
  /** Written in capitals ("WHO", "US"): only matches text in capitals. */
  caps?: boolean;
}

export interface OfficeHolder {
  id: string;
  start: string;
  end: string | null;
}

export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, KbEntry>;
  /** Files merged into it, in order, for provenance messages. */
  readonly sources: readonly string[];
  /** Normalised name (see normaliseName) → what it names, best first. */
  readonly names: ReadonlyMap<string, readonly KbName[]>;
  /** First normalised word of any name → the longest name length in words. */
  readonly firstWords: ReadonlyMap<string, number>;
  /** "office|jurisdiction" → holders, in start order. */
  readonly holders: ReadonlyMap<string, readonly OfficeHolder[]>;
  /** Given names → person ids, for "Sir Keir", "Dame Priti" (knights go by first name). */
  readonly givenNameIds: ReadonlyMap<string, readonly string[]>;
  /** Person surnames (and family names) → person ids. */
  readonly surnames: ReadonlyMap<string, readonly string[]>;
  /** Office key → the jurisdictions the KB knows holders of it for. */
  readonly officeJurisdictions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-case role noun → sector code (PETRARCH agents, plus their head nouns: "officials" → GOV). */
  readonly agents: ReadonlyMap<string, string>;
  /** Given name → gender ('' when used for both). */
  readonly givenNames: ReadonlyMap<string, string>;
  /** Milliseconds the load took, for reports. */
  readonly loadMs: number;
}
