import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Entity, EntityType } from '../../record/types.js';
import { personalPronouns } from '../entities/lexicon.js';
import { resolveReference } from '../entities/lookup.js';
import { indexOf } from '../entities/state.js';
import type { Draft } from './draft.js';
import { NP_PREPOSITIONS, PERSON_NOUNS, PRONOUNS } from './lexicon.js';
import { matchingOpen, phraseBefore, type Phrase } from './phrases.js';
import type { TokenView } from './view.js';

/** Nouns that speak for an organisation: "a Treasury spokesman" is the Treasury speaking. */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources', 'official', 'officials', 'insider', 'insiders']);
const PLURAL_PEOPLE = new Set(['people', 'men', 'women', 'staff', 'police', 'public', 'crowd', 'children']);
/** Words that open a role phrase rather than name the role ("its chief executive"). */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);
/** Characters after a name an apposition giving its role may take: ", the Harbour Trust's deputy chief executive". */
const APPOSITION_REACH = 120;
/** ", the trust's chief executive", ", its spokesman": a definite apposition after a name, up to a clause break. */
const APPOSITION = /^,\s+((?:the|its|his|her|their|\p{Lu}[\p{L}.&' -]{0,40}?['’]s)\s+[^,.;:()"“”]+)/u;
/** A lower-case word that can be part of a role's name ("chief", "managing"; not "authority's"). */
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** What opens a role of someone's: "its ", "their ", "the company's ". */
const POSSESSIVE_OPENER = /^(?:(?:its|his|her|their)\s+|.*['’]s\s+)$/iu;
/** "the Vermont senator": longest description, in tokens, read as one person mentioned just before. */
const DESCRIPTION_TOKENS = 5;
/** How many sentences back such a description looks for that person. */
const DESCRIPTION_REACH = 2;
/** A pronoun looks back at most this many paragraphs for the speaker it continues. */
const PRONOUN_REACH = 3;

/**
 * Turns a draft's source phrase into an entity id: the entity named at the
 * phrase's head, the speaker a pronoun continues, the organisation a
 * spokesman speaks for, or, when the text names no entity ("critics", "a
 * senior source"), a new entity made from the phrase so the speaker is
 * always an id.
 */
export class SpeakerResolver {
  /** Per token, the entity of the longest mention covering it (-1: none); built on first use. */
  private tokenEntity: Int32Array | null = null;
  private tokenMentionLength: Uint16Array | null = null;
  private readonly entities: Entity[];
  private readonly created = new Map<string, Entity>();
  /** Ids of the entities made here from unnamed speakers ("a senior aide"): no description refers back to them. */
  private readonly createdIds = new Set<string>();
  private readonly roles = new Map<string, string | null>();
  private readonly speakers = new Map<Draft, string | null>();
  /** Speakers so far; `group` marks unnamed plurals ("critics", "officials"), which "he" cannot continue. */
  private readonly history: { draft: Draft; id: string; type: EntityType; group: boolean }[] = [];
  private readonly groups = new Set<string>();
  private readonly byId = new Map<string, Entity>();
  private appositions: { id: string; head: string }[] | null = null;

  constructor(private readonly doc: Doc, private readonly view: TokenView) {
    this.entities = [...doc.entities];
    for (const e of doc.entities) this.byId.set(e.id, e);
  }

  /** Token → entity index, longest mention first: O(mention tokens), no sorting. */
  private index(): Int32Array {
    if (this.tokenEntity) return this.tokenEntity;
    this.tokenEntity = new Int32Array(this.view.count).fill(-1);
    this.tokenMentionLength = new Uint16Array(this.view.count);
    this.entities.forEach((entity, k) => {
      for (const m of entity.mentions) this.mark(k, m);
    });
    return this.tokenEntity;
  }

  private mark(k: number, m: Span): void {
    const owners = this.tokenEntity!;
    const lengths = this.tokenMentionLength!;
    const length = Math.min(65535, m.end - m.start);
    for (let t = this.doc.tokenIndexAt(m.start); t < this.view.count && this.view.starts[t]! < m.end; t++) {
      if (length > lengths[t]!) { owners[t] = k; lengths[t] = length; }
    }
  }

  private entityAtToken(t: number): Entity | null {
    const k = this.index()[t]!;
    return k >= 0 ? this.entities[k]! : null;
  }

  /** Call in text order: pronouns and floating quotes look back at earlier speakers. */
  resolve(draft: Draft): string | null {
    const id = this.speakerOf(draft);
    this.speakers.set(draft, id);
    const entity = id ? this.byId.get(id) : undefined;
    if (id && entity) this.history.push({ draft, id, type: entity.type, group: this.groups.has(id) });
    return id;
  }

  addressee(phrase: Phrase | null): string | null {
    if (!phrase) return null;
    return this.entityAtToken(this.headOf(phrase))?.id ?? null;
  }

  private speakerOf(draft: Draft): string | null {
    if (draft.continues) return this.speakers.get(draft.continues) ?? null;
    if (!draft.source) return this.subjectOf(draft);
    const appositive = this.namedInAside(draft.source);
    if (appositive) return appositive;
    let phrase = draft.source.core ?? draft.source;
    if (phrase.relative) {
      const sentence = this.doc.sentences[this.doc.sentenceAt(this.view.starts[phrase.from]!)];
      const lower = sentence ? this.doc.tokenIndexAt(sentence.start) : 0;
      const antecedent = this.view.isPunct(phrase.from - 1, ',') ? phraseBefore(this.view, phrase.from - 1, lower) : null;
      if (!antecedent || antecedent.relative) return null;
      phrase = antecedent;
    }
    const span = this.view.span(phrase.from, phrase.to);
    const head = this.headOf(phrase);
    const named = this.entityAtToken(head);
    const described = this.describedPerson(phrase, head, named);
    if (described) return described;
    if (named) return named.id;
    const headWord = this.view.lower(head);
    if (phrase.to - phrase.from === 1 && PRONOUNS.has(headWord)) return this.pronoun(draft, span, headWord);
    if (SPOKES.has(headWord)) {
      const org = this.entityIn(phrase.from, phrase.to, (e) => e.type === 'ORG' || e.type === 'GPE');
      if (org) return org.id;
    }
    // A role with no name in it ("the minister", "the Chinese president"): the entity stage knows who holds it.
    if (!this.entityIn(phrase.from, phrase.to, () => true)) {
      const holder = this.roleHolder(span);
      if (holder && this.byId.has(holder)) return holder;
      if (PERSON_NOUNS.has(headWord)) {
        const named = this.appositiveHolder(phrase, head, headWord);
        if (named) return named;
      }
    }
    return this.createEntity(span, headWord).id;
  }

  /**
   * "The shadow chancellor, Mel Stride, said": the person an apposition names
   * right after the comma, when the phrase before it names no one. Not a
   * name further inside the aside ("activist, who backs Cruz,").
   */
  private namedInAside(source: Phrase): string | null {
    const core = source.core;
    if (!core || this.entityIn(core.from, core.to, () => true)) return null;
    const first = this.view.isPunct(core.to, ',') ? core.to + 1 : core.to;
    const named = this.entityIn(first, first + 1, (e) => e.type === 'PERSON');
    return named?.id ?? null;
  }

  /**
   * "its chief executive said", where the text names her elsewhere, before
   * or after, as "Dr Jane Roe, the trust's chief executive": the one person
   * the text gives that role in a definite apposition (none when two have
   * it). Only for one holder of a role of someone's ("its", "the company's"):
   * in real reports a bare "the executive", "the candidate" or "another
   * supporter" was someone else more often than the person an apposition
   * called "a senior executive" (5 of 6 such cases in PolNeAR's training
   * articles).
   */
  private appositiveHolder(phrase: Phrase, head: number, headWord: string): string | null {
    if (head !== phrase.to - 1 || (headWord.endsWith('s') && !headWord.endsWith('ss'))) return null;
    // The role: the head and the lower-case word before it ("chief executive", "senior official").
    let from = head;
    if (from - 1 > phrase.from && ROLE_WORD.test(this.view.raw(from - 1)) && !ROLE_OPENERS.has(this.view.lower(from - 1))) from--;
    if (!POSSESSIVE_OPENER.test(this.doc.text.slice(this.view.starts[phrase.from], this.view.starts[from]))) return null;
    const role = ` ${this.doc.text.slice(this.view.starts[from], this.view.ends[head]).toLowerCase().replace(/\s+/g, ' ')}`;
    let found: string | null = null;
    for (const { id, head: roleHead } of this.appositionList()) {
      if (!roleHead.endsWith(role) || id === found) continue;
      if (found) return null;
      found = id;
    }
    return found;
  }

  /** The apposition after each mention of a person the entity stage named, up to its first preposition ("a spokesman"). */
  private appositionList(): { id: string; head: string }[] {
    if (this.appositions) return this.appositions;
    this.appositions = [];
    for (const entity of this.doc.entities) {
      if (entity.type !== 'PERSON') continue;
      for (const m of entity.mentions) {
        const apposition = APPOSITION.exec(this.doc.text.slice(m.end, m.end + APPOSITION_REACH));
        if (!apposition) continue;
        const words = apposition[1]!.toLowerCase().split(/\s+/);
        const cut = words.findIndex((w, i) => i > 0 && NP_PREPOSITIONS.has(w));
        this.appositions.push({ id: entity.id, head: ` ${words.slice(0, cut < 0 ? words.length : cut).join(' ')}` });
      }
    }
    return this.appositions;
  }

  /**
   * "Ted Cruz toured Iowa. The Texas Republican said …", "The Vermont
   * senator said …": a definite description of one person by a place or
   * party (names between "the" and a person noun, or a party's name used for
   * one of its members) refers back to someone the text was just about. A
   * party member is the first person named in the nearest sentence that
   * names one (the party did not speak, so anyone else is a worse guess); a
   * person noun only the one person named in the last sentences, as with two
   * ("Mrs Clinton answered Mr Sanders's attack. The Vermont senator …") the
   * first was wrong about as often as right in PolNeAR's articles.
   */
  private describedPerson(phrase: Phrase, head: number, named: Entity | null): string | null {
    const size = phrase.to - phrase.from;
    if (size < 3 || size > DESCRIPTION_TOKENS || this.view.lower(phrase.from) !== 'the' || head !== phrase.to - 1) return null;
    const headWord = this.view.lower(head);
    if (headWord.endsWith('s')) return null; // plural: a group, not one person
    const member = named?.type === 'ORG' && named.sector === 'PTY' && headWord !== 'party';
    // "the White House spokesman" speaks for the White House; "the RNC member" is one of many
    if (!member && (named || !PERSON_NOUNS.has(headWord) || SPOKES.has(headWord) || headWord === 'member')) return null;
    for (let t = phrase.from + 1; t < head; t++) if (!this.view.isCapitalised(t)) return null;
    const recent = this.recentPeople(phrase.from);
    if (member) return recent[0] ?? null;
    return recent.length === 1 ? recent[0]! : null;
  }

  /**
   * People named outside quotation marks before token `at`: in its sentence
   * and the DESCRIPTION_REACH before it, nearest sentence first, each
   * sentence's in text order.
   */
  private recentPeople(at: number): string[] {
    const index = this.index();
    const current = this.doc.sentenceAt(this.view.starts[at]!);
    const people: string[] = [];
    for (let s = current; s >= 0 && s >= current - DESCRIPTION_REACH; s--) {
      const [a, b] = this.view.tokenRange(this.doc.sentences[s]!);
      for (let t = a; t < Math.min(b, at); t++) {
        const entity = this.entities[index[t]!];
        if (entity?.type === 'PERSON' && !this.view.inQuote(t) && !this.createdIds.has(entity.id) && !people.includes(entity.id)) people.push(entity.id);
      }
    }
    return people;
  }

  /** No source phrase ("…, saying …"): the first entity named in the sentence before the cue. */
  private subjectOf(draft: Draft): string | null {
    const at = this.view.starts[draft.anchor] ?? 0;
    const sentence = this.doc.sentences[this.doc.sentenceAt(at)];
    if (sentence && draft.cue) {
      const e = this.entityIn(this.doc.tokenIndexAt(sentence.start), draft.anchor, () => true);
      if (e) return e.id;
    }
    return null;
  }

  /**
   * "he added": the last speaker of the right kind within a few paragraphs,
   * unless the entity stage's resolver (which knows gender) names another
   * recent speaker. The nearest name before the pronoun is often someone
   * mentioned inside the quotation, not its speaker.
   */
  private pronoun(draft: Draft, span: Span, word: string): string | null {
    const personal = word === 'he' || word === 'she' || word === 'i';
    const gender = personalPronouns.get(word);
    const resolved = word === 'i' ? null : resolveReference(this.doc, span);
    let recent: string | null = null;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (draft.paragraph - h.draft.paragraph > PRONOUN_REACH) break;
      if (personal ? h.type !== 'PERSON' || h.group : h.type === 'PERSON' && !h.group) continue;
      if (gender && this.genderOf(h.id) && this.genderOf(h.id) !== gender) continue; // "she" after a man spoke
      if (h.id === resolved) return resolved;
      recent ??= h.id;
    }
    return recent ?? resolved;
  }

  /** The gender the entity stage found for a person ("M", "F"), if any. */
  private genderOf(id: string): string | undefined {
    return indexOf(this.doc)?.clusters.find((c) => c.id === id)?.gender || undefined;
  }

  /**
   * The head of an English noun phrase: its last word, or the last before
   * "of"/"for"/"at"/"from"/"in"; a closing aside is not it ("Rep. Earl
   * Blumenauer (D-Ore.)").
   */
  private headOf(phrase: Phrase): number {
    let to = phrase.to;
    if (to - 1 > phrase.from && this.view.isPunct(to - 1, ')')) {
      const open = matchingOpen(this.view, to - 1, phrase.from + 1);
      if (open < to - 1) to = open;
    }
    for (let i = phrase.from + 1; i < to; i++) {
      if (this.view.isLowerWord(i) && (NP_PREPOSITIONS.has(this.view.raw(i)) || this.view.raw(i) === 'in')) return i - 1;
    }
    return to - 1;
  }

  /** The first entity named in tokens [from, to) that `accept` takes. */
  private entityIn(from: number, to: number, accept: (e: Entity) => boolean): Entity | null {
    const index = this.index();
    for (let t = from; t < to; t++) {
      const k = index[t]!;
      if (k >= 0 && accept(this.entities[k]!)) return this.entities[k]!;
    }
    return null;
  }

  /** The entity stage's role resolver, once per distinct role phrase in a document. */
  private roleHolder(span: Span): string | null {
    const key = this.doc.text.slice(span.start, span.end).toLowerCase();
    if (!this.roles.has(key)) this.roles.set(key, resolveReference(this.doc, span));
    return this.roles.get(key)!;
  }

  /** A speaker the text names without an entity: one entity per distinct phrase. */
  private createEntity(span: Span, headWord: string): Entity {
    const text = this.doc.text.slice(span.start, span.end);
    const key = text.toLowerCase().replace(LEADING_ARTICLE, '');
    const existing = this.created.get(key);
    const mention = { start: span.start, end: span.end, text, kind: 'role' as const };
    if (existing) {
      existing.mentions.push(mention);
      this.index();
      this.mark(this.entities.indexOf(existing), mention);
      return existing;
    }
    // Not a person and named with a capital ("Critics", "the U.S. embassy in Mexico"): a body of some kind.
    const type: EntityType = PERSON_NOUNS.has(headWord) ? 'PERSON' : /\p{Lu}/u.test(text) ? 'ORG' : 'MISC';
    const entity: Entity = { id: uniqueId(this.byId, key), name: text, type, mentions: [mention] };
    const lowerHead = /\p{Ll}/u.test(text[text.lastIndexOf(' ') + 1] ?? '');
    if (lowerHead && (headWord.endsWith('s') || PLURAL_PEOPLE.has(headWord))) this.groups.add(entity.id);
    this.created.set(key, entity);
    this.createdIds.add(entity.id);
    this.doc.entities.push(entity);
    this.byId.set(entity.id, entity);
    this.entities.push(entity);
    this.index();
    this.mark(this.entities.length - 1, mention);
    return entity;
  }
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/;
const NOT_SLUG = /[^\p{L}\p{N}]+/gu;
const EDGE_UNDERSCORES = /^_+|_+$/g;

function uniqueId(taken: ReadonlyMap<string, Entity>, key: string): string {
  const slug = key.replace(NOT_SLUG, '_').replace(EDGE_UNDERSCORES, '').slice(0, 40) || 'speaker';
  const base = `speaker_${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}
