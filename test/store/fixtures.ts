/**
 * Builds full DossierRecords from the compact specs in
 * test/fixtures/store/reports.json, finding every span by its text so the
 * fixtures stay readable and their offsets right.
 */
import { readFileSync } from 'node:fs';
import type { TextSpan } from '../../src/doc/span.js';
import { articleId } from '../../src/record/to-record.js';
import { RECORD_SCHEMA, type DossierRecord, type EntityType, type MentionKind, type PloverType, type QuoteKind } from '../../src/record/types.js';

export interface ReportSpec {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  text: string;
  entities: { id: string; name: string; type: EntityType; country?: string; sector?: string; wikidata?: string; kbId?: string; mentions: [string, MentionKind][] }[];
  quotes: { kind: QuoteKind; speaker: string | null; source?: string; cue?: string; content: string[]; addressee?: string | null }[];
  events: { type: PloverType; mode?: string; auxiliary?: 'future'; actors: string[]; recipients: string[]; date?: string;
    location?: { name: string; country?: string }; cameo?: string; goldstein?: number; evidence: string[] }[];
  amounts: { value: number; unit: string; text: string; object?: string; date?: string }[];
  times: { text: string; value: string; grain?: 'day' | 'year' }[];
}

export function loadSpecs(): ReportSpec[] {
  return JSON.parse(readFileSync(new URL('../fixtures/store/reports.json', import.meta.url), 'utf8'));
}

export function loadRecords(): DossierRecord[] {
  return loadSpecs().map(buildRecord);
}

export function buildRecord(spec: ReportSpec): DossierRecord {
  const { text } = spec;
  const find = (needle: string, from = 0): TextSpan => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" is not in "${text.slice(0, 40)}…"`);
    return { start, end: start + needle.length, text: needle };
  };
  const taken: TextSpan[] = [];
  const mentionsOf = (pairs: [string, MentionKind][]) => pairs.flatMap(([needle, kind]) => {
    const found: (TextSpan & { kind: MentionKind })[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const span = { start: at, end: at + needle.length, text: needle };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + needle.length] ?? '')) continue; // whole words only
      taken.push(span);
      found.push({ ...span, kind });
    }
    return found;
  });
  return {
    schema: RECORD_SCHEMA,
    article: {
      id: articleId(text),
      ...(spec.title !== undefined && { title: spec.title }),
      ...(spec.published !== undefined && { published: spec.published }),
      ...(spec.source !== undefined && { source: spec.source }),
      ...(spec.url !== undefined && { url: spec.url }),
      text,
    },
    entities: spec.entities.map(({ mentions, ...rest }) => ({ ...rest, mentions: mentionsOf(mentions) })),
    quotes: spec.quotes.map(({ source, cue, content, addressee, ...rest }) => ({
      ...rest,
      ...(source !== undefined && { source: find(source) }),
      ...(cue !== undefined && { cue: find(cue) }),
      ...(addressee && { addressee }),
      content: content.map((c) => find(c)),
    })),
    events: spec.events.map(({ evidence, ...rest }) => ({ ...rest, evidence: evidence.map((e) => find(e)) })),
    amounts: spec.amounts.map(({ text: t, ...rest }) => ({ ...rest, span: find(t) })),
    times: spec.times.map(({ text: t, ...rest }) => ({ ...rest, span: find(t) })),
  };
}
