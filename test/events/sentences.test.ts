/**
 * Event sentences written for these tests (UK/US/wire styles), each with the
 * events it must yield, as "TYPE actors→recipients (auxiliary)". The entity
 * layer is marked by hand (helpers.ts) so only the events stage is tested.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, eventsOf } from './helpers.js';

const CASES: [string, string[]][] = [
  // CONSULT and future meetings (PLOVER: future CONSULT is AGREE)
  ['Helen Lamb met Chen Wei in Beijing on Tuesday.', ['CONSULT chen+lamb→']],
  ['Mr Okafor held talks with Mr Petrov in Geneva.', ['CONSULT okafor+petrov→']],
  ['The Foreign Secretary will meet Mr Chen next week.', ['AGREE chen+lamb→ (future)']],
  ['Ms Moreau is expected to hold talks with Mr Okafor in Paris.', ['AGREE moreau+okafor→ (future)']],
  ['France and Germany will hold a summit in Berlin.', ['AGREE france+germany→ (future)']],
  ['Mr Okafor visited Japan last month.', ['CONSULT okafor→japan']],
  ['Ms Lamb is due to visit India in the spring.', ['AGREE lamb→india (future)']],
  ['Tokyo hosted Mr Okafor for two days of talks.', ['CONSULT okafor→japan']],
  ['Mr Chen spoke by phone with Ms Moreau on Sunday.', ['CONSULT chen+moreau→']],
  ['Ms Lamb’s visit to India was cut short by the storm.', ['CONSULT lamb→india']],
  ['Mr Petrov did not meet Mr Okafor during the conference.', ['CONSULT okafor+petrov→ (negated)']],
  ['Ms Moreau never met Mr Chen.', ['CONSULT chen+moreau→ (negated)']],
  ['Mr Okafor could meet Mr Petrov if the ceasefire holds.', ['CONSULT okafor+petrov→ (hypothetical)']],
  ['Britain invited Mr Chen to London.', ['AGREE uk→chen']],
  // AGREE, SUPPORT, CONCEDE
  ['France and Germany agreed to cooperate on energy security.', ['AGREE france+germany→']],
  ['Japan pledged to provide aid to Ukraine.', ['AGREE japan→ukraine']],
  ['Britain praised India for its handling of the crisis.', ['SUPPORT uk→india']],
  ['Germany backed France in the dispute over fishing rights.', ['SUPPORT germany→france']],
  ['China is supporting Russia in the war.', ['SUPPORT china→russia']],
  ['France and Egypt signed a trade agreement on Thursday.', ['SUPPORT egypt+france→']],
  ['Iran agreed to withdraw its forces from the border.', ['CONCEDE iran→']],
  // an untyped name in a thing's name is no party; one naming a group is
  ['France and Germany agreed to reopen the Korvan border crossing.', ['AGREE france+germany→']],
  ['Russia shelled Tamari rebel camps near the border.', ['ASSAULT russia→tamari']],
  ['Israel eased the restrictions on Gaza fishermen.', ['CONCEDE israel→']],
  ['Egypt lifted the curfew in Cairo.', ['CONCEDE egypt→']],
  // COOPERATE, AID
  ['Britain and France will share intelligence with Germany.', ['AGREE france+uk→germany (future)']],
  ['Japan is working with India on a new rail line.', ['COOPERATE japan→india']],
  ['Germany sent humanitarian aid to Egypt.', ['AID germany→egypt']],
  ['The United States is keeping Ukraine afloat with loans.', ['AID usa→ukraine']],
  ['Britain has supplied weapons to Ukraine.', ['AID uk→ukraine']],
  ['Japan will send aid to Ukraine.', ['AGREE japan→ukraine (future)']],
  ['Germany gave Egypt new loans on Monday.', ['AID germany→egypt']],
  ['The United States is providing intelligence to Ukraine.', ['AID usa→ukraine']],
  ['Japan and India reached a consensus on fishing rights.', ['AGREE india+japan→']],
  // RETREAT
  ['Iran released the British sailors on Friday.', ['RETREAT iran→uk']],
  ['Russia withdrew its troops from the border with Ukraine.', ['RETREAT russia→ukraine']],
  ['The EU lifted sanctions on Iran.', ['RETREAT eu→iran']],
  // REQUEST
  ['Britain urged Iran to release the sailors.', ['REQUEST uk→iran']],
  ['France called on Russia to end the war.', ['REQUEST france→russia']],
  ['Germany demanded an apology from China.', ['REQUEST germany→china']],
  ['Britain said Iran must release the crew.', ['REQUEST uk→iran']],
  ['Ukraine asked Japan for more aid.', ['REQUEST ukraine→japan']],
  // ACCUSE
  ['India condemned the attack on its embassy.', ['ACCUSE india→']],
  ['Britain accused Russia of meddling in the election.', ['ACCUSE uk→russia']],
  ['Germany criticised China over its trade practices.', ['ACCUSE germany→china']],
  ['Israel blamed Iran for the explosion.', ['ACCUSE israel→iran']],
  ['France launched an investigation into the leak.', ['ACCUSE france→']],
  ['Iran protested to France about the arrests.', ['ACCUSE iran→france']],
  // REJECT
  ['Iran rejected the proposal from the EU.', ['REJECT iran→eu']],
  ['Russia refused to meet Mr Okafor.', ['REJECT russia→okafor']],
  ['China ruled out talks with Taiwan.', ['REJECT china→taiwan']],
  ['India cancelled the planned visit to Egypt.', ['REJECT india→egypt']],
  // THREATEN
  ['Russia threatened to cut gas supplies to Germany.', ['THREATEN russia→germany']],
  ['China warned it could invade Taiwan.', ['THREATEN china→taiwan']],
  ['Iran warned Israel against any strike.', ['THREATEN iran→israel']],
  ['Israel said it would strike Iran.', ['THREATEN israel→iran']],
  // PROTEST
  ['Ukrainian farmers protested against the import rules.', ['PROTEST ukraine→']],
  ['French workers went on strike over pensions.', ['PROTEST france→']],
  // SANCTION
  ['The EU imposed sanctions on Russia.', ['SANCTION eu→russia']],
  ['Britain expelled two Russian diplomats.', ['SANCTION uk→russia']],
  ['Germany halted aid to Egypt.', ['SANCTION germany→egypt']],
  ['France recalled its ambassador from Iran.', ['SANCTION france→iran']],
  // MOBILIZE
  ['China is bolstering its army and navy.', ['MOBILIZE china→']],
  ['Russia massed troops near the border with Ukraine.', ['MOBILIZE russia→ukraine']],
  ['Iran test-fired a missile on Sunday.', ['MOBILIZE iran→']],
  // COERCE
  ['Iran arrested three British nationals.', ['COERCE iran→uk']],
  ['Iran released the British sailors.', ['RETREAT iran→uk']],
  ['Russia annexed part of Ukraine.', ['COERCE russia→ukraine']],
  ['China imposed a blockade on Taiwan.', ['COERCE china→taiwan']],
  // ASSAULT, nominalisations, passives
  ['Russia invaded Ukraine.', ['ASSAULT russia→ukraine']],
  ['Russia’s invasion of Ukraine shook Europe.', ['ASSAULT russia→ukraine']],
  ['The Russian invasion of Ukraine began at dawn.', ['ASSAULT russia→ukraine']],
  ['Israeli air strikes on Iran hit two bases.', ['ASSAULT israel→iran']],
  ['Ukraine was attacked by Russia overnight.', ['ASSAULT russia→ukraine']],
  ['Mr Petrov was accused of spying by Ukraine.', ['ACCUSE ukraine→petrov']],
  ['Israel is opposed to French mediation.', ['REJECT israel→france']],
  ['Russia launched a fresh attack on Ukraine.', ['ASSAULT russia→ukraine']],
  ['Iran could attack Israel.', ['ASSAULT iran→israel (hypothetical)']],
  ['Russia did not attack Ukraine from the north.', ['ASSAULT russia→ukraine (negated)']],
  ['Russia invaded Ukraine in 2014.', ['ASSAULT russia→ukraine (historical)']],
  // announced refusals are REJECT; conditional conflict is THREATEN
  ['Iran said it would not release the British sailors.', ['REJECT iran→uk']],
  ['Russia will not meet Ukraine.', ['REJECT russia→ukraine']],
  ['France may halt aid to Egypt if the trial goes ahead.', ['THREATEN france→egypt']],
  ['Israel could strike Iran if talks fail, Mr Okafor said.', ['THREATEN israel→iran']],
  // a participial modifier between subject and verb
  ['Russian jets using guided bombs struck Ukraine overnight.', ['ASSAULT russia→ukraine']],
  // light verbs with modifiers before the event noun
  ['Ukrainian farmers staged a 48-hour hunger strike outside parliament.', ['PROTEST ukraine→']],
  ['Japan will give Egypt an emergency loan.', ['AGREE japan→egypt (future)']],
  ['Iran declared a unilateral ceasefire.', ['RETREAT iran→']],
  ['Israel reneged on its commitment to Egypt.', ['REJECT israel→egypt']],
  // wire style: the day between subject and verb
  ['Iran on Tuesday threatened to close its border with Egypt.', ['THREATEN iran→egypt']],
  // a group named before its place acts, not the place
  ['Israeli police in Cairo arrested two men.', ['COERCE israel→']],
  // a rank before a title is one of its words: the country acts
  ['Japan’s Vice Foreign Minister visited Russia on Monday.', ['CONSULT japan→russia']],
  // a party that must do what no pattern reads is asked to by whoever said so
  ['Britain declared on Tuesday that China must lower its tariffs.', ['REQUEST uk→china']],
  ['“Iran must stop enriching uranium,” Mr Okafor said.', ['REQUEST okafor→iran']],
  ['Iran demanded on Friday that Egypt reopen the crossing.', ['REQUEST iran→egypt']],
  ['Iran demanded Friday that Egypt reopen the crossing.', ['REQUEST iran→egypt']],
  // a conditional threat is aimed at the condition's subject, when named
  ['Iran threatened to quit the talks if the United States imposed new sanctions.', ['THREATEN iran→usa']],
  ['Japan threatened to halt the project unless India paid its share.', ['THREATEN japan→india']],
  ['Mr Okafor threatened to resign if he lost the vote.', ['THREATEN okafor→']],
  ['The EU on Friday rejected the proposal from Russia.', ['REJECT eu→russia']],
  ['Japan’s government on Sunday lifted the curfew.', ['CONCEDE japan→']],
];

/** Sentences that carry no PLOVER event, however event-like their words. */
const NO_EVENT = [
  // the doer after "by" is who did it, not where: "gunmen in Cairo" are unnamed
  'Israeli tourists were attacked by gunmen in Cairo.',
  // a "must" no one is said to have said is the writer's view; a passive one what must befall the subject
  'China must lower its tariffs.',
  'Iran must be punished, Mr Okafor said.',
  // a place named after "near the town of" is where it happened, not who did it
  'A roadside bomb near the town of Samarra killed two soldiers.',
  // releasing documents, past determiners and adjectives, frees no one
  'Mr Okafor released his tax returns on Friday.',
  'Britain released the full transcripts of the talks.',
  // an -s form between a name and its object is a verb: "calls X Y" names, it asks for nothing
  'Mr Chen calls Ms Moreau a friend.',
  // a passive with no "by": the one it was done to is no actor, and the doer is unnamed
  'Mr Chen was asked for details of the deal.',
  'Mr Petrov has been criticised for his silence.',
  'Iran said three British sailors were arrested near the strait.',
  'Shares in London rallied after the decision.',
  'The President signed an executive order on artificial intelligence.',
  'The company released its annual report.',
  'Russia ignores the rules.',
  'Talks were held in Geneva.',
  'The ministry released a statement on Monday.',
  'In March, prices rose in Germany.',
];

for (const sentence of NO_EVENT) {
  test(`no event: ${sentence}`, () => {
    assert.deepEqual(eventsOf(sentence).map(brief), []);
  });
}

for (const [sentence, expected] of CASES) {
  test(`events: ${sentence}`, () => {
    const got = eventsOf(sentence).map(brief);
    for (const e of expected) assert.ok(got.includes(e), `expected ${e}; got ${got.join(' | ') || 'nothing'}`);
  });
}

test('events: at least sixty sentences are covered', () => {
  assert.ok(CASES.length >= 60);
});
