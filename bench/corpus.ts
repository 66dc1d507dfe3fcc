/**
 * A synthetic news corpus for benchmarks, written by this project (no third-party
 * text): reports with quotes over paragraphs, titles, figures and dates, in the
 * proportions of real wire copy. Deterministic for a given seed.
 *
 * Quotes come in two styles. 'varied' (the default) builds each quote from
 * clause banks, so almost every quote is new, and a quarter of them re-report
 * a recent quote word for word or cut short, as outlets covering one story do.
 * 'templated' draws every quote from under a hundred fixed texts: the worst case
 * for merging quotes across articles, kept as a separate bench scenario.
 *
 * Reports come in two lengths. 'news' runs as long as real news reports do:
 * about 580 words at the median and 750 on average, with a long tail (the
 * lengths of the 924 articles of seven US outlets in PolNeAR, ../shared),
 * and about as dense as real reports in what the store writes
 * (`npm run bench -- corpus` compares them): per thousand words, 800 of
 * these give 20.7 quotes, 8.7 figures, 5.0 dates, 11.3 events and 76 entity
 * mentions, where 800 PolNeAR training articles give 18.9, 6.2, 3.0, 8.9
 * and 95, both read by dossier's own analysis. Quotes, figures and dates
 * come out a little denser than real, mentions sparser. To get there, three
 * paragraphs in five are narrative (background without a quote, most
 * without a figure or a date). Before this calibration the reports carried
 * 35 quotes, 18 figures and 12 dates per thousand words. 'brief' is a
 * wire brief of 150-430 words, four in five paragraphs quoting: what the
 * tests use, where length does not matter, and what the ingest bench used
 * before it measured real lengths.
 */
import { seededRandom, type Rand } from './random.js';

const FIRST = ['Amara', 'Tom', 'Lucia', 'Henrik', 'Grace', 'Omar', 'Priya', 'Daniel', 'Sofia', 'Kwame', 'Ingrid', 'Mateo'];
const LAST = ['Okafor', 'Rees', 'Lindqvist', 'Patel', 'Moreau', 'Haddad', 'Novak', 'Brennan', 'Castillo', 'Mensah', 'Yamada', 'Fischer'];
const TITLES = ['Sir', 'Dr', 'Mr', 'Ms', 'Senator', 'Minister', 'President', 'Chancellor'];
const ROLES = ['the foreign minister', 'the opposition leader', 'a Treasury spokesman', 'the mayor', 'the party chairman', 'the defence secretary'];
const PLACES = ['France', 'Germany', 'Brazil', 'Japan', 'Canada', 'India', 'Kenya', 'Mexico', 'Turkey', 'Poland', 'Nigeria', 'Australia'];
const ORGS = ['the United Nations', 'the World Bank', 'the European Commission', 'the Labour Party', 'the Federal Reserve', 'Nato', 'the IMF'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'claimed', 'argued'];
const DAYS = ['on Monday', 'on Tuesday', 'last week', 'in March', 'last year', 'next month', 'over the weekend', 'in 2019'];
const TOPICS = ['trade', 'energy prices', 'the border dispute', 'migration', 'climate policy', 'interest rates', 'the peace talks'];

/** Clause banks for 'varied' quotes: {t} a topic, {p} a place, {d} a time, {n} a number, {l} a surname. */
const CLAIMS = [
  'We have made progress on {t}', 'Our position on {t} has not changed', '{p} cannot wait another year for a decision on {t}',
  'The figures on {t} speak for themselves', 'Nobody in {p} wants {t} to drag on into the new year',
  'I have spoken to families hit hardest by {t}', 'This is not the moment to walk away from {t}',
  'We were elected to fix {t}, and we will', 'The talks with {p} on {t} were frank and useful',
  'There is a deal to be done with {p} on {t}', 'Every week of delay on {t} costs {n} jobs', 'Voters in {p} will judge us on {t}',
  'Nobody should pretend {t} is simple', 'Our partners in {p} know where we stand on {t}', 'The plan for {t} is fully costed',
];
const FOLLOWS = [
  'but there is more to do', 'and we will say more {d}', 'whatever our critics say', 'and I make no apology for that',
  'and the numbers prove it', 'as I told colleagues {d}', 'and {p} has to understand that', 'long before the next election',
  'even if it takes {n} months', 'and that is what matters to people', 'and we expect the same of {p}', 'not in ten years but now',
];
const AFTERS = [
  'Mr. {l} and I agree on that.', '{p} will have to make its own choices.', 'The next {n} months will decide it.',
  'I expect an answer {d}.', 'Nobody in {p} wants this to drag on into the new year.', 'We owe it to the {n} families who wrote to us.',
  'Ms. {l} has been clear about the risks.', 'That is the test we set ourselves.',
];
/** Share of 'varied' quotes that repeat a recent quote (another outlet reporting the same words). */
const REPEAT_SHARE = 0.25;
/** How far back a repeat reaches, in quotes. */
const RECENT_QUOTES = 300;

export type QuoteStyle = 'varied' | 'templated';
export type ReportLength = 'news' | 'brief';

/** Body paragraphs of a 'news' report: log-normal, median e^MU, spread SIGMA (mean about a third above the median). */
const NEWS_MU = Math.log(19);
const NEWS_SIGMA = 0.75;
const NEWS_MAX_PARAGRAPHS = 250;
const NARRATIVE_SHARE = 0.6;

type Pick = <T>(xs: readonly T[]) => T;

/** Writes the corpus's two kinds of quote paragraph: a quote then its speaker, and a speaker then a quote. */
interface QuoteWriter {
  quoteFirst(): string;
  speakerFirst(): string;
}

export function generateCorpus(articles: number, seed = 42, quotes: QuoteStyle = 'varied', length: ReportLength = 'brief'): string[] {
  const rand = seededRandom(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const writer = quotes === 'varied' ? variedQuotes(rand, pick, person) : templatedQuotes(pick, person);
  const out: string[] = [];
  for (let a = 0; a < articles; a++) {
    const lead = `${pick(TITLES)} ${person()}`;
    const paragraphs: string[] = [
      `${lead} will meet leaders from ${pick(PLACES)} and ${pick(PLACES)} ${pick(DAYS)} to discuss ${pick(TOPICS)}, officials ${pick(VERBS)}.`,
      `The talks come after ${pick(ORGS)} warned that ${pick(TOPICS)} could cost ${pick(PLACES)} up to $${1 + Math.floor(rand() * 90)}bn, or ${(rand() * 9).toFixed(1)}% of its economy.`,
    ];
    const news = length === 'news';
    const body = news ? newsParagraphs(rand) : 6 + Math.floor(rand() * 10);
    for (let p = 0; p < body; p++) paragraphs.push(news && rand() < NARRATIVE_SHARE ? narrative(rand, pick) : paragraph(rand, pick, writer, news));
    out.push(paragraphs.join('\n\n'));
  }
  return out;
}

function paragraph(rand: Rand, pick: Pick, quotes: QuoteWriter, news: boolean): string {
  // In news reports: direct quotes in six of ten, against four in briefs, and the paragraph of figures half as often.
  const draw = news ? [0, 0, 0, 1, 1, 1, 2, 3, 3, 4][Math.floor(rand() * 10)] : Math.floor(rand() * 5);
  switch (draw) {
    case 0:
      return quotes.quoteFirst();
    case 1:
      return quotes.speakerFirst();
    case 2:
      return `Exports to ${pick(PLACES)} rose from £${1 + Math.floor(rand() * 40)}billion in 2016 to £${41 + Math.floor(rand() * 40)}billion ${pick(DAYS)}, according to ${pick(ORGS)}.`;
    case 3:
      return `Critics accused ${pick(PLACES)} of undermining ${pick(ORGS)} ${pick(DAYS)}, and the U.S. embassy in ${pick(PLACES)} said it was watching closely.`;
    default:
      return `Dr. ${pick(LAST)} ${pick(VERBS)} the government had ${['no plans', 'every intention', 'a duty'][Math.floor(rand() * 3)]} to act on ${pick(TOPICS)} before Sept. 11, when ${pick(ROLES)} is due to visit No 10.`;
  }
}

function newsParagraphs(rand: Rand): number {
  // Box-Muller: a normal draw from two uniform ones.
  const z = Math.sqrt(-2 * Math.log(rand() || Number.MIN_VALUE)) * Math.cos(2 * Math.PI * rand());
  return Math.max(4, Math.min(NEWS_MAX_PARAGRAPHS, Math.round(Math.exp(NEWS_MU + NEWS_SIGMA * z))));
}

/** Paragraphs that quote nobody: background, scene, figures without a source. */
function narrative(rand: Rand, pick: Pick): string {
  switch (Math.floor(rand() * 8)) {
    case 0:
      return `The meeting in ${pick(PLACES)} is the first since talks on ${pick(TOPICS)} broke down, and follows weeks of pressure from ${pick(ORGS)} and from businesses on both sides of the table.`;
    case 1:
      return `${pick(PLACES)} has spent ${2 + Math.floor(rand() * 30)}% more on ${pick(TOPICS)} since 2020, while its neighbours have cut back, and the gap has become a point of friction in every round of negotiations.`;
    case 2:
      return `Delegations from ${pick(PLACES)}, ${pick(PLACES)} and ${pick(PLACES)} arrived ${pick(DAYS)} for a summit expected to run for ${2 + Math.floor(rand() * 4)} days, with ${pick(TOPICS)} and ${pick(TOPICS)} at the top of the agenda.`;
    case 3:
      return `Officials in ${pick(PLACES)} have spent months preparing the ground for the talks, and diplomats describe the mood in both delegations as cautious but constructive, with neither side keen to be blamed for a breakdown.`;
    case 4:
      return `The dispute over ${pick(TOPICS)} has divided opinion inside ${pick(ORGS)}, where one camp wants patience and the other a firmer line against governments slow to act on their promises.`;
    case 5:
      return `Business groups in ${pick(PLACES)} have lobbied hard for a settlement, as uncertainty over ${pick(TOPICS)} weighs on investment decisions and on hiring in the regions that depend most on exports.`;
    case 6:
      return `The opening session will be dominated by ${pick(TOPICS)}, while the harder questions of ${pick(TOPICS)} are left to working groups of officials who will report back to ministers before any final text is agreed.`;
    default:
      return `Opposition parties in ${pick(PLACES)} have seized on the issue, and the government's handling of ${pick(TOPICS)} has become a test of its authority at home as much as of its standing abroad.`;
  }
}

/** The corpus's original quotes: under a hundred texts in all, whoever says them (same draws, same text as before 'varied'). */
function templatedQuotes(pick: Pick, person: () => string): QuoteWriter {
  return {
    quoteFirst: () => `“We have made progress on ${pick(TOPICS)}, but there is more to do. Mr. ${pick(LAST)} and I agree on that,” ${pick(ROLES)} ${pick(VERBS)}.`,
    speakerFirst: () => `${person()}, who chairs the committee, ${pick(VERBS)}: “Nobody in ${pick(PLACES)} wants this to drag on into the new year.`,
  };
}

interface Said {
  /** The quote's first sentence, and what follows it (maybe nothing). */
  first: string;
  rest: string;
  speaker: string;
}

/**
 * New quotes from the clause banks, or now and then a recent one again by
 * the same speaker: whole after its speaker, or its first sentence alone
 * (a shorter report of the same words) in a paragraph that opens a quote.
 */
function variedQuotes(rand: Rand, pick: Pick, person: () => string): QuoteWriter {
  const recent: Said[] = [];
  const fill = (clause: string) => clause
    .replace('{t}', pick(TOPICS)).replace('{p}', pick(PLACES)).replace('{d}', pick(DAYS))
    .replace('{n}', String(2 + Math.floor(rand() * 400))).replace('{l}', pick(LAST));
  const said = (speaker: () => string): Said => {
    if (recent.length > 0 && rand() < REPEAT_SHARE) return recent[Math.floor(rand() * recent.length)]!;
    const q = { first: `${fill(pick(CLAIMS))}, ${fill(pick(FOLLOWS))}.`, rest: rand() < 0.6 ? fill(pick(AFTERS)) : '', speaker: speaker() };
    recent.push(q);
    if (recent.length > RECENT_QUOTES) recent.shift();
    return q;
  };
  return {
    quoteFirst: () => {
      const q = said(() => pick(ROLES));
      const words = q.rest ? `${q.first} ${q.rest}` : q.first;
      return `“${words.slice(0, -1)},” ${q.speaker} ${pick(VERBS)}.`;
    },
    speakerFirst: () => {
      const q = said(person);
      return `${q.speaker}, who chairs the committee, ${pick(VERBS)}: “${q.first}`;
    },
  };
}
