import type { EntityType, MentionKind } from '../../record/types.js';

/** What a role noun asks for: "the Chinese premier" = premier, country CHN. */
export interface RoleSpec {
  office: string;
  country?: string;
  /** KB id of a party modifier: "the Labour leader". */
  party?: string;
  /** "the government", "the Chinese government": a government, not a person. */
  government?: boolean;
}

/**
 * One mention found by the scanner, before clustering. Names carry their words
 * (titles and honorifics stripped) so "Sir Keir" can meet "Keir Starmer".
 */
export interface Candidate {
  start: number;
  end: number;
  kind: MentionKind;
  type: EntityType;
  /** Where the name proper starts, after any title or honorific. */
  nameStart?: number;
  /** Normalised words of the name proper. */
  words: string[];
  /** The name in full where the mention gives only part of it ("Khizr" of "Khizr and Ghazala Khan"). */
  fullName?: string;
  kbId?: string;
  country?: string;
  sector?: string;
  /** Office named by a title before the name ("Chancellor Rachel Reeves"). */
  title?: string;
  /** The honorific before the name, normalised ("sir", "mrs"). */
  honorific?: string;
  /** Gender an honorific gives (Mr, Mrs, Sir, Dame); '' when it gives none. */
  gender?: string;
  /** A role noun in apposition to this person ("X, the Home Secretary,"). */
  appositive?: Candidate;
  /** Set on role-noun mentions, resolved after the names are clustered. */
  role?: RoleSpec;
  /** A lone capitalised word not known to be anything: clustered if it matches a name. */
  loose?: boolean;
  /** Capitalised only because it opens a sentence: kept only if it joins a known name. */
  initial?: boolean;
  /** Written in capitals: may abbreviate an organisation named in full. */
  acronym?: boolean;
}
