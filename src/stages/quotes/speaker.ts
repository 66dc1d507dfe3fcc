import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Entity, EntityType } from '../../record/types.js';
import { resolveReference } from '../entities/lookup.js';
import type { Draft } from './draft.js';
import { NP_PREPOSITIONS, PERSON_NOUNS, PRONOUNS } from './lexicon.js';
import { phraseBefore, type Phrase } from './phrases.js';
import type { TokenView } from './view.js';

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

/** Nouns that speak for an organisation: "a Treasury spokesman" is the Treasury speaking. */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources', 'official', 'officials', 'insider', 'insiders']);
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
  private readonly mentions: MentionRef[];
  private readonly created = new Map<string, Entity>();
  private readonly speakers = new Map<Draft, string | null>();
  private readonly history: { draft: Draft; id: string; type: EntityType }[] = [];
  private readonly byId = new Map<string, Entity>();

  constructor(private readonly doc: Doc, private readonly view: TokenView) {
    this.mentions = doc.entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    for (const e of doc.entities) this.byId.set(e.id, e);
  }

  /** Call in text order: pronouns and floating quotes look back at earlier speakers. */
  resolve(draft: Draft): string | null {
    const id = this.speakerOf(draft);
    this.speakers.set(draft, id);
    const entity = id ? this.byId.get(id) : undefined;
    if (id && entity) this.history.push({ draft, id, type: entity.type });
    return id;
  }

  addressee(phrase: Phrase | null): string | null {
    if (!phrase) return null;
    return this.mentionAt(this.view.span(phrase.from, phrase.to), this.headOf(phrase))?.entity.id ?? null;
  }

  private speakerOf(draft: Draft): string | null {
    if (draft.continues) return this.speakers.get(draft.continues) ?? null;
    if (!draft.source) return this.subjectOf(draft);
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
    const named = this.mentionAt(span, head);
    if (named) return named.entity.id;
    const headWord = this.view.lower(head);
    if (phrase.to - phrase.from === 1 && PRONOUNS.has(headWord)) return this.pronoun(draft, span, headWord);
    if (SPOKES.has(headWord)) {
      const org = this.mentionInside(span, (e) => e.type === 'ORG' || e.type === 'GPE');
      if (org) return org.entity.id;
    }
    // A role with no name in it ("the minister", "the Chinese president"): the entity stage knows who holds it.
    if (!this.mentionInside(span, () => true)) {
      const holder = resolveReference(this.doc, span);
      if (holder && this.byId.has(holder)) return holder;
    }
    return this.createEntity(span, headWord).id;
  }

  /** No source phrase ("…, saying …"): the first entity named in the sentence before the cue. */
  private subjectOf(draft: Draft): string | null {
    const at = this.view.starts[draft.anchor] ?? 0;
    const sentence = this.doc.sentences[this.doc.sentenceAt(at)];
    if (sentence && draft.cue) {
      const m = this.firstMentionFrom(sentence.start);
      if (m && m.end <= at) return m.entity.id;
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
    const resolved = word === 'i' ? null : resolveReference(this.doc, span);
    let recent: string | null = null;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (draft.paragraph - h.draft.paragraph > PRONOUN_REACH) break;
      if ((h.type === 'PERSON') !== personal) continue;
      if (h.id === resolved) return resolved;
      recent ??= h.id;
    }
    return recent ?? resolved;
  }

  /** The head of an English noun phrase: its last word, or the last before "of"/"for"/"at"/"from". */
  private headOf(phrase: Phrase): number {
    for (let i = phrase.from + 1; i < phrase.to; i++) {
      if (this.view.isLowerWord(i) && NP_PREPOSITIONS.has(this.view.raw(i))) return i - 1;
    }
    return phrase.to - 1;
  }

  /** The longest mention inside `span` covering the head token. */
  private mentionAt(span: Span, head: number): MentionRef | null {
    const hs = this.view.starts[head]!;
    const he = this.view.ends[head]!;
    let best: MentionRef | null = null;
    for (let i = this.firstIndexFrom(span.start - 200); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= span.end) break;
      if (m.start <= hs && he <= m.end && m.start < span.end && span.start < m.end) {
        if (!best || m.end - m.start > best.end - best.start) best = m;
      }
    }
    return best;
  }

  private mentionInside(span: Span, accept: (e: Entity) => boolean): MentionRef | null {
    for (let i = this.firstIndexFrom(span.start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= span.end) break;
      if (m.end <= span.end && accept(m.entity)) return m;
    }
    return null;
  }

  private firstMentionFrom(offset: number): MentionRef | null {
    const i = this.firstIndexFrom(offset);
    return this.mentions[i] ?? null;
  }

  /** Index of the first mention starting at or after `offset`: binary search. */
  private firstIndexFrom(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A speaker the text names without an entity: one entity per distinct phrase. */
  private createEntity(span: Span, headWord: string): Entity {
    const text = this.doc.text.slice(span.start, span.end);
    const key = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    const existing = this.created.get(key);
    const mention = { start: span.start, end: span.end, text, kind: 'role' as const };
    if (existing) {
      existing.mentions.push(mention);
      return existing;
    }
    const type: EntityType = PERSON_NOUNS.has(headWord) ? 'PERSON' : /\p{Lu}/u.test(text[0] ?? '') ? 'ORG' : 'MISC';
    const entity: Entity = { id: uniqueId(this.byId, key), name: text, type, mentions: [mention] };
    this.created.set(key, entity);
    this.doc.entities.push(entity);
    this.byId.set(entity.id, entity);
    return entity;
  }
}

function uniqueId(taken: ReadonlyMap<string, Entity>, key: string): string {
  const slug = key.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'speaker';
  const base = `speaker_${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}
