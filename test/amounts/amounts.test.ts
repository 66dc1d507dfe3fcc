import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amounts, describe } from './helpers.js';

/** [sentence, expected "span = value unit [of object] [@date]" list]; published 2024-11-20. */
const CASES: [string, string[]][] = [
  // money, every way of writing the currency
  ['The contract is worth $4.5 million.', ['$4.5 million = 4500000 USD of contract']],
  ['Brussels set aside €3bn for the scheme.', ['€3bn = 3000000000 EUR']],
  ['The fund holds 20bn yuan.', ['20bn yuan = 20000000000 CNY']],
  ['Some US$1.2tn was wiped off share prices.', ['US$1.2tn = 1200000000000 USD']],
  ['He sold the medal for 300 pounds.', ['300 pounds = 300 GBP']],
  ['The bridge will cost £20billion.', ['£20billion = 20000000000 GBP of bridge']],
  ['Hong Kong raised HK$5m and Canberra A$20bn.', ['HK$5m = 5000000 HKD', 'A$20bn = 20000000000 AUD']],
  ['Fees rose to USD 40m, while the levy stayed at Rs 500.', ['USD 40m = 40000000 USD of Fees', 'Rs 500 = 500 INR']],
  ['The club paid 5 million euros and two billion dollars.', ['5 million euros = 5000000 EUR', 'two billion dollars = 2000000000 USD']],
  ['A stamp costs 85p.', ['85p = 0.85 GBP of stamp']],
  ['Tokyo approved ¥500bn in aid.', ['¥500bn = 500000000000 JPY of aid']],
  // the noun an amount modifies ends at the verb after it, and keeps a plural inside it
  ['Auditors said a £9bn hole remains in the council budget.', ['£9bn = 9000000000 GBP of hole']],
  ['A $3m shortfall means the museum will shut.', ['$3m = 3000000 USD of shortfall']],
  ['Ministers backed a £4m youth sports centre.', ['£4m = 4000000 GBP of youth sports centre']],
  ['Moscow spent 30 billion roubles on new tanks.', ['30 billion roubles = 30000000000 RUB of new tanks']],
  ['The estate sold for 2 million Swiss francs.', ['2 million Swiss francs = 2000000 CHF']],
  ['The grant was £1,250,000.', ['£1,250,000 = 1250000 GBP of grant']],
  ['A billion dollars went missing.', ['A billion dollars = 1000000000 USD']],
  ['The firm lost half a million pounds.', ['half a million pounds = 500000 GBP']],
  // dated points of one series
  ['The value of UK exports to Japan has increased from £12billion in 2015 to £19billion last year.', [
    '£12billion = 12000000000 GBP of value of UK exports to Japan @2015',
    '£19billion = 19000000000 GBP of value of UK exports to Japan @2023',
  ]],
  ['Net migration fell from 740,000 in 2022 to 431,000 in 2024.', []],
  ['Median household income finally reached $56,746 in November.', ['$56,746 = 56746 USD of Median household income @2024-11']],
  ['Turnout was 60 percent, up from 52 percent 20 years ago.', ['60 percent = 60 % of Turnout', '52 percent = 52 % @2004']],
  ['In 2019, the deficit was £48bn.', ['£48bn = 48000000000 GBP of deficit @2019']],
  ['Police seized 300 pounds of cocaine from a man who weighs 300 pounds.', []],
  // percentages
  ['Support for the party rose to 40%.', ['40% = 40 % of Support for the party']],
  ['Prices were up 5 per cent on the year.', ['5 per cent = 5 % of Prices']],
  ['The lead narrowed by 3.5 percentage points.', ['3.5 percentage points = 3.5 pp']],
  ['About 62 percent of voters backed the deal.', ['62 percent = 62 % of voters']],
  ['Unemployment fell to 4.2% in March.', ['4.2% = 4.2 % of Unemployment @2024-03']],
  ['The bank raised rates by 25 basis points.', ['25 basis points = 25 bp']],
  // multipliers
  ['China has 230 times the shipbuilding capacity of America.', ['230 times = 230 times of shipbuilding capacity of America']],
  ['The new reactor is twice as large as the old one.', ['twice = 2 times of new reactor']],
  ['Arrests rose threefold and fines 10-fold.', ['threefold = 3 times of Arrests', '10-fold = 10 times']],
  ['She has visited Kyiv three times a year and met him twice.', []],
  // what is measured, and what is not
  ['Emissions must fall 32 percent below 2005 levels.', ['32 percent = 32 % of Emissions']],
  ['The mayor was accused of using $50 million for personal expenses.', ['$50 million = 50000000 USD']],
  ['The plan would blow open an estimated $10 trillion hole in the budget.', ['$10 trillion = 10000000000000 USD of hole']],
  ['What kind of genius loses a billion dollars in a single year?', ['a billion dollars = 1000000000 USD']],
  ['In Pennsylvania the share exceeds 7%.', ['7% = 7 % of share']],
  ['A $4.5 million contract was signed.', ['$4.5 million = 4500000 USD of contract']],
  ['That is a fraction of the minimum $20 million experts say it costs.', ['$20 million = 20000000 USD']],
  ['Pence was the subject of 60 percent of the Twitter conversation about the debate.', ['60 percent = 60 % of Twitter conversation']],
  ['Just 9 percent of voters said the debate changed their minds.', ['9 percent = 9 % of voters']],
  ['Economies - which include Japan and Canada - will grow 1.6 percent.', ['1.6 percent = 1.6 %']],
  // counts
  ['Some 300 people were hurt.', ['300 people = 300 count of people']],
  ['The plant will create 1,200 new jobs.', ['1,200 new jobs = 1200 count of new jobs']],
  ['Thousands of protesters marched, and tens of thousands of people fled.', [
    'Thousands of protesters = 1000 count of protesters',
    'tens of thousands of people = 10000 count of people',
  ]],
  ['Two ministers and 3 million refugees.', ['Two ministers = 2 count of ministers', '3 million refugees = 3000000 count of refugees']],
  ['Only one shipyard and 5 years of talks and 40 miles of road.', []],
  // number words with a hyphen: not in the starter Set, found by their hyphen
  ['Twenty-five ministers resigned and forty-two firms closed.', ['Twenty-five ministers = 25 count of ministers', 'forty-two firms = 42 count of firms']],
  // ranks
  ["Germany's economy is the third-largest in the world.", ["third-largest = 3 rank of Germany's economy"]],
  ['It is the second most populous state and the 5th-biggest port.', ['second most populous = 2 rank of state', '5th-biggest = 5 rank of port']],
  ['Nigeria is the second biggest oil producer.', ['second biggest = 2 rank of oil producer']],
  // a preposition ends the noun: the thing is "carrier", not "carrier after two rivals"
  ['It became the third-largest carrier after two rivals merged.', ['third-largest = 3 rank of carrier', 'two rivals = 2 count of rivals']],
  ['About 12% of members during the strike left the union.', ['12% = 12 % of members']],
  // "of whom", "of them": what the figure before it in the sentence measured, else nothing
  ['The jail holds 9,000 inmates, 40 percent of whom are women.', ['9,000 inmates = 9000 count of inmates', '40 percent = 40 % of inmates']],
  ['Half the town voted, and 30 percent of them backed the mayor.', ['30 percent = 30 %']],
];

for (const [text, expected] of CASES) {
  test(text, () => assert.deepEqual(describe(text), expected));
}

test('years, dates and times are not amounts', () => {
  assert.deepEqual(describe('In 2016 and on 18 November, 3 weeks later, at 10 Downing Street.'), []);
});

test('without the times stage, amounts still find their dates', () => {
  const [a] = amounts('Exports rose to £33billion last year.', '2024-11-17', false);
  assert.equal(a?.value, 33e9);
  assert.equal(a?.date, '2023');
});

test('values are exact for decimal amounts with scales', () => {
  const [a, b] = amounts('It cost $1.1bn and €0.3tn.');
  assert.equal(a?.value, 1100000000);
  assert.equal(b?.value, 300000000000);
});

test('spans point into the text', () => {
  const text = 'The deficit hit £33billion.';
  const [a] = amounts(text);
  assert.equal(text.slice(a!.span.start, a!.span.end), '£33billion');
});

test('odd input does not crash', () => {
  for (const text of ['', '$', '£ billion', '5 per', 'US$', '1,2,3,4 %', 'second-', 'tens of', '\u0000 $5 🇬🇧 300']) {
    assert.doesNotThrow(() => amounts(text));
  }
});
