/**
 * Synthetic DossierRecords for the store benchmark, generated directly (no
 * pipeline run) so 100k of them take seconds. Sizes follow wire copy: ~550
 * words, ~10 entities with ~30 mentions, 4 quotes (a third of them repeats
 * of another outlet's quote, some cut short), 3 events, 4 figures, 4 times.
 * Popularity is skewed (a few people, countries and words are everywhere) as
 * in real news. All names and words are made up here. Deterministic per seed.
 */
import { articleId } from '../src/record/to-record.js';
import {
  PLOVER_TYPES, RECORD_SCHEMA, type DossierRecord, type Entity, type Event, type Quote,
} from '../src/record/types.js';
import { seededRandom, type Rand } from './random.js';

const FIRST = ['Amara', 'Tom', 'Lucia', 'Henrik', 'Grace', 'Omar', 'Priya', 'Daniel', 'Sofia', 'Kwame', 'Ingrid', 'Mateo', 'Yusuf',
  'Hana', 'Pavel', 'Chloe', 'Ravi', 'Elena', 'Jonas', 'Fatima', 'Liam', 'Mei', 'Oskar', 'Aisha', 'Bruno', 'Nadia', 'Felix', 'Zara',
  'Hugo', 'Leila', 'Marco', 'Anya', 'Samuel', 'Ines', 'Viktor', 'Rosa', 'Kenji', 'Clara', 'Tariq', 'Maeve'];
const LAST = ['Okafor', 'Rees', 'Lindqvist', 'Patel', 'Moreau', 'Haddad', 'Novak', 'Brennan', 'Castillo', 'Mensah', 'Yamada',
  'Fischer', 'Kowalski', 'Duarte', 'Nakamura', 'Osei', 'Larsen', 'Romero', 'Petrov', 'Quinn', 'Abara', 'Sato', 'Keller', 'Walsh',
  'Ibrahim', 'Costa', 'Horvat', 'Lund', 'Mbeki', 'Rossi', 'Tanaka', 'Vidal', 'Weber', 'Zhou', 'Adeyemi', 'Berg', 'Cruz', 'Dahl',
  'Eze', 'Fontaine', 'Gallo', 'Hayes', 'Iqbal', 'Jensen', 'Kim', 'Lopez', 'Murphy', 'Nkosi', 'Olsen', 'Price'];
/** Made-up country names with made-up three-letter codes (not ISO: this is load, not geography). */
const COUNTRY_COUNT = 60;
const ORG_KINDS = ['Ministry of Trade', 'Central Bank', 'Defence Ministry', 'Workers Party', 'National Assembly', 'Energy Agency',
  'Supreme Court', 'Port Authority', 'Health Service', 'Foreign Office'];
const SECTORS = ['GOV', 'GOV', 'GOV', 'MIL', 'OPP', 'BUS', 'MED', 'CVL', 'JUD', 'LEG'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'insisted', 'argued', 'wrote'];
const COMMON = ('the of and to a in that is for on with as was at by it from be has have said are this will not which but an ' +
  'or its after also more their been were would new than first two last year who one government minister people over talks ' +
  'about could into when up out because officials week told while other since before under deal plan economy state country').split(' ');
const SYLLABLES = ['ka', 'ren', 'tol', 'mi', 'sa', 'dor', 'vel', 'pra', 'gun', 'li', 'mos', 'ter', 'ba', 'nic', 'lo', 'fen', 'ra',
  'sto', 'qui', 'del', 'an', 'ex', 'or', 'um', 'ti', 'mat', 'ic', 'al', 'ven', 'por'];
const RARE_PHRASE = 'pragmatic relationship';


export interface SyntheticWorld {
  people: Entity[];
  orgs: Entity[];
  countries: Entity[];
  words: string[];
}

/** An index in [0, n) skewed towards 0 (log-uniform, close to Zipf for ranks). */
function skewed(rand: Rand, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);
}

export function buildWorld(seed = 7): SyntheticWorld {
  const rand = seededRandom(seed);
  const countries: Entity[] = [];
  for (let i = 0; i < COUNTRY_COUNT; i++) {
    const name = `${cap(word(rand, 2))}${i % 3 === 0 ? 'ia' : i % 3 === 1 ? 'stan' : 'land'}`;
    const code = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}X`;
    countries.push({ id: '', name, type: 'GPE', country: code, wikidata: `Q${8_000_000 + i}`, mentions: [] });
  }
  const people: Entity[] = [];
  for (let f = 0; f < FIRST.length; f++) {
    for (let l = 0; l < LAST.length; l++) {
      const i = people.length;
      const linked = i % 5 < 3; // three in five linked to the KB, the rest by name only
      people.push({ id: '', name: `${FIRST[f]} ${LAST[(l + f) % LAST.length]}`, type: 'PERSON', country: countries[skewed(rand, COUNTRY_COUNT)]!.country,
        sector: SECTORS[i % SECTORS.length], ...(linked && { wikidata: `Q${9_000_000 + i}` }), mentions: [] });
    }
  }
  const orgs: Entity[] = countries.flatMap((c, ci) => ORG_KINDS.map((kind, k): Entity => ({
    id: '', name: `${c.name} ${kind}`, type: 'ORG', country: c.country, sector: SECTORS[k % SECTORS.length],
    ...((ci + k) % 2 === 0 && { kbId: `org:${c.country}-${k}` }), mentions: [],
  })));
  const words: string[] = [...COMMON];
  while (words.length < 30_000) words.push(word(rand, 1 + Math.floor(rand() * 3)));
  return { people, orgs, countries, words };
}

/** Builds text piece by piece, remembering where each named thing landed. */
class TextBuilder {
  text = '';
  add(piece: string): { start: number; end: number; text: string } {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length, text: piece };
  }
}

export class RecordGenerator {
  private readonly rand: Rand;
  /** Recent quotes other outlets may repeat: [speaker index, words]. */
  private readonly recentQuotes: [number, string][] = [];
  private readonly startDay = Date.UTC(2023, 0, 1);

  constructor(private readonly world: SyntheticWorld, seed = 11) {
    this.rand = seededRandom(seed);
  }

  next(n: number): DossierRecord {
    const { rand } = this;
    const published = new Date(this.startDay + Math.floor((n / 140) * 86_400_000) + Math.floor(rand() * 86_400_000))
      .toISOString().slice(0, 10);
    const cast = this.pickCast();
    const mentions = new Map<number, Entity['mentions']>(cast.map((_, i) => [i, []]));
    const b = new TextBuilder();
    const mention = (i: number, short = false) => {
      const e = cast[i]!;
      const name = short && e.type === 'PERSON' ? e.name.split(' ')[1]! : e.name;
      mentions.get(i)!.push({ ...b.add(name), kind: 'name' });
    };
    const quotes: Quote[] = [];
    const events: Event[] = [];
    const amounts: DossierRecord['amounts'] = [];
    const times: DossierRecord['times'] = [];
    const title = `${cast[0]!.name} ${this.filler(4)}`;
    const paragraphs = 7 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0) b.add('\n\n');
      const sentences = 2 + Math.floor(rand() * 3);
      for (let s = 0; s < sentences; s++) {
        if (s > 0) b.add(' ');
        const roll = rand();
        if (roll < 0.2 && quotes.length < 6) quotes.push(this.quoteSentence(b, cast, mention));
        else if (roll < 0.33 && events.length < 5) events.push(this.eventSentence(b, cast, mention, published, times));
        else if (roll < 0.45 && amounts.length < 6) this.amountSentence(b, cast, mention, amounts);
        else this.plainSentence(b, cast, mention, n);
      }
    }
    const entities = cast.map((e, i): Entity => ({ ...e, id: `e${i + 1}`, mentions: mentions.get(i)! }))
      .filter((e) => e.mentions.length > 0);
    const kept = new Set(entities.map((e) => e.id));
    return {
      schema: RECORD_SCHEMA,
      article: { id: articleId(b.text), title, published, source: `Outlet ${1 + skewed(rand, 40)}`,
        ...(n % 3 !== 0 && { url: `https://news${n % 40}.example/${published}/${n}` }), text: b.text },
      entities,
      quotes: quotes.map((q) => (q.speaker && !kept.has(q.speaker) ? { ...q, speaker: null } : q)),
      events: events.map((e) => ({ ...e, actors: e.actors.filter((a) => kept.has(a)), recipients: e.recipients.filter((r) => kept.has(r)) })),
      amounts,
      times,
    };
  }

  /** 8–14 entities: two or three people, orgs and countries, popular ones more often. */
  private pickCast(): Entity[] {
    const { rand, world } = this;
    const cast = new Set<Entity>();
    const size = 8 + Math.floor(rand() * 7);
    while (cast.size < size) {
      const r = rand();
      if (r < 0.4) cast.add(world.people[skewed(rand, world.people.length)]!);
      else if (r < 0.7) cast.add(world.countries[skewed(rand, world.countries.length)]!);
      else cast.add(world.orgs[skewed(rand, world.orgs.length)]!);
    }
    // The lead is a person.
    return [...cast].sort((a, b) => (a.type === 'PERSON' ? -1 : 0) - (b.type === 'PERSON' ? -1 : 0));
  }

  private filler(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.world.words[skewed(this.rand, this.world.words.length)]!);
    return out.join(' ');
  }

  private plainSentence(b: TextBuilder, cast: Entity[], mention: (i: number, short?: boolean) => void, n: number): void {
    b.add(cap(this.filler(3 + Math.floor(this.rand() * 6))) + ' ');
    mention(Math.floor(this.rand() * cast.length), this.rand() < 0.5);
    b.add(` ${this.filler(6 + Math.floor(this.rand() * 10))}`);
    if (n % 97 === 0 && this.rand() < 0.1) b.add(` a ${RARE_PHRASE} with`);
    if (this.rand() < 0.4) {
      b.add(' ');
      mention(Math.floor(this.rand() * cast.length));
    }
    b.add(` ${this.filler(2 + Math.floor(this.rand() * 5))}.`);
  }

  private quoteSentence(b: TextBuilder, cast: Entity[], mention: (i: number, short?: boolean) => void): Quote {
    const { rand, world } = this;
    const people = cast.flatMap((e, i) => (e.type === 'PERSON' ? [i] : []));
    let speaker = people.length ? people[Math.floor(rand() * people.length)]! : -1;
    let words: string;
    if (this.recentQuotes.length > 0 && rand() < 0.33) {
      // Another outlet's quote again, sometimes cut short.
      const [worldIndex, text] = this.recentQuotes[Math.floor(rand() * this.recentQuotes.length)]!;
      speaker = cast.indexOf(world.people[worldIndex]!);
      const all = text.split(' ');
      words = rand() < 0.4 ? all.slice(0, Math.max(6, Math.floor(all.length * 0.6))).join(' ') : text;
    } else {
      words = this.filler(15 + Math.floor(rand() * 25));
      if (speaker >= 0) this.recentQuotes.push([world.people.indexOf(cast[speaker]!), words]);
      if (this.recentQuotes.length > 400) this.recentQuotes.shift();
    }
    b.add('“');
    const start = b.text.length;
    b.add(cap(words));
    const country = cast.findIndex((e) => e.type === 'GPE');
    if (country >= 0 && rand() < 0.5) {
      b.add(' in ');
      mention(country); // what the quote is about
    }
    const content = { start, end: b.text.length, text: b.text.slice(start) };
    b.add(',” ');
    let source;
    if (speaker >= 0) {
      const at = b.text.length;
      mention(speaker, rand() < 0.5);
      source = { start: at, end: b.text.length, text: b.text.slice(at) };
      b.add(' ');
    } else b.add('an official ');
    const cue = b.add(CUES[Math.floor(rand() * CUES.length)]!);
    b.add('.');
    return { kind: 'direct', speaker: speaker >= 0 ? `e${speaker + 1}` : null, ...(source && { source }), cue, content: [content] };
  }

  private eventSentence(b: TextBuilder, cast: Entity[], mention: (i: number) => void, published: string,
    times: DossierRecord['times']): Event {
    const { rand } = this;
    const actor = Math.floor(rand() * cast.length);
    let recipient = Math.floor(rand() * cast.length);
    if (recipient === actor) recipient = (recipient + 1) % cast.length;
    const type = PLOVER_TYPES[skewed(rand, PLOVER_TYPES.length)]!;
    mention(actor);
    const verb = b.add(` ${type.toLowerCase()}ed`);
    verb.start += 1;
    verb.text = verb.text.slice(1);
    b.add(' ');
    mention(recipient);
    b.add(' ');
    const time = b.add('on Tuesday');
    times.push({ span: time, value: published, grain: 'day' });
    b.add(`, ${this.filler(4)}.`);
    return { type, actors: [`e${actor + 1}`], recipients: [`e${recipient + 1}`], date: published, evidence: [verb],
      ...(rand() < 0.5 && { cameo: `0${1 + Math.floor(rand() * 9)}0`, goldstein: Math.round((rand() * 20 - 10) * 10) / 10 }) };
  }

  private amountSentence(b: TextBuilder, cast: Entity[], mention: (i: number) => void, amounts: DossierRecord['amounts']): void {
    const { rand } = this;
    mention(Math.floor(rand() * cast.length));
    b.add(` ${this.filler(3)} `);
    const value = Math.round(rand() * 900 + 1);
    const unit = ['USD', 'GBP', 'EUR', '%', 'count'][Math.floor(rand() * 5)]!;
    const text = unit === '%' ? `${value / 10}%` : unit === 'count' ? `${value} people` : `${unit === 'USD' ? '$' : unit === 'GBP' ? '£' : '€'}${value}m`;
    const span = b.add(text);
    amounts.push({ value: unit === '%' ? value / 10 : unit === 'count' ? value : value * 1e6, unit, span, object: this.filler(3) });
    b.add(` ${this.filler(5)}.`);
  }
}

function word(rand: Rand, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables + 1; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
