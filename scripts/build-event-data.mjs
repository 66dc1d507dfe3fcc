#!/usr/bin/env node
/**
 * Builds data/events/crosswalk.json and data/events/cameo-verbs.json from
 *   ../shared/data/plover/CAMEO2PLOVER-2021.txt   (PLOVER, CC BY-SA 4.0)
 *   ../shared/data/phoenix/CAMEO.2.0.txt          (PETRARCH-2 verb dictionary, MIT)
 * Only facts are carried over: which CAMEO code maps to which PLOVER type and
 * mode, and which verbs PETRARCH files under which CAMEO code. Usage:
 *   node scripts/build-event-data.mjs [SHARED_DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const shared = process.argv[2] ?? process.env.DOSSIER_SHARED ?? resolve(repo, '..', 'shared');
const out = (name, data) => writeFileSync(join(repo, 'data/events', name), `${JSON.stringify(data, null, 1)}\n`);

// ---- CAMEO → PLOVER crosswalk -------------------------------------------------
// Lines look like "0311: AGREE,  ,   economic # Express intent to cooperate economically".
const crosswalk = {};
for (const line of readFileSync(join(shared, 'data/plover/CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
  const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?(.*)$/.exec(line);
  if (!m) continue;
  const [, code, type, mode, context, label] = m;
  const entry = { type, label: label.trim() };
  const cleanMode = mode.trim();
  if (cleanMode) entry.mode = cleanMode;
  const cleanContext = context.trim().replace(/\s+/g, ' ');
  if (cleanContext) entry.context = cleanContext;
  crosswalk[code] ??= entry; // the file lists 175 twice with the same mapping
}
out('crosswalk.json', {
  source: 'CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8 (Open Event Data Alliance), CC BY-SA 4.0; built by scripts/build-event-data.mjs',
  note: 'CAMEO 01 (public statement) and 02 (appeal) are dropped by PLOVER and have no entry.',
  codes: crosswalk,
});

// ---- PETRARCH-2 verbs ------------------------------------------------------------
// Verb blocks start "---  NAME   [code]  ---"; verb lines are "VERB {IRREGULAR FORMS} [code]"
// or "+MULTI_WORD {…}". A verb without its own code takes the block's code.
// Pattern lines ("- * …") need a parser to use and are skipped.
const exclusions = new Set(JSON.parse(readFileSync(join(repo, 'data/events/cameo-verb-exclusions.json'), 'utf8')).verbs);
const lines = readFileSync(join(shared, 'data/phoenix/CAMEO.2.0.txt'), 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));
const verbs = {};
let blockCode = null;
for (const line of lines.slice(start + 1)) {
  const block = /^---\s+\S+\s+\[([^\]]*)\]/.exec(line);
  if (block) { blockCode = block[1]; continue; }
  if (!line.trim() || line.startsWith('#') || line.startsWith('-')) continue;
  const m = /^\s*\+?([A-Z][A-Z_-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
  if (!m) continue;
  const lemma = m[1].toLowerCase().replace(/_/g, ' ').trim();
  const code = (m[3] ?? blockCode ?? '---').split(':')[0].trim();
  if (!/^\d{3,4}$/.test(code) && !/^\d{2}$/.test(code)) continue;
  const plover = crosswalk[code.length === 2 ? `${code}0` : code];
  if (!plover) continue; // dropped by PLOVER (01x, 02x) or unknown
  if (exclusions.has(lemma) || exclusions.has(lemma.split(' ')[0])) continue;
  const forms = (m[2] ?? '').split(/\s+/).filter(Boolean)
    .map((f) => f.replace(/^\+/, '').toLowerCase().replace(/_/g, ' ').trim());
  const entry = { cameo: code.length === 2 ? `${code}0` : code };
  if (forms.length) entry.forms = forms;
  verbs[lemma] ??= entry;
}
out('cameo-verbs.json', {
  source: 'PETRARCH-2 CAMEO.2.0.txt verb dictionary (Open Event Data Alliance, MIT); single verbs and particle verbs with their CAMEO codes, filtered by data/events/cameo-verb-exclusions.json; built by scripts/build-event-data.mjs',
  verbs,
});
console.log(`crosswalk: ${Object.keys(crosswalk).length} codes; verbs: ${Object.keys(verbs).length}`);
