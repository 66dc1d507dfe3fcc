import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './helpers.js';

// Publication dates used below: Wednesday 20 November 2024 and Sunday 17 November 2024.
const WED = '2024-11-20';
const SUN = '2024-11-17';

/** [sentence, published, expected "span = value" list] */
const CASES: [string, string | undefined, string[]][] = [
  // tense decides which weekday
  ['The two presidents will meet on Monday in Geneva.', WED, ['Monday = 2024-11-25']],
  ['The two presidents met on Monday in Geneva.', WED, ['Monday = 2024-11-18']],
  ['Ministers are expected to hold talks on Friday.', WED, ['Friday = 2024-11-22']],
  ['She told the BBC she would travel to Kyiv on Saturday.', WED, ['Saturday = 2024-11-23']],
  ['Officials said on Tuesday that the ceasefire had collapsed.', WED, ['Tuesday = 2024-11-19']],
  ['The vote on Thursday was closer than expected.', WED, ['Thursday = 2024-11-14']],
  ['On Monday, the army launched a fresh offensive.', WED, ['Monday = 2024-11-18']],
  ["Monday's talks are set to focus on grain exports.", SUN, ["Monday's = 2024-11-18"]],
  ['Talks are pencilled in for next Tuesday.', WED, ['next Tuesday = 2024-11-26']],
  ['The envoy arrived last Friday.', WED, ['last Friday = 2024-11-15']],
  ['Protesters gathered again on Sunday night.', SUN, ['Sunday night = 2024-11-17']],
  ['Xi, who met Starmer on Monday, will fly to Lima on Friday.', WED, ['Monday = 2024-11-18', 'Friday = 2024-11-22']],
  ['The prime minister, speaking on Tuesday, said talks would resume on Friday.', WED, ['Tuesday = 2024-11-19', 'Friday = 2024-11-22']],
  ['Talks resumed in Washington on Monday and are expected to conclude on Thursday.', WED, ['Monday = 2024-11-18', 'Thursday = 2024-11-21']],
  ['The court will rule by Friday, lawyers said on Monday.', WED, ['Friday = 2024-11-22', 'Monday = 2024-11-18']],
  ['Starmer is meeting Xi on Monday.', SUN, ['Monday = 2024-11-18']],
  ['On Friday, officials will announce the result.', WED, ['Friday = 2024-11-22']],
  ['Biden, who leaves office in January, signed the order.', WED, ['January = 2025-01']],
  ['During the rally Monday, the former president said the plan was a mess.', '2024-11-19', ['Monday = 2024-11-18']],
  ['He raised questions about problems during Monday’s debate.', '2024-11-22', ['Monday’s = 2024-11-18']],
  ['The group counted 2,521 incidents between January 1 and September 18.', '2024-09-29', ['between January 1 and September 18 = 2024-01-01/2024-09-18']],
  ['A reporter for USA Today saw the draft.', WED, []],
  // weekends, ISO weeks
  ['Rumours of a deal spread over the weekend.', SUN, ['over the weekend = 2024-W46-WE']],
  ['Rumours of a deal spread over the weekend.', WED, ['over the weekend = 2024-W46-WE']],
  ['Talks will resume at the weekend.', WED, ['at the weekend = 2024-W47-WE']],
  ['Fighting continued last week and will ease next week.', WED, ['last week = 2024-W46', 'next week = 2024-W48']],
  // days and years relative to publication
  ['The minister resigned yesterday and will be replaced tomorrow.', WED, ['yesterday = 2024-11-19', 'tomorrow = 2024-11-21']],
  ['It rained last night and again this morning.', WED, ['last night = 2024-11-19', 'this morning = 2024-11-20']],
  ['Exports fell last year but should recover next year.', WED, ['last year = 2023', 'next year = 2025']],
  ['Inflation will fall next month, the bank said.', WED, ['next month = 2024-12']],
  ['Sales have risen earlier this year.', WED, ['earlier this year = 2024']],
  ['The chancellor is expected to visit Beijing in the new year.', WED, ['in the new year = 2025']],
  ['He stepped down three years ago and returned two weeks ago.', WED, ['three years ago = 2021', 'two weeks ago = 2024-W45']],
  ['A decade ago the port was empty.', WED, ['A decade ago = 2014']],
  ['The dispute began twenty-five years ago.', WED, ['twenty-five years ago = 1999']],
  ["Results are due in two weeks' time.", WED, ["in two weeks' time = 2024-W49"]],
  ['Over the past two years, costs have doubled.', WED, ['the past two years = 2022-11-20/2024-11-20']],
  ['Voters go to the polls this spring.', WED, ['this spring = 2025-SP']],
  ['Ice covered the lake last winter.', WED, ['last winter = 2023-WI']],
  // calendar dates, with and without the year
  ['The accord was signed on Nov. 18, 2024, in Lima.', WED, ['Nov. 18, 2024 = 2024-11-18']],
  ['The summit opens on 18 November.', SUN, ['18 November = 2024-11-18']],
  ['Parliament was dissolved on the 3rd of March.', WED, ['3rd of March = 2024-03-03']],
  ['The law took effect on 1 January 2021.', WED, ['1 January 2021 = 2021-01-01']],
  ['Filed 2024-03-05, amended 17/11/2024 and 11/17/2024, not 05/06/2024.', WED, ['2024-03-05 = 2024-03-05', '17/11/2024 = 2024-11-17', '11/17/2024 = 2024-11-17']],
  ['The conference, held on Monday, Nov. 18, ended in acrimony.', WED, ['Monday, Nov. 18 = 2024-11-18']],
  ['The plan, unveiled in March, will take effect in May.', WED, ['March = 2024-03', 'May = 2025-05']],
  ['Theresa May met him in May 2017.', WED, ['May 2017 = 2017-05']],
  ['They agreed a plan by March of next year, a year after talks began on June 16th of last year.', WED, ['March of next year = 2025-03', 'June 16th of last year = 2023-06-16']],
  ['The festival runs 18-20 November.', SUN, ['18-20 November = 2024-11-18/2024-11-20']],
  ['Troops had crossed the border on Christmas Eve.', WED, ['Christmas Eve = 2023-12-24']],
  ['He got a Christmas card and some Halloween masks.', WED, []],
  ['The survey was taken Oct. 30 to Nov. 8 online.', WED, ['Oct. 30 to Nov. 8 = 2024-10-30/2024-11-08']],
  ['Easter 2025 falls late.', WED, ['Easter 2025 = 2025-04-20']],
  // years, decades, parts of years, quarters
  ['She was the first leader since Theresa May in 2018 to visit.', SUN, ['2018 = 2018']],
  ['Growth should recover by mid-2025.', WED, ['mid-2025 = 2025-05/2025-08']],
  ['Unemployment soared in the 1990s and in the early 2000s.', WED, ['1990s = 199', 'early 2000s = 2000/2002']],
  ['The dispute dates back to the eighties.', WED, ['the eighties = 198']],
  ['Prices spiked in late 2019.', WED, ['late 2019 = 2019-09/2019-12']],
  ['Output will double by the end of next year.', WED, ['the end of next year = 2025-09/2025-12']],
  ['Profits rose in Q3 2024 after a weak third quarter of last year.', WED, ['Q3 2024 = 2024-Q3', 'third quarter of last year = 2023-Q3']],
  ['Trade grew in the first half of 2024.', WED, ['the first half of 2024 = 2024-H1']],
  ['The 2023-24 season was its best.', WED, ['2023-24 = 2023/2024']],
  // ranges
  ['Exports rose every year from 2016 to 2023.', WED, ['from 2016 to 2023 = 2016/2023']],
  ['Prices rose between March and May.', WED, ['between March and May = 2024-03/2024-05']],
  ['The summit will run from Monday to Wednesday.', WED, ['from Monday to Wednesday = 2024-11-25/2024-11-27']],
  ['Growth slowed between 2008 and 2010.', undefined, ['between 2008 and 2010 = 2008/2010']],
  ['The war lasted from November to February.', WED, ['from November to February = 2024-11/2025-02']],
];

for (const [text, published, expected] of CASES) {
  test(`${published ?? 'no date'}: ${text}`, () => {
    assert.deepEqual(times(text, published), expected);
  });
}

test('numbers that are counts, prices or codes are not years', () => {
  assert.deepEqual(times('He paid £2020 for 1500 tickets, about 1900 more than 2000 people.', WED), []);
  assert.deepEqual(times('Some 2,018 votes and 40% of 2019 voters.', WED), []);
});

test('month names that are words or names need a calendar word', () => {
  assert.deepEqual(times('Theresa May said the march may go ahead.', WED), []);
  assert.deepEqual(times('The Arab Spring and the spring statement.', WED), []);
});

test('without a publication date only expressions that name their year are kept', () => {
  assert.deepEqual(times('They met on Monday, in 2018 and on 5 May 2019; last year was hard.'), [
    '2018 = 2018', '5 May 2019 = 2019-05-05',
  ]);
});

test('spans are offsets into the text', () => {
  const text = 'Xi and Starmer held talks over the weekend.';
  const [t] = times(text, SUN);
  assert.equal(t, 'over the weekend = 2024-W46-WE');
});

test('ISO weeks at the turn of the year belong to the year of their Thursday', () => {
  assert.deepEqual(times('The strike began last week.', '2021-01-06'), ['last week = 2020-W53']);
  assert.deepEqual(times('It happened over the weekend.', '2025-01-01'), ['over the weekend = 2024-W52-WE']);
});

test('odd input does not crash', () => {
  for (const text of ['', ' ', 'on', 'from 2016 to', 'between March and', 'mid-', 'the end of', '🇬🇧 Monday\u0000 2024-13-45', 'Nov. 31, 2024', '31 February']) {
    assert.doesNotThrow(() => times(text, WED));
  }
  // An impossible day keeps only what is certain: the year.
  assert.deepEqual(times('31 February and Nov. 31, 2024', WED), ['2024 = 2024']);
});
