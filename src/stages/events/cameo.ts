/**
 * CAMEO export: every event keeps the CAMEO code of the pattern that found
 * it (or of its PLOVER type), and the Goldstein score of that code.
 */
import { readDataJson } from '../../util/data.js';
import type { PloverType } from '../../record/types.js';

const goldsteinFile = readDataJson<{ codes: Record<string, number> }>('events/goldstein.json');
const GOLDSTEIN = new Map(Object.entries(goldsteinFile.codes));

/** The CAMEO code exported for a PLOVER type when no pattern gave a finer one. */
const TYPE_CODE: Record<PloverType, string> = {
  AGREE: '030', CONSULT: '040', SUPPORT: '050', CONCEDE: '080', COOPERATE: '060', AID: '070',
  RETREAT: '084', REQUEST: '100', ACCUSE: '112', REJECT: '120', THREATEN: '130', PROTEST: '140',
  SANCTION: '160', MOBILIZE: '150', COERCE: '170', ASSAULT: '190',
};

export function typeCode(type: PloverType): string {
  return TYPE_CODE[type];
}

/** Goldstein score of a CAMEO code, falling back to its two-digit root. */
export function goldstein(code: string): number | undefined {
  return GOLDSTEIN.get(code) ?? GOLDSTEIN.get(code.slice(0, 2));
}

/**
 * PLOVER: future CONSULT, SUPPORT, COOPERATE and AID are AGREE (an intent);
 * a future RETREAT is CONCEDE; a vowed attack or coercion is THREATEN.
 * Returns the new type and CAMEO code, or null when the type stands.
 */
export function futureType(type: PloverType, code: string): { type: PloverType; cameo: string; mode?: string } | null {
  switch (type) {
    case 'CONSULT': return { type: 'AGREE', cameo: '036' };
    case 'SUPPORT': return { type: 'AGREE', cameo: code.startsWith('057') ? '030' : '032' };
    case 'COOPERATE': return { type: 'AGREE', cameo: '031' };
    case 'AID': return { type: 'AGREE', cameo: '033' };
    case 'RETREAT': return { type: 'CONCEDE', cameo: '080' };
    case 'ASSAULT': return { type: 'THREATEN', cameo: '138', mode: 'violence' };
    case 'COERCE': return { type: 'THREATEN', cameo: '131', mode: 'restrict' };
    case 'PROTEST': return { type: 'THREATEN', cameo: '133', mode: 'relations' };
    default: return null;
  }
}

/** The mode a REQUEST or REJECT takes from what is asked for or refused. */
export function requestMode(embedded: PloverType): string {
  switch (embedded) {
    case 'CONSULT': case 'AGREE': return 'meet';
    case 'AID': case 'COOPERATE': case 'SUPPORT': return 'assist';
    case 'RETREAT': case 'CONCEDE': return 'yield';
    default: return 'change';
  }
}

/** The mode of a THREATEN from the content of the threat. */
export function threatMode(embedded: PloverType, embeddedMode?: string): string | undefined {
  switch (embedded) {
    case 'ASSAULT': case 'MOBILIZE': return 'violence';
    case 'COERCE': return embeddedMode === 'arrest' ? 'arrest' : embeddedMode === 'seize' ? 'territory' : 'restrict';
    case 'SANCTION': return embeddedMode === 'expel' ? 'expel' : 'relations';
    default: return undefined;
  }
}
