/**
 * Event rows in the two exchange formats event-data users expect: GDELT-like
 * tab-separated rows (CAMEO code, Goldstein scale, CAMEO actor codes) and
 * PLOVER JSON records (one per line, field names from the PLOVER
 * specification's "JSON Data Fields").
 */
import type { PloverType } from '../record/types.js';
import { readDataJson } from '../util/data.js';
import type { EntityRef, EventRow } from './types.js';

interface EventCodes {
  plover: Record<PloverType, { quad: number; cameo: string; goldstein: number }>;
  cameoQuad: Record<string, number>;
}

const CODES = readDataJson<EventCodes>('store/event-codes.json');

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'DATEADDED', 'SOURCEURL',
] as const;

/** The event's CAMEO code and Goldstein value: its own, else the default for its PLOVER type. */
export function cameoOf(event: EventRow): { cameo: string; goldstein: number } {
  const fallback = CODES.plover[event.type];
  return { cameo: event.cameo ?? fallback.cameo, goldstein: event.goldstein ?? fallback.goldstein };
}

/**
 * One GDELT-style row per event: the first actor as Actor1, the first
 * recipient as Actor2 (GDELT rows are dyadic; the other parties are in the
 * PLOVER and JSON Lines exports).
 */
export function gdeltRow(event: EventRow): string[] {
  const { cameo, goldstein } = cameoOf(event);
  const day = (event.date ?? event.day ?? '').replace(/-/g, '');
  const ymd = /^\d{8}/.test(day) ? day.slice(0, 8) : '';
  const root = cameo.slice(0, 2);
  return [
    String(event.id), ymd, ymd.slice(0, 6), ymd.slice(0, 4),
    ...gdeltActor(event.actors[0]), ...gdeltActor(event.recipients[0]),
    '1', cameo, cameo.slice(0, 3), root, String(CODES.cameoQuad[root] ?? ''), goldstein.toFixed(1),
    '1', '1', '1', event.location ?? '', event.locationCountry ?? '',
    (event.published ?? '').replace(/\D/g, '').slice(0, 14), event.url ?? `dossier:${event.articleId}`,
  ];
}

/** Actor code (country + sector, as CAMEO writes "GBRGOV"), name, country, type. */
function gdeltActor(actor: EntityRef | undefined): string[] {
  if (!actor) return ['', '', '', ''];
  const country = actor.country ?? '';
  const sector = actor.sector ?? '';
  return [`${country}${sector}`, actor.name.toUpperCase(), country, sector];
}

/** A PLOVER JSON event record. */
export function ploverRecord(event: EventRow): Record<string, unknown> {
  const { cameo, goldstein } = cameoOf(event);
  return {
    id: `dossier-${event.articleId}-${event.id}`,
    date: (event.date ?? event.day ?? '').slice(0, 10) || null,
    source: event.actors.map(ploverActor),
    recipient: event.recipients.map(ploverActor),
    event: [event.type],
    ...(event.mode && { mode: [event.mode] }),
    ...(event.location && { event_loc: { name: event.location, ...(event.locationCountry && { cc3: event.locationCountry }) } }),
    event_text: [event.evidence],
    quad_code: CODES.plover[event.type].quad,
    ...(event.auxiliary && { auxiliary: event.auxiliary }),
    cameo,
    goldstein,
    cite_info: {
      ...(event.url && { url: event.url }),
      ...(event.title && { title: event.title }),
      ...(event.source && { publication: event.source }),
      ...(event.published && { date: event.published }),
      citation: event.articleId,
    },
    coder: 'dossier',
  };
}

function ploverActor(actor: EntityRef): Record<string, string> {
  return {
    ...(actor.country && { code: actor.country }),
    ...(actor.sector && { sector: actor.sector }),
    actor_text: actor.name,
    ...(actor.wikidata && { identifier_id: actor.wikidata }),
    identifier_text: actor.name,
  };
}
