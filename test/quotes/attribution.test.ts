import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteKind } from '../../src/record/types.js';
import { quotesOf, quoteStarting, speakerMentions, type FixtureEntities } from './helpers.js';

/**
 * Attribution cases written for dossier: one construction each. A case names
 * the quote by the start of its content and lists what must hold for it.
 */
interface Expect {
  /** The first content span starts with this. */
  content: string;
  /** Every content span, in full, when given. */
  contents?: string[];
  kind?: QuoteKind;
  source?: string | null;
  cue?: string | null;
  /** Fixture entity id of the speaker. */
  speaker?: string | null;
  /** For speakers the stage creates: a mention text of that entity. */
  speakerText?: string;
  addressee?: string | null;
}

interface Case {
  name: string;
  text: string;
  entities?: FixtureEntities;
  quotes: Expect[];
  /** Exact number of quotes, when the case is about what is NOT a quote. */
  count?: number;
}

const KEIR: FixtureEntities = {
  keir: { type: 'PERSON', mentions: ['Sir Keir Starmer', 'Sir Keir', 'the Labour leader', 'The Prime Minister'] },
};

const CASES: Case[] = [
  {
    name: 'colon introduction',
    text: 'Sir Keir said: “We will not be rushed into a bad deal.”',
    entities: KEIR,
    quotes: [{ content: '“We will not be rushed into a bad deal.”', kind: 'direct', source: 'Sir Keir', cue: 'said:', speaker: 'keir' }],
  },
  {
    name: 'inverted order after the quote',
    text: '“The figures speak for themselves,” said Mr Okafor.',
    entities: { okafor: { type: 'PERSON', mentions: ['Mr Okafor'] } },
    quotes: [{ content: '“The figures speak for themselves,”', kind: 'direct', source: 'Mr Okafor', cue: 'said', speaker: 'okafor' }],
  },
  {
    name: 'speaker then verb after the quote',
    text: '“We have done nothing wrong,” Ms Lindqvist said.',
    entities: { lindqvist: { type: 'PERSON', mentions: ['Ms Lindqvist'] } },
    quotes: [{ content: '“We have done nothing wrong,”', source: 'Ms Lindqvist', cue: 'said', speaker: 'lindqvist' }],
  },
  {
    name: 'pronoun speaker continues the last speaker',
    text: 'Mayor Ruth Adeyemi said: “The bridge will reopen in May.”\n“Nobody wants another winter of delays,” she added.',
    entities: { adeyemi: { type: 'PERSON', mentions: ['Mayor Ruth Adeyemi'] } },
    quotes: [
      { content: '“The bridge will reopen', speaker: 'adeyemi' },
      { content: '“Nobody wants another winter', source: 'she', cue: 'added', speaker: 'adeyemi' },
    ],
  },
  {
    name: 'multi-paragraph quote: each paragraph opens, only the last closes',
    text: 'The Chancellor said: “This is a budget for growth.\n“It puts money back in the pockets of working families.\n“And it will be paid for in full.”\nThe opposition was unimpressed.',
    entities: { chancellor: { type: 'PERSON', mentions: ['The Chancellor'] } },
    quotes: [{
      content: '“This is a budget for growth.',
      contents: ['“This is a budget for growth.', '“It puts money back in the pockets of working families.', '“And it will be paid for in full.”'],
      kind: 'direct', speaker: 'chancellor',
    }],
  },
  {
    name: 'colon at the end of the previous paragraph',
    text: 'Asked about the strike, the union leader Dana Whitfield said:\n“Our members have been left with no choice.”',
    entities: { whitfield: { type: 'PERSON', mentions: ['Dana Whitfield'] } },
    quotes: [{ content: '“Our members have been left with no choice.”', cue: 'said:', speaker: 'whitfield' }],
  },
  {
    name: 'dash attribution with a hyphen',
    text: '“Never waste a good crisis.” - Tomas Varga',
    entities: { varga: { type: 'PERSON', mentions: ['Tomas Varga'] } },
    quotes: [{ content: '“Never waste a good crisis.”', source: 'Tomas Varga', cue: '-', speaker: 'varga' }],
  },
  {
    name: 'dash attribution with an em dash',
    text: '“Democracy dies in darkness and in committee rooms.” — Ines Moreau',
    quotes: [{ content: '“Democracy dies', source: 'Ines Moreau', speakerText: 'Ines Moreau' }],
  },
  {
    name: 'dash attribution with a horizontal bar',
    text: '“Leave the light on for me.” ― Nadia Petrov, in her last letter',
    quotes: [{ content: '“Leave the light on for me.”', source: 'Nadia Petrov', cue: '―' }],
  },
  {
    name: 'relative clause between speaker and verb',
    text: 'Sir Vince Cable, who replaced Tim Farron in July, said: “We are the party of Remain.”',
    entities: { cable: { type: 'PERSON', mentions: ['Sir Vince Cable'] }, farron: { type: 'PERSON', mentions: ['Tim Farron'] } },
    quotes: [{ content: '“We are the party of Remain.”', cue: 'said:', speaker: 'cable' }],
  },
  {
    name: 'apposition after an inverted speaker',
    text: '“It is a dark day for the town,” said Gwen Price, the council leader.',
    entities: { price: { type: 'PERSON', mentions: ['Gwen Price'] } },
    quotes: [{ content: '“It is a dark day for the town,”', source: 'Gwen Price, the council leader', speaker: 'price' }],
  },
  {
    name: 'quote split by the attribution, sentence break',
    text: '“I have no regrets,” the coach said. “We played the better football.”',
    entities: { coach: { type: 'PERSON', mentions: ['the coach'] } },
    count: 1,
    quotes: [{ content: '“I have no regrets,”', contents: ['“I have no regrets,”', '“We played the better football.”'], speaker: 'coach' }],
  },
  {
    name: 'quote split by the attribution, comma',
    text: '“The money is there,” she insisted, “but nobody will sign the cheque.”',
    count: 1,
    quotes: [{ content: '“The money is there,”', contents: ['“The money is there,”', '“but nobody will sign the cheque.”'], cue: 'insisted' }],
  },
  {
    name: 'floating quote paragraph continues the last speaker',
    text: 'Mr Haddad told the inquiry: “I raised the alarm twice.”\n“Nobody listened to me.”',
    entities: { haddad: { type: 'PERSON', mentions: ['Mr Haddad'] } },
    quotes: [
      { content: '“I raised the alarm twice.”', speaker: 'haddad' },
      { content: '“Nobody listened to me.”', speaker: 'haddad', cue: null },
    ],
  },
  {
    name: 'addressee: told the Daily Express',
    text: 'Former minister Alan Pike told the Daily Express: “The deal is dead in the water.”',
    entities: { pike: { type: 'PERSON', mentions: ['Alan Pike'] }, express: { type: 'ORG', mentions: ['Daily Express'] } },
    quotes: [{ content: '“The deal is dead', source: 'Former minister Alan Pike', cue: 'told', speaker: 'pike', addressee: 'express' }],
  },
  {
    name: "addressee: told BBC Radio 4's Today programme",
    text: "The Health Secretary told BBC Radio 4's Today programme: “Waiting lists are coming down.”",
    entities: { hs: { type: 'PERSON', mentions: ['The Health Secretary'] }, today: { type: 'ORG', mentions: ["BBC Radio 4's Today programme"] } },
    quotes: [{ content: '“Waiting lists are coming down.”', speaker: 'hs', addressee: 'today' }],
  },
  {
    name: 'straight double quotes',
    text: '"We expect a full recovery," said Dr Ama Owusu.',
    entities: { owusu: { type: 'PERSON', mentions: ['Dr Ama Owusu'] } },
    quotes: [{ content: '"We expect a full recovery,"', speaker: 'owusu' }],
  },
  {
    name: 'single quotes as the main style (BBC)',
    text: "The governor said: ‘We will not be raising rates this month.’",
    entities: { gov: { type: 'PERSON', mentions: ['The governor'] } },
    quotes: [{ content: '‘We will not be raising rates this month.’', speaker: 'gov' }],
  },
  {
    name: "TeX-style ``quotes''",
    text: "``The market has spoken,'' said Lena Brandt.",
    entities: { brandt: { type: 'PERSON', mentions: ['Lena Brandt'] } },
    quotes: [{ content: "``The market has spoken,''", speaker: 'brandt' }],
  },
  {
    name: "newspaper archive ''quotes'' on both sides",
    text: "''We are not going anywhere,'' Mr. Castillo said.",
    entities: { castillo: { type: 'PERSON', mentions: ['Mr. Castillo'] } },
    quotes: [{ content: "''We are not going anywhere,''", source: 'Mr. Castillo', speaker: 'castillo' }],
  },
  {
    name: "archive ''quotes'' with a 'quote' inside, closed by '''",
    text: "''They tell us each spring, 'The river is safe,''' Ms. Okafor said.",
    entities: { okafor: { type: 'PERSON', mentions: ['Ms. Okafor'] } },
    quotes: [{ content: "''They tell us each spring, 'The river is safe,'''", source: 'Ms. Okafor', speaker: 'okafor' }],
  },
  {
    name: 'a name right before a colon that opens the quote',
    text: 'The result did not surprise the pollster Dana Shore: “Late deciders always break for the challenger.”',
    entities: { shore: { type: 'PERSON', mentions: ['Dana Shore'] } },
    quotes: [{ content: '“Late deciders always break for the challenger.”', kind: 'direct', source: 'the pollster Dana Shore', cue: ':', speaker: 'shore' }],
  },
  {
    name: 'names joined before a colon, after "More from"',
    text: 'More from Lena Ortiz and Sam Reed: “Our data show a clear shift among older voters.”',
    entities: { ortiz: { type: 'PERSON', mentions: ['Lena Ortiz'] }, reed: { type: 'PERSON', mentions: ['Sam Reed'] } },
    quotes: [{ content: '“Our data show a clear shift', source: 'Lena Ortiz and Sam Reed', cue: ':' }],
  },
  {
    name: 'a name after "to" before a colon is no speaker',
    text: 'The board sent a short message to Congress: “Fund the program this year or close it for good.”',
    count: 0,
    quotes: [],
  },
  {
    name: 'a verb and a participle after it report once, through the participle',
    text: 'The union leader, Ama Boateng, hit back, claiming the board had lost control of the budget.',
    entities: { boateng: { type: 'PERSON', mentions: ['Ama Boateng'] } },
    count: 1,
    quotes: [{ content: 'the board had lost control of the budget', cue: 'claiming', speaker: 'boateng' }],
  },
  {
    name: 'two addressees joined by "and" are both told',
    text: 'The ministry urged the employers and the union to reach a deal before the weekend.',
    quotes: [{ content: 'to reach a deal before the weekend', cue: 'urged', speakerText: 'The ministry' }],
  },
  {
    name: 'a second verb after the addressee is no content',
    text: 'The mayor urged the council and warned that the bridge would close.',
    count: 1,
    quotes: [{ content: 'that the bridge would close', cue: 'warned', speakerText: 'The mayor' }],
  },
  {
    name: 'wrote on X',
    text: 'The senator wrote on X: “Today the chamber failed the people it serves.”',
    quotes: [{ content: '“Today the chamber failed', cue: 'wrote on X:', speakerText: 'The senator' }],
  },
  {
    name: 'said in a statement',
    text: 'The company said in a statement: “We apologise unreservedly to our customers.”',
    entities: { co: { type: 'ORG', mentions: ['The company'] } },
    quotes: [{ content: '“We apologise', cue: 'said in a statement:', speaker: 'co' }],
  },
  {
    name: 'hit back',
    text: 'Ms Carver hit back: “These claims are false and they know it.”',
    entities: { carver: { type: 'PERSON', mentions: ['Ms Carver'] } },
    quotes: [{ content: '“These claims are false', cue: 'hit back:', speaker: 'carver' }],
  },
  {
    name: 'tabloid verb: fumed',
    text: '“This is daylight robbery,” fumed one shopkeeper.',
    quotes: [{ content: '“This is daylight robbery,”', cue: 'fumed', source: 'one shopkeeper', speakerText: 'one shopkeeper' }],
  },
  {
    name: 'tabloid verb: slammed',
    text: 'Labour slammed the plans: “It is a tax on aspiration.”',
    entities: { labour: { type: 'ORG', mentions: ['Labour'] } },
    quotes: [{ content: '“It is a tax on aspiration.”', speaker: 'labour' }],
  },
  {
    name: 'tabloid verb: blasted, inverted',
    text: '“Utterly shameful,” blasted campaigner Rosa Lind.',
    entities: { lind: { type: 'PERSON', mentions: ['Rosa Lind'] } },
    quotes: [{ content: '“Utterly shameful,”', cue: 'blasted', speaker: 'lind' }],
  },
  {
    name: 'vowed',
    text: 'The striker vowed: “I will be back stronger next season.”',
    quotes: [{ content: '“I will be back stronger', cue: 'vowed:' }],
  },
  {
    name: 'admitted',
    text: '“I got it wrong,” the minister admitted.',
    quotes: [{ content: '“I got it wrong,”', cue: 'admitted', source: 'the minister' }],
  },
  {
    name: 'a spokesman speaks for the organisation named in the phrase',
    text: 'A Treasury spokesman said: “We do not comment on speculation.”',
    entities: { treasury: { type: 'ORG', mentions: ['Treasury'] } },
    quotes: [{ content: '“We do not comment', source: 'A Treasury spokesman', speaker: 'treasury' }],
  },
  {
    name: 'a spokesman with no entity becomes an entity of its own',
    text: 'A Treasury spokesman said: “We do not comment on speculation.”',
    quotes: [{ content: '“We do not comment', speakerText: 'A Treasury spokesman' }],
  },
  {
    name: 'organisation as speaker: Downing Street',
    text: 'Downing Street said the Prime Minister had full confidence in the Home Secretary.',
    entities: { no10: { type: 'ORG', mentions: ['Downing Street'] } },
    quotes: [{ content: 'the Prime Minister had full confidence in the Home Secretary', kind: 'indirect', speaker: 'no10', cue: 'said' }],
  },
  {
    name: 'mixed quote: speaker, verb, clause with a quoted fragment',
    text: 'No 10 insisted Sir Keir “will stand firm on the issue of steel tariffs”.',
    entities: { no10: { type: 'ORG', mentions: ['No 10'] }, ...KEIR },
    quotes: [{ content: 'Sir Keir “will stand firm on the issue of steel tariffs”', kind: 'mixed', source: 'No 10', cue: 'insisted', speaker: 'no10' }],
  },
  {
    name: 'mixed quote: a quoted adjective phrase',
    text: 'He wants a “calm and constructive” relationship with Brussels.',
    entities: KEIR,
    quotes: [{ content: 'a “calm and constructive” relationship with Brussels', kind: 'mixed', cue: 'wants' }],
  },
  {
    name: 'mixed quote: said with a quoted clause',
    text: 'Downing Street said the minister wants to build “lasting partnerships across the Gulf”.',
    entities: { no10: { type: 'ORG', mentions: ['Downing Street'] } },
    quotes: [{ content: 'the minister wants to build “lasting partnerships across the Gulf”', kind: 'mixed', speaker: 'no10' }],
  },
  {
    name: 'indirect: has confirmed, stopping at a new "as" clause',
    text: 'Sir Keir Starmer has confirmed he will travel to Delhi as he seeks a trade deal.',
    entities: KEIR,
    quotes: [{ content: 'he will travel to Delhi', kind: 'indirect', source: 'Sir Keir Starmer', cue: 'has confirmed', speaker: 'keir' }],
  },
  {
    name: 'according to X, content',
    text: 'According to the Met Office, the heatwave will last until Sunday.',
    entities: { met: { type: 'ORG', mentions: ['the Met Office'] } },
    quotes: [{ content: 'the heatwave will last until Sunday', cue: 'According to', source: 'the Met Office', speaker: 'met' }],
  },
  {
    name: 'content, according to X',
    text: 'The factory will close next spring, according to two people briefed on the plans.',
    quotes: [{ content: 'The factory will close next spring', cue: 'according to', source: 'two people briefed on the plans' }],
  },
  {
    name: 'content, a spokesman said',
    text: 'The talks had been constructive, a spokesman for the department said.',
    entities: { dept: { type: 'ORG', mentions: ['the department'] } },
    quotes: [{ content: 'The talks had been constructive', source: 'a spokesman for the department', cue: 'said', speaker: 'dept' }],
  },
  {
    name: 'content, said the minister (inverted indirect)',
    text: 'The border will stay open, said the interior minister.',
    quotes: [{ content: 'The border will stay open', source: 'the interior minister', cue: 'said', kind: 'indirect' }],
  },
  {
    name: 'attribution in the middle of the reported sentence',
    text: 'In most towns, the report said, bus services have halved since 2010.',
    quotes: [{ content: 'In most towns', contents: ['In most towns', 'bus services have halved since 2010'], cue: 'said', source: 'the report' }],
  },
  {
    name: 'told reporters that',
    text: 'The coach told reporters that the squad was in good shape.',
    quotes: [{ content: 'that the squad was in good shape', cue: 'told', source: 'The coach', addressee: null }],
  },
  {
    name: 'warned that',
    text: 'Economists warned that inflation could rise again in the autumn.',
    quotes: [{ content: 'that inflation could rise again in the autumn', cue: 'warned', source: 'Economists', speakerText: 'Economists' }],
  },
  {
    name: 'denied that',
    text: 'The club denied that it had broken any financial rules.',
    quotes: [{ content: 'that it had broken any financial rules', cue: 'denied', source: 'The club' }],
  },
  {
    name: 'a cue whose object is a plural noun of speech ("denied reports that"), then a coordinated cue',
    text: 'The airline denied reports that its pilots had ignored a warning, and accused the regulator of leaking the file.',
    count: 2,
    quotes: [
      { content: 'reports that its pilots had ignored a warning', contents: ['reports that its pilots had ignored a warning'], cue: 'denied', source: 'The airline' },
      { content: 'the regulator of leaking the file', cue: 'accused' },
    ],
  },
  {
    name: 'a sentence after a closed quotation that runs on past "He said" reports something new',
    text: 'The auditor called the accounts “a mess.” She said the council had lost track of its leases.',
    quotes: [
      { content: 'the council had lost track of its leases', cue: 'said', source: 'She', kind: 'indirect' },
    ],
  },
  {
    name: 'a closed quotation, then only its speaker and cue',
    text: '“The accounts are a mess.” The auditor said on Monday.',
    quotes: [{ content: '“The accounts are a mess.”', cue: 'said', source: 'The auditor', kind: 'direct' }],
  },
  {
    name: 'a cue coordinated with another verb shares the sentence subject',
    text: 'The mayor toured the flooded estate and told residents that help was coming.',
    quotes: [{ content: 'that help was coming', cue: 'told', source: 'The mayor' }],
  },
  {
    name: 'a call that convenes something or rings someone is not speech; one that names is',
    text: 'The league called an emergency meeting to review the result. The coach called Ms Hart on Friday to apologise. She called into a phone-in show when she was ill. He called the referee a coward.',
    count: 1,
    quotes: [{ content: 'the referee a coward', cue: 'called', source: 'He' }],
  },
  {
    name: 'a progressive cue ("is warning") is active, not passive',
    text: 'The rail union is warning that fares will rise again in March.',
    quotes: [{ content: 'that fares will rise again in March', cue: 'is warning', source: 'The rail union' }],
  },
  {
    name: 'a passive verb after a closed quotation ("was first reported") names no speaker',
    text: 'Ms Hale said the council would “fight the closure.” The plan was first reported by the Gazette.',
    count: 1,
    quotes: [{ content: 'the council would “fight the closure.”', cue: 'said', source: 'Ms Hale' }],
  },
  {
    name: 'a Title Case headline\'s first verb of saying is a cue, not one inside what it reports',
    text: 'Harbour Chief Says Rivals Claimed The Ferry Would Fail.\n\nThe harbour chief spoke on Monday.',
    count: 1,
    quotes: [{ content: 'Rivals Claimed The Ferry Would Fail', cue: 'Says', source: 'Harbour Chief' }],
  },
  {
    name: '"wrote to X that": who was addressed, then the report',
    text: 'The head teacher wrote to parents that the school would reopen on Monday.',
    quotes: [{ content: 'that the school would reopen on Monday', cue: 'wrote', source: 'The head teacher' }],
  },
  {
    name: 'participle cue keeps the sentence subject as speaker',
    text: 'Senator Mills voted against the bill, saying it would hurt farmers.',
    entities: { mills: { type: 'PERSON', mentions: ['Senator Mills'] } },
    quotes: [{ content: 'it would hurt farmers', cue: 'saying', source: 'Senator Mills', speaker: 'mills' }],
  },
  {
    name: 'relative pronoun source resolves to its antecedent',
    text: 'The bill was backed by Ms Quarshie, who said it was long overdue.',
    entities: { quarshie: { type: 'PERSON', mentions: ['Ms Quarshie'] } },
    quotes: [{ content: 'it was long overdue', source: 'who', speaker: 'quarshie' }],
  },
  {
    name: 'role noun resolves through an entity mention',
    text: 'Sir Keir spoke in Leeds.\nPressed on the timing, the Labour leader added: “We will set out our plans in the spring.”',
    entities: KEIR,
    quotes: [{ content: '“We will set out our plans', source: 'the Labour leader', speaker: 'keir' }],
  },
  {
    name: 'scare quotes are not quotes',
    text: 'The so-called “war room” was set up in a basement.',
    count: 0,
    quotes: [],
  },
  {
    name: 'titles in quote marks are not quotes',
    text: 'She starred in “The Long Goodbye” before moving to television.',
    count: 0,
    quotes: [],
  },
  {
    name: 'nicknames in quote marks are not quotes',
    text: 'Boxer Dwayne “Iron Fist” Mensah arrived in Cardiff on Friday.',
    count: 0,
    quotes: [],
  },
  {
    name: 'cue words used as nouns are not cues',
    text: 'His tweet was deleted within an hour. The report was published on Monday.',
    count: 0,
    quotes: [],
  },
  {
    name: 'a noun form after "no" or "any" is a noun: "had no plans to" is not a cue',
    text: 'The board had no plans to sell the site. There were not any reports of damage.',
    count: 0,
    quotes: [],
  },
  {
    name: 'a place after "in" belongs to the speaker’s phrase, whose head is the noun before it',
    text: 'The Canadian consulate in Lagos said the visa office would reopen in May.',
    entities: { lagos: { type: 'GPE', mentions: ['Lagos'] } },
    quotes: [{ content: 'the visa office would reopen in May', source: 'The Canadian consulate in Lagos', speakerText: 'The Canadian consulate in Lagos' }],
  },
  {
    name: 'a coordinated clause with its own speaker and cue ends the first report',
    text: 'Rivals accused Peru of stalling the talks, and the Swiss mission in Lima said it was concerned.',
    quotes: [
      { content: 'Peru of stalling the talks', contents: ['Peru of stalling the talks'], source: 'Rivals', cue: 'accused' },
      { content: 'it was concerned', source: 'the Swiss mission in Lima', cue: 'said' },
    ],
    count: 2,
  },
  {
    name: 'a sentence adverb between speaker and verb without commas belongs to neither',
    text: 'Mr Okafor however said the port would stay shut. The harbour master meanwhile told reporters that ships were waiting.',
    entities: { okafor: { type: 'PERSON', mentions: ['Mr Okafor'] } },
    quotes: [
      { content: 'the port would stay shut', source: 'Mr Okafor', cue: 'said', speaker: 'okafor' },
      { content: 'that ships were waiting', source: 'The harbour master' },
    ],
  },
  {
    name: 'an abbreviation closing a parenthesis after the quotation does not end the search for the cue',
    text: '“The votes are there,” Rep. Dana Pike (D-Ore.) said. The bill passed.',
    quotes: [{ content: '“The votes are there,”', source: 'Rep. Dana Pike (D-Ore.)', cue: 'said' }],
  },
  {
    name: 'a verb of seeing reports a view ("that", or "as"), not a sight',
    text: 'Ms Ibe saw her majority collapse in the spring. Voters saw a convoy crossing the bridge. Ms Ibe sees the ruling as a betrayal of the islands. Mr Roe saw that the vote was lost.',
    quotes: [
      { content: 'the ruling as a betrayal of the islands', source: 'Ms Ibe', cue: 'sees' },
      { content: 'that the vote was lost', source: 'Mr Roe' },
    ],
    count: 2,
  },
  {
    name: 'a nickname in quotation marks inside a name is no quotation',
    text: 'Former boxer James "Buster" Douglas said he was ready.',
    entities: { douglas: { type: 'PERSON', mentions: ['James "Buster" Douglas'] } },
    quotes: [{ content: 'he was ready', kind: 'indirect', speaker: 'douglas' }],
    count: 1,
  },
  {
    name: 'a bare plural before a verb in -s is inside the content, not the subject of a new report; "officials warned" is one',
    text: 'Mr Roe said the spate of strikes and protests demands a new approach. Ms Ibe said the deal was dead and officials warned that talks were over.',
    quotes: [
      { content: 'the spate of strikes and protests demands a new approach', source: 'Mr Roe' },
      { content: 'the deal was dead', contents: ['the deal was dead'], source: 'Ms Ibe' },
      { content: 'that talks were over', source: 'officials' },
    ],
  },
  {
    name: 'a verb after a comma with no speaker after it attributes nothing before it',
    text: 'Reserve soldiers, called to duty by the mayor, patrolled the docks. The port is closed, said Ms Ibe.',
    quotes: [{ content: 'The port is closed', source: 'Ms Ibe' }],
    count: 1,
  },
  {
    name: 'a promise, pledge or vow after a determiner is a noun, with no speaker "a forceful"; the verb still reports',
    text: 'Ms Ibe delivered a forceful promise to cut fares. Mr Roe made a solemn vow to stay. The unions pledge to strike again.',
    quotes: [{ content: 'to strike again', source: 'The unions', cue: 'pledge' }],
    count: 1,
  },
  {
    name: 'a subject with a relative aside before "said" is the speaker, not content of an inverted attribution',
    text: 'The mayor, who was in Lagos, said the ferry stopped. The plan, which was drafted in May, is a disaster, said Ms Ibe.',
    quotes: [
      { content: 'the ferry stopped', source: 'The mayor, who was in Lagos,' },
      { content: 'The plan, which was drafted in May, is a disaster', source: 'Ms Ibe' },
    ],
    count: 2,
  },
  {
    name: 'declined to say is not a quote',
    text: 'The police declined to say how many officers were involved.',
    count: 0,
    quotes: [],
  },
  {
    name: 'apostrophes in ’90s and rock ’n’ roll do not break a quote',
    text: 'The singer said: “In the ’90s it was all rock ’n’ roll and we didn’t care.”\nShe left the stage.',
    quotes: [{ content: '“In the ’90s it was all rock ’n’ roll and we didn’t care.”', cue: 'said:' }],
  },
  {
    name: 'apostrophes in a single-quote document',
    text: "The DJ said: ‘Back in the ’80s rock ’n’ roll was king, and the players’ union agreed.’\nThe show ended.",
    quotes: [{ content: "‘Back in the ’80s rock ’n’ roll was king, and the players’ union agreed.’" }],
  },
  {
    name: 'unclosed quote at the end of the file',
    text: 'The chairman said: “We will fight this all the way to the',
    quotes: [{ content: '“We will fight this all the way to the', kind: 'direct' }],
  },
  {
    name: 'an unclosed quote does not swallow the following paragraphs',
    text: 'Ms Ibe said: “The plan is flawed.\nThe council meets again on Thursday.\n“It is a good day,” said Mr Roe.',
    quotes: [
      { content: '“The plan is flawed.', contents: ['“The plan is flawed.'] },
      { content: '“It is a good day,”', source: 'Mr Roe' },
    ],
  },
];

for (const c of CASES) {
  test(`quotes: ${c.name}`, () => {
    const { doc, quotes } = quotesOf(c.text, c.entities);
    if (c.count !== undefined) assert.equal(quotes.length, c.count, JSON.stringify(quotes.map((q) => q.content[0]!.text)));
    for (const e of c.quotes) {
      const q = quoteStarting(quotes, e.content);
      assert.ok(q, `no quote starting "${e.content}" in ${JSON.stringify(quotes.map((x) => x.content[0]!.text))}`);
      if (e.contents) assert.deepEqual(q.content.map((s) => s.text), e.contents);
      if (e.kind) assert.equal(q.kind, e.kind);
      if (e.source !== undefined) assert.equal(q.source?.text ?? null, e.source);
      if (e.cue !== undefined) assert.equal(q.cue?.text ?? null, e.cue);
      if (e.speaker !== undefined) assert.equal(q.speaker, e.speaker);
      if (e.speakerText) assert.ok(speakerMentions(doc, q).includes(e.speakerText), `speaker ${q.speaker} has no mention "${e.speakerText}"`);
      if (e.addressee !== undefined) assert.equal(q.addressee ?? null, e.addressee);
    }
    for (const q of quotes) {
      for (const s of [q.source, q.cue, ...q.content]) {
        if (s) assert.equal(c.text.slice(s.start, s.end), s.text, 'spans are offsets into the text');
      }
      if (q.speaker !== null) assert.ok(doc.entities.some((e) => e.id === q.speaker), 'the speaker is an entity id');
    }
  });
}
