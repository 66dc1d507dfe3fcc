import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/index.js';
import { entityAt, resolveReference } from '../../src/stages/entities/lookup.js';
import type { Entity } from '../../src/record/types.js';

// Only what the entity stage stands on: later stages (events) add group entities of their own.
const analyzer = new Analyzer({ stages: ['segment', 'entities'] });

function entities(text: string, published = '2024-11-17'): Entity[] {
  return analyzer.analyzeDoc(text, { published }).entities;
}

function holding(list: Entity[], text: string, mention: string, nth = 1): Entity | undefined {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(mention, at + 1);
  assert.ok(at >= 0, `"${mention}" is in the text`);
  return list.find((e) => e.mentions.some((m) => m.start < at + mention.length && at < m.end));
}

test('a full name, its honorific short form and the office it holds are one person', () => {
  const text = 'Sir Keir Starmer met union leaders on Friday. Sir Keir said the talks went well. The Prime Minister then left.';
  const list = entities(text);
  const keir = holding(list, text, 'Sir Keir Starmer');
  assert.equal(keir?.type, 'PERSON');
  assert.equal(keir?.country, 'GBR');
  assert.equal(holding(list, text, 'Sir Keir', 2), keir);
  assert.equal(holding(list, text, 'The Prime Minister'), keir);
});

test('"the Prime Minister" follows the publication date', () => {
  const text = 'The Prime Minister will travel to Brussels next week, Downing Street said.';
  const in2018 = holding(entities(text, '2018-03-01'), text, 'The Prime Minister');
  const in2024 = holding(entities(text, '2024-11-17'), text, 'The Prime Minister');
  assert.equal(in2018?.name, 'Theresa May');
  assert.equal(in2024?.name, 'Keir Starmer');
});

test('capitals used for governments join their country; metonyms of No 10 join the UK government', () => {
  const text = 'Downing Street said relations with Beijing mattered. No 10 added that China was a partner and the Government would say more.';
  const list = entities(text);
  const china = holding(list, text, 'China');
  assert.equal(china?.type, 'GPE');
  assert.equal(china?.country, 'CHN');
  assert.equal(holding(list, text, 'Beijing'), china);
  const gov = holding(list, text, 'Downing Street');
  assert.equal(gov?.type, 'ORG');
  assert.equal(gov?.country, 'GBR');
  assert.equal(gov?.sector, 'GOV');
  assert.equal(holding(list, text, 'No 10'), gov);
  assert.equal(holding(list, text, 'the Government'), gov);
});

test('an acronym and its expansion are one organisation', () => {
  const text = 'He criticised the WTO [World Trade Organisation] again. The WTO did not reply.';
  const list = entities(text);
  const wto = holding(list, text, 'WTO');
  assert.equal(wto?.type, 'ORG');
  assert.equal(holding(list, text, 'World Trade Organisation'), wto);
  assert.equal(holding(list, text, 'WTO', 2), wto);
});

test('resolveReference: pronouns go to the nearest fitting entity, role nouns to the office-holder', () => {
  const text = 'Rachel Reeves met Keir Starmer. She said the Budget was fair. Labour was pleased.';
  const doc = analyzer.analyzeDoc(text, { published: '2024-11-17' });
  const she = text.indexOf('She');
  const reeves = entityAt(doc, { start: 0, end: 5 });
  assert.equal(reeves?.name, 'Rachel Reeves');
  assert.equal(resolveReference(doc, { start: she, end: she + 3 }), reeves?.id);
  const other = 'The Chancellor spoke first. The Labour leader replied.';
  const doc2 = analyzer.analyzeDoc(`${text} ${other}`, { published: '2024-11-17' });
  const base = text.length + 1;
  const leader = `${text} ${other}`.indexOf('The Labour leader');
  const keir = doc2.entities.find((e) => e.name === 'Keir Starmer');
  assert.equal(resolveReference(doc2, { start: leader, end: leader + 17 }), keir?.id);
  const chancellor = doc2.entities.find((e) => e.name === 'Rachel Reeves');
  assert.equal(resolveReference(doc2, { start: base, end: base + 14 }), chancellor?.id);
});

test('"the American Legion": a definite name opening with a demonym is one organisation of that country, not a person "Legion"', () => {
  const found = entities('The Canadian Legion wrote to the ministry on Monday. Officials visited the Danish Museum.');
  const legion = found.find((e) => e.name === 'Canadian Legion');
  assert.ok(legion, found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.equal(legion.type, 'ORG');
  assert.equal(legion.country, 'CAN');
  assert.ok(found.some((e) => e.name === 'Danish Museum' && e.country === 'DNK'));
  assert.ok(!found.some((e) => e.name === 'Legion' || e.name === 'Museum'));
});

test('"Iraqi Kurds": a demonym and an unknown capitalised plural are a people of that country', () => {
  const found = entities('Syrian Druze and Iraqi Kurds marched on Friday.');
  const kurds = found.find((e) => e.name === 'Iraqi Kurds');
  assert.ok(kurds, found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.equal(kurds.type, 'NORP');
  assert.equal(kurds.country, 'IRQ');
});

test('a lone organisation word before a speech verb is a body that speaks, a lone surname a person', () => {
  const found = entities('Marsden met the inspectors. The Department said it would appeal, and Marsden said nothing.');
  assert.equal(found.find((e) => e.name === 'Department')?.type, 'ORG', found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.equal(found.find((e) => e.name === 'Marsden')?.type, 'PERSON');
});

test('an event word before a closing numeral names an event, not a person: "World War II"', () => {
  const found = entities('Veterans of the Second Boer War, of World War II and of the post-World War II order met Pope Pius XII.');
  assert.equal(found.find((e) => e.name === 'World War II')?.type, 'EVENT', found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.ok(!found.some((e) => e.type === 'PERSON' && e.name.includes('War')), 'the run after "post-" too');
  assert.equal(found.find((e) => e.name === 'Pius XII')?.type, 'PERSON');
});

test('a lone given name and a one-word country after it are one person ("Michael Jordan"); the country alone stays the country', () => {
  const found = entities('Rep. Daniel Israel said the vote was close. Israel closed its border, and Even China agreed.');
  const person = found.find((e) => e.name === 'Daniel Israel');
  assert.ok(person, found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.equal(person.type, 'PERSON');
  assert.ok(found.some((e) => e.name === 'Israel' && e.type === 'GPE' && e.mentions.some((m) => m.text === 'Israel')));
  assert.ok(found.some((e) => e.name === 'China' && e.type === 'GPE'), 'a common word before a country is no given name');
});

test('an honorific\'s gender picks the namesake: "Mrs Darrow" is Helen, "Mr Darrow" Paul, "Ms Starmer" not Keir Starmer', () => {
  const found = entities('Helen Darrow and Paul Darrow arrived late. Mrs Darrow said she was tired. Mr Darrow left early. Ms Starmer, a teacher, stayed.');
  const helen = found.find((e) => e.name === 'Helen Darrow');
  const paul = found.find((e) => e.name === 'Paul Darrow');
  assert.ok(helen?.mentions.some((m) => m.text === 'Mrs Darrow'), found.map((e) => `${e.name}:[${e.mentions.map((m) => m.text)}]`).join(' | '));
  assert.ok(paul?.mentions.some((m) => m.text === 'Mr Darrow'));
  const starmer = found.find((e) => e.mentions.some((m) => m.text === 'Ms Starmer'));
  assert.equal(starmer?.kbId, undefined, 'a woman is not linked to the one man of that surname in the KB');
});

test('armed groups and intelligence services are organisations the KB knows, with their sector and country', () => {
  const found = entities('The Islamic State claimed the attack. ISIS fighters later fled to a village held by Al-Shabaab, and MI6 was told.');
  const is = found.find((e) => e.mentions.some((m) => m.text === 'Islamic State'));
  assert.equal(is?.type, 'ORG', found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.equal(is?.sector, 'REB');
  assert.ok(is?.mentions.some((m) => m.text === 'ISIS'), 'ISIS is the same group');
  assert.equal(found.find((e) => e.mentions.some((m) => m.text === 'Al-Shabaab'))?.country, 'SOM');
  assert.equal(found.find((e) => e.mentions.some((m) => m.text === 'MI6'))?.country, 'GBR');
});

test('a name behind the Arabic article in lower case is a name: "Bashar al-Assad", "al-Qaeda"', () => {
  const found = entities('Bashar al-Assad met envoys in Damascus. The cell had pledged loyalty to al-Qaeda.');
  assert.ok(found.some((e) => e.name === 'Bashar al-Assad' && e.type === 'PERSON'), found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.ok(found.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === 'al-Qaeda')));
});

test('"the leader of the Liberal Democrats" is that party\'s leader, not the country\'s leader named nearby', () => {
  const found = entities('Keir Starmer spoke first. The Liberal Democrat leader disagreed.');
  const leader = found.find((e) => e.mentions.some((m) => m.text === 'The Liberal Democrat leader'));
  assert.ok(leader, found.map((e) => `${e.name}:[${e.mentions.map((m) => m.text)}]`).join(' | '));
  assert.notEqual(leader.name, 'Keir Starmer');
});

test('"of" after a role names whose office it is: a country\'s or a party\'s, and for another body no office-holder at all', () => {
  const found = entities('Keir Starmer spoke first. The president of France disagreed, the leader of the Liberal Democrats agreed and the leader of Hizb Tarsa said nothing.');
  const holder = (text: string) => found.find((e) => e.mentions.some((m) => m.text.startsWith(text)));
  assert.equal(holder('The president')?.name, 'Emmanuel Macron', found.map((e) => `${e.name}:[${e.mentions.map((m) => m.text)}]`).join(' | '));
  assert.notEqual(holder('the leader of the Liberal')?.name ?? holder('the leader')?.name, 'Keir Starmer');
  assert.ok(!found.some((e) => e.name === 'Keir Starmer' && e.mentions.length > 1), 'no role here is Keir Starmer');
});

test('an organisation named with a place after "of" or "in" is of that place\'s country; one named for a place it is about is not', () => {
  const found = entities('The Port of Rotterdam Authority objected. The Senate Committee on Benghazi met the Chamber of Commerce in Lagos.');
  const country = (name: string) => found.find((e) => e.name === name)?.country;
  assert.equal(country('Port of Rotterdam Authority'), 'NLD', found.map((e) => `${e.name}:${e.type}:${e.country ?? ''}`).join(' | '));
  assert.equal(country('Senate Committee on Benghazi'), undefined);
});

test('a KB name inside a holiday is no mention of it: "Labor Day" holds no Labor Party, "the G20 Summit" holds the G20', () => {
  const found = entities('On Labor Day the senator hosted a picnic before the G20 Summit.');
  assert.ok(!found.some((e) => e.kbId?.startsWith('party:')), found.map((e) => `${e.name}:${e.kbId ?? ''}`).join(' | '));
  assert.ok(found.some((e) => e.name === 'G20'));
});

test('people words before a demonym name a people of its country ("African Americans"); the singular is an adjective, no person', () => {
  const found = entities('The first African American governor thanked Hispanic Americans and Asian Australians.');
  const people = found.filter((e) => e.type === 'NORP').map((e) => `${e.name}|${e.country}`).sort();
  assert.deepEqual(people, ['Asian Australians|AUS', 'Hispanic Americans|USA'], found.map((e) => `${e.name}:${e.type}`).join(' | '));
  assert.ok(!found.some((e) => e.type === 'PERSON'));
});

test('a nickname in quotation marks between a given name and a surname is part of one person\'s name', () => {
  const found = entities('Former boxer James "Buster" Douglas met Marcia “Cia” Price in Douglas.');
  const persons = found.filter((e) => e.type === 'PERSON').map((e) => e.mentions[0]!.text).sort();
  assert.deepEqual(persons, ['James "Buster" Douglas', 'Marcia “Cia” Price'], found.map((e) => `${e.name}:${e.type}`).join(' | '));
});

test('place names inside names: a town after a given name is a surname, after an honorific too, and a town before other name words an organisation', () => {
  const found = entities('Elizabeth Warren spoke in Boston. Ms. Warren said the Boston Globe and Manchester United were wrong. Voters in Belfast North agreed.');
  const show = found.map((e) => `${e.name}:${e.type}:${e.country ?? ''}`).join(' | ');
  const warren = found.find((e) => e.name === 'Elizabeth Warren');
  assert.equal(warren?.type, 'PERSON', show);
  assert.ok(warren?.mentions.some((m) => m.text === 'Ms. Warren'), show);
  const globe = found.find((e) => e.name === 'Boston Globe');
  assert.equal(globe?.type, 'ORG', show);
  assert.equal(globe?.country, 'USA');
  assert.equal(found.find((e) => e.name === 'Manchester United')?.type, 'ORG', show);
  assert.equal(found.find((e) => e.name === 'Belfast North')?.type, 'LOC', show);
});

test('a person\'s name ends at "of": "Mike Allen of Politico", "Senator Kelly Ayotte of New Hampshire"; an organisation\'s does not', () => {
  const found = entities('Dana Quill of Politico spoke to Senator Kelly Ayotte of New Hampshire, Ravi Osei of the Tamworth Herald and the Bank of England.');
  const names = found.map((e) => e.name);
  for (const n of ['Dana Quill', 'Kelly Ayotte', 'Ravi Osei', 'Bank of England']) assert.ok(names.includes(n), `${n} in ${names.join(' | ')}`);
  assert.ok(found.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text.includes('Tamworth Herald'))), names.join(' | '));
});

test('international bodies of the past and present and aid groups are organisations with their sector', () => {
  const found = entities('European Community ministers met in Brussels, where Doctors Without Borders and Greenpeace had asked the OSCE for help.');
  const sectorOf = (text: string) => found.find((e) => e.mentions.some((m) => m.text.includes(text)))?.sector;
  assert.equal(sectorOf('European Community'), 'IGO', found.map((e) => `${e.name}:${e.type}:${e.sector}`).join(' | '));
  assert.equal(sectorOf('OSCE'), 'IGO');
  assert.equal(sectorOf('Doctors Without Borders'), 'NGO');
  assert.equal(sectorOf('Greenpeace'), 'NGO');
});

test('a rank before a title is part of it, and a lesser office than the title\'s', () => {
  const found = entities('Deputy Foreign Minister Ilse Varga met Assistant Secretary of State Tom Reyes. The Vice Foreign Minister left early.');
  const names = found.map((e) => `${e.name}:${e.type}`).join(' | ');
  assert.ok(!found.some((e) => /^(Deputy|Assistant|Vice)$/.test(e.name)), names);
  const reyes = found.find((e) => e.name.includes('Tom Reyes'));
  assert.equal(reyes?.type, 'PERSON', names);
  assert.equal(reyes?.kbId, undefined, 'an assistant secretary of state is not the secretary of state');
});

test('a portfolio after a title\'s "for" is part of the title, not of the name after it', () => {
  const found = entities('Minister for Health Simon Okoro said the wards would reopen. Secretary for Consular Affairs Ilse Varga agreed.');
  const names = found.map((e) => `${e.name}:${e.type}`).join(' | ');
  assert.ok(found.some((e) => e.name === 'Simon Okoro' && e.type === 'PERSON'), names);
  assert.ok(found.some((e) => e.name === 'Ilse Varga' && e.type === 'PERSON'), names);
  assert.ok(!found.some((e) => /Health|Consular/.test(e.name)), names);
});

test('countries by their short and former names', () => {
  const found = entities('Bosnia and Macedonia sent envoys; East Timor, Zaire and Ceylon did not, nor did Kampuchea.');
  const countries = new Set(found.map((e) => e.country));
  for (const code of ['BIH', 'MKD', 'TLS', 'COD', 'LKA', 'KHM']) assert.ok(countries.has(code), `${code} in ${found.map((e) => `${e.name}:${e.country}`).join(' | ')}`);
});

test('"the government in Riyadh" is the government of the place named, not the last one mentioned', () => {
  const text = 'The US government said no. Later the government in Riyadh denied any role, as did the government of Iraq.';
  const found = entities(text);
  const names = found.map((e) => `${e.name}:${e.country}`).join(' | ');
  assert.equal(holding(found, text, 'government')?.country, 'USA', names);
  assert.equal(holding(found, text, 'government', 2)?.country, 'SAU', names);
  assert.equal(holding(found, text, 'government', 3)?.country, 'IRQ', names);
});

test('provinces and regions news names carry their country', () => {
  const found = entities('Troops moved from Idlib towards Raqqa, while Tigray, Sindh, Bavaria and Jiangsu stayed calm.');
  const country = (name: string) => found.find((e) => e.name === name)?.country;
  const names = found.map((e) => `${e.name}:${e.type}:${e.country}`).join(' | ');
  assert.equal(country('Idlib'), 'SYR', names);
  assert.equal(country('Raqqa'), 'SYR', names);
  assert.equal(country('Tigray'), 'ETH', names);
  assert.equal(country('Sindh'), 'PAK', names);
  assert.equal(country('Bavaria'), 'DEU', names);
  assert.equal(country('Jiangsu'), 'CHN', names);
});

test('states that no longer exist carry their ISO 3166-3 code, and their demonyms name them', () => {
  const found = entities('The Soviet Union protested to Yugoslavia. Soviet troops later left East Germany.');
  const country = (text: string) => found.find((e) => e.mentions.some((m) => m.text === text))?.country;
  const names = found.map((e) => `${e.name}:${e.type}:${e.country}`).join(' | ');
  assert.equal(country('Soviet Union'), 'SUN', names);
  assert.equal(country('Yugoslavia'), 'YUG', names);
  assert.equal(country('East Germany'), 'DDR', names);
});

test('an empire is a state, of the country its demonym names', () => {
  const found = entities('The Ottoman Empire and the Russian Empire fought for decades.');
  const names = found.map((e) => `${e.name}:${e.type}:${e.country}`).join(' | ');
  assert.equal(found.find((e) => e.name === 'Ottoman Empire')?.type, 'GPE', names);
  assert.equal(found.find((e) => e.name === 'Russian Empire')?.country, 'RUS', names);
});

test('a form of government of a place is one mention: of a country, that country', () => {
  const text = 'The Kingdom of Italy joined the war. The Republic of Texas was annexed. Italy later changed sides.';
  const found = entities(text);
  const names = found.map((e) => `${e.name}:${e.type}:${e.country}`).join(' | ');
  const italy = holding(found, text, 'Kingdom of Italy');
  assert.equal(italy?.country, 'ITA', names);
  assert.ok(italy?.mentions.some((m) => m.text === 'Kingdom of Italy'), names);
  assert.ok(italy?.mentions.some((m) => m.text === 'Italy'), 'the same country as the later "Italy"');
  assert.equal(holding(found, text, 'Republic of Texas')?.country, 'USA', names);
  assert.ok(!found.some((e) => /^(Kingdom|Republic) of$/.test(e.name)), names);
});

test('given names of people in the news that English name lists lack carry their gender', () => {
  // Jeb is a man: "Mr. Bush" is the brother named last, not the one the KB knows to be a man.
  const text = 'George W. Bush watched as his brother Jeb Bush spoke. Mr. Bush said the race was open.';
  const found = entities(text, '2015-06-15');
  assert.equal(holding(found, text, 'Mr. Bush')?.name, 'Jeb Bush', found.map((e) => `${e.name}:${e.mentions.map((m) => m.text).join('/')}`).join(' | '));
});

test('a given name joined by "and" to a full name shares its surname', () => {
  const text = 'The parents, Khizr and Ghazala Khan, spoke first. Mr. Khan thanked the crowd. The Bill and Melinda Gates Foundation gave money.';
  const found = entities(text);
  const names = found.map((e) => `${e.name}:${e.mentions.map((m) => m.text).join('/')}`).join(' | ');
  assert.equal(holding(found, text, 'Khizr')?.name, 'Khizr Khan', names);
  assert.equal(holding(found, text, 'Mr. Khan')?.name, 'Khizr Khan', names);
  assert.equal(holding(found, text, 'Ghazala Khan')?.name, 'Ghazala Khan', names);
  assert.ok(!found.some((e) => e.name === 'Bill Foundation'), names);
});

test('bad input never crashes', () => {
  for (const text of ['', '   ', '“unbalanced', 'A'.repeat(50000), 'Mr', 'the', 'The Prime Minister', '🇬🇧 UK\u0000\uFFFF', 'Sir Sir Sir', 'No 10 No 10']) {
    assert.doesNotThrow(() => entities(text));
  }
});

test('thousands of names, acronyms and role nouns in one paragraph are all found', () => {
  // How this scales is measured by `npm run bench -- scaling`, not by a timed test.
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    parts.push(`Mr Name${i} Person${i} of the Org${i} Council (OC${i}) met the Prime Minister. He told the BBC that ZX${i} was fine, the minister said.`);
  }
  const list = entities(parts.join(' '));
  assert.ok(list.length > 6000);
});

test('a party leader is opposition (OPP) until in government (GOV), by the date', () => {
  const text = 'Keir Starmer spoke in Leeds.';
  assert.equal(holding(entities(text, '2022-05-01'), text, 'Keir Starmer')?.sector, 'OPP');
  assert.equal(holding(entities(text, '2024-11-17'), text, 'Keir Starmer')?.sector, 'GOV');
});

test('"Sir Keir" alone links to the one knight of that name leading a party on the date', () => {
  const text = 'Sir Keir visited a school in Kent.';
  const keir = holding(entities(text, '2024-03-01'), text, 'Sir Keir');
  assert.equal(keir?.name, 'Keir Starmer');
  assert.equal(keir?.country, 'GBR');
});

test('resolveReference: a demonym before an agent noun stands for its country when the text names it', () => {
  const text = 'China sent ships near Taiwan. Chinese officials said the drills were routine.';
  const doc = analyzer.analyzeDoc(text, { published: '2024-11-17' });
  const at = text.indexOf('Chinese officials');
  const china = doc.entities.find((e) => e.name === 'China');
  assert.equal(resolveReference(doc, { start: at, end: at + 'Chinese officials'.length }), china?.id);
  const none = analyzer.analyzeDoc('Chinese officials said nothing.', { published: '2024-11-17' });
  assert.equal(resolveReference(none, { start: 0, end: 17 }), null);
});

test('unknown organisations get a sector from their own words and a country from a place word', () => {
  const text = 'The Nigerian Army and the Lagos State Police clashed. Shares in Orbital Freight Ltd fell.';
  const list = entities(text);
  const army = holding(list, text, 'Nigerian Army');
  assert.deepEqual([army?.type, army?.sector, army?.country], ['ORG', 'MIL', 'NGA']);
  const police = holding(list, text, 'Lagos State Police');
  assert.deepEqual([police?.sector, police?.country], ['COP', 'NGA']);
  assert.equal(holding(list, text, 'Orbital Freight Ltd')?.sector, 'BUS');
});

test('a Title Case headline does not turn its capitalised words into names', () => {
  const text = 'Farmer Says Flood Was Worst In Decades After Storm Hits Devon\nJune Morrow, a farmer, said the water rose overnight.';
  const list = entities(text);
  assert.equal(list.find((e) => /Says|Was|Worst/.test(e.mentions.map((m) => m.text).join(' '))), undefined);
  assert.equal(holding(list, text, 'June Morrow')?.type, 'PERSON');
});

test('a title picks the namesake who held it: "President Clinton" after "Hillary Clinton" is Bill Clinton', () => {
  const text = 'Hillary Clinton spoke first. President Clinton, her husband, followed her.';
  const list = entities(text, '2016-09-01');
  assert.equal(holding(list, text, 'President Clinton')?.name, 'Bill Clinton');
  assert.equal(holding(list, text, 'Hillary Clinton')?.name, 'Hillary Clinton');
});

test('a transcript label in capitals is a person, and joins the name it repeats', () => {
  const text = 'Chris Wallace asked the questions.\nWALLACE: Will you stay?\nMORROW: No.';
  const list = entities(text);
  const wallace = holding(list, text, 'Chris Wallace');
  assert.equal(holding(list, text, 'WALLACE'), wallace);
  assert.equal(holding(list, text, 'MORROW')?.type, 'PERSON');
});

test('resolveReference: "the minister" finds a member of the government named in the text; "a government spokesman" its government', () => {
  const text = 'Downing Street backed Rachel Reeves. The minister later said a government spokesman had misspoken.';
  const doc = analyzer.analyzeDoc(text, { published: '2024-11-17' });
  const reeves = doc.entities.find((e) => e.name === 'Rachel Reeves');
  const gov = doc.entities.find((e) => e.kbId === 'gov:GBR');
  const minister = text.indexOf('The minister');
  assert.equal(resolveReference(doc, { start: minister, end: minister + 12 }), reeves?.id);
  const spokesman = text.indexOf('a government spokesman');
  assert.equal(resolveReference(doc, { start: spokesman, end: spokesman + 22 }), gov?.id);
});

test('random jumbles of names, titles, quotes and odd characters never crash and always give valid spans', () => {
  const pieces = ['Sir', 'Mr.', 'The', 'the', 'Prime Minister', 'of', '(', ')', '[', ']', '“', '”', '"', "'s", '’', 'WTO', 'Nato', 'No 10',
    'Downing Street', 'Keir', 'Xi', 'President', 'Chinese', 'premier', 'Labour', 'leader', ',', '.', '\n', '\n\n', 'A', 'B.', 'É', '🇬🇧',
    '\u0000', '\uD800', 'Gov.', 'D-Texas', 'WALLACE:', 'he', 'she', 'It', 'Beijing', 'in', 'London', 'Ltd', 'Party', 'and', 'for', '—', 'İ'];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 800; n++) {
    const parts: string[] = [];
    for (let i = Math.floor(rnd() * 60); i > 0; i--) parts.push(pieces[Math.floor(rnd() * pieces.length)]!);
    const text = parts.join(rnd() < 0.5 ? ' ' : '');
    const doc = analyzer.analyzeDoc(text, { published: '2024-11-17' });
    for (const e of doc.entities) {
      for (const m of e.mentions) assert.ok(m.start < m.end && text.slice(m.start, m.end) === m.text, JSON.stringify(text));
    }
    const s = Math.floor(rnd() * (text.length + 1));
    resolveReference(doc, { start: s, end: Math.min(text.length, s + 12) });
  }
});
