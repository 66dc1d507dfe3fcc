import { readDataJson } from '../../util/data.js';

interface AbbreviationData {
  capitalised: string[];
  anyCase: string[];
  beforeNumber: string[];
  sentenceStarters: string[];
}

const data = readDataJson<AbbreviationData>('segment/abbreviations.json');
const capitalised = new Set(data.capitalised);
const anyCase = new Set(data.anyCase);
const beforeNumber = new Set(data.beforeNumber);
const sentenceStarters = new Set(data.sentenceStarters);

/** Is `word` (without its period) an abbreviation that keeps the sentence going? */
export function isAbbreviation(word: string, nextIsNumber: boolean): boolean {
  const lower = word.toLowerCase();
  if (anyCase.has(lower)) return true;
  const code = word.charCodeAt(0);
  const isCapital = code >= 65 && code <= 90;
  if (isCapital && capitalised.has(lower)) return true;
  return nextIsNumber && beforeNumber.has(lower);
}

export function isSentenceStarter(word: string): boolean {
  return sentenceStarters.has(word.toLowerCase());
}
