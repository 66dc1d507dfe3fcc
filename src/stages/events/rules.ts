/**
 * PLOVER's coding rules applied to a draft event: governed complements,
 * future cooperation as AGREE, meetings with all participants as actors,
 * required recipients, historical events, and merging mentions of one event.
 */
import type { Draft } from './read.js';
import { futureType, requestMode, threatMode, typeCode } from './cameo.js';

/** Folds the event a governing verb takes as its complement into that verb's event. */
export function fold(outer: Draft, inner: Draft): Draft {
  const recipients = outer.recipients.length > 0 ? outer.recipients : inner.recipients;
  const merged: Draft = { ...outer, recipients, lastToken: Math.max(outer.lastToken, inner.lastToken) };
  switch (outer.type) {
    case 'THREATEN': {
      const mode = threatMode(inner.type, inner.mode);
      merged.cameo = inner.type === 'ASSAULT' ? '138' : inner.type === 'SANCTION' ? '1313' : outer.cameo;
      if (mode) merged.mode = mode; else delete merged.mode;
      break;
    }
    case 'REQUEST': case 'REJECT': {
      const mode = requestMode(inner.type);
      merged.mode = mode;
      const base = outer.type === 'REQUEST' ? 10 : 12;
      merged.cameo = `${base}${{ meet: outer.type === 'REQUEST' ? '6' : '5', assist: '1', yield: '4', change: '3' }[mode] ?? '0'}`;
      if (outer.type === 'REQUEST' && mode === 'yield') merged.cameo = '105';
      break;
    }
    case 'AGREE': {
      if (inner.type === 'RETREAT' || inner.type === 'CONCEDE') {
        merged.type = 'CONCEDE';
        merged.cameo = '080';
        delete merged.mode;
      } else {
        merged.cameo = futureType(inner.type, inner.cameo)?.cameo ?? outer.cameo;
        if (inner.type === 'CONSULT' && inner.mode !== 'visit') {
          merged.actors = unique([...outer.actors, ...recipients]);
          merged.recipients = [];
        }
      }
      break;
    }
    default:
      break;
  }
  return merged;
}

const NEEDS_RECIPIENT = new Set(['COOPERATE', 'AID', 'SANCTION']);
/** Cooperative acts whose announced refusal is REJECT. */
const REFUSABLE = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const REJECT_CODE: Record<string, string> = { meet: '125', assist: '121', yield: '124', change: '123' };
const THREAT_CONTENT = new Set(['ASSAULT', 'COERCE', 'SANCTION']);

/** Applies PLOVER's rules in place; false when the draft is not an event. */
export function finish(d: Draft, published?: string, requireActor = true): boolean {
  const { pattern } = d.trigger;
  d.recipients = d.recipients.filter((r) => !d.actors.includes(r));
  if (d.actors.length === 0 && requireActor) return false; // PLOVER codes no event without an actor
  if (requireActor && (pattern.needs === 'recipient' || NEEDS_RECIPIENT.has(d.type)) && d.recipients.length === 0 && !d.pluralSubject) return false;
  if (pattern.role === 'host' && d.recipients.length > 0) {
    // "Tokyo hosted Modi": the visitor is the actor, the host the recipient
    [d.actors, d.recipients] = [d.recipients, d.actors];
  }
  if (d.refusal && REFUSABLE.has(d.type)) {
    // "will not meet their demands", "would not release": a refusal, PLOVER's REJECT
    const mode = requestMode(d.type);
    d.type = 'REJECT';
    d.mode = mode;
    d.cameo = REJECT_CODE[mode] ?? '120';
    delete d.auxiliary;
  }
  if (d.auxiliary === 'hypothetical' && d.conditional && THREAT_CONTENT.has(d.type)) {
    // "may halt mediation if …", "will strike if …": a conditional threat
    const mode = threatMode(d.type, d.mode);
    d.type = 'THREATEN';
    d.cameo = '130';
    if (mode) d.mode = mode; else delete d.mode;
    delete d.auxiliary;
  }
  if (d.type === 'CONSULT' && d.mode !== 'visit') {
    // no host/visitor distinction: all participants are actors, no recipient
    d.actors = unique([...d.actors, ...d.recipients]);
    d.recipients = [];
    if (d.actors.length < 2 && !d.location && requireActor) return false;
  }
  if (d.auxiliary === 'future') {
    const converted = futureType(d.type, d.cameo);
    if (converted) {
      d.type = converted.type;
      d.cameo = converted.cameo;
      if (converted.mode) d.mode = converted.mode; else if (converted.type !== 'CONCEDE') delete d.mode;
      if (converted.type === 'THREATEN') delete d.auxiliary;
    }
  }
  if (!d.auxiliary && d.date && published && d.date.slice(0, 4) < published.slice(0, 4)) d.auxiliary = 'historical';
  if (!d.cameo) d.cameo = typeCode(d.type);
  return true;
}

/** Material events done in a place to no one named: the place is the recipient ("lifted a curfew in Montenegro"). */
const PLACE_RECIPIENT = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'CONCEDE', 'RETREAT', 'AID', 'SANCTION', 'PROTEST']);

export function placeAsRecipient(d: Draft): void {
  if (d.recipients.length > 0 || !PLACE_RECIPIENT.has(d.type) || !d.location?.entity) return;
  if (d.actors.includes(d.location.entity)) return;
  d.recipients = [d.location.entity];
}

export function sameEvent(a: Draft, b: Draft): boolean {
  return a.type === b.type && a.auxiliary === b.auxiliary && sameSet(a.actors, b.actors) && sameSet(a.recipients, b.recipients);
}

/** A second mention of an event adds its evidence and fills what the first lacked. */
export function mergeInto(target: Draft, other: Draft): void {
  // "gave Kenya new loans" reads as the verb and again as the noun: one span of evidence
  for (const e of other.evidence) {
    if (!target.evidence.some((t) => t.start === e.start && t.end === e.end)) target.evidence.push(e);
  }
  target.date ??= other.date;
  target.location ??= other.location;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
