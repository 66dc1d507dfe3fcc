import type { Doc } from '../../src/doc/document.js';
import type { EntityType, Event } from '../../src/record/types.js';
import { extractEvents } from '../../src/stages/events/index.js';
import { segment } from '../helpers.js';

export interface FixtureEntity {
  id: string;
  type: EntityType;
  country?: string;
  /** Surface forms to mark as mentions wherever they occur as whole words. */
  names: string[];
}

/**
 * A segmented document with hand-marked entities, so the events tests check
 * the events stage alone, whatever the entity stage would have found.
 */
export function docWith(text: string, entities: FixtureEntity[], times: { text: string; value: string }[] = []): Doc {
  const doc = segment(text);
  doc.entities = entities.map((e) => ({
    id: e.id,
    name: e.names[0]!,
    type: e.type,
    ...(e.country ? { country: e.country } : {}),
    mentions: e.names.flatMap((name) => occurrences(text, name)).map(([start, end]) => doc.span(start, end)),
  }));
  doc.provided.add('entities');
  if (times.length > 0) {
    doc.times = times.map((t) => {
      const start = text.indexOf(t.text);
      return { span: doc.span(start, start + t.text.length), value: t.value };
    });
    doc.provided.add('times');
  }
  return doc;
}

function occurrences(text: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^the /, '[Tt]he ');
  const re = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + name.length]);
  return found;
}

/** The common cast of the fixtures: countries and a few people, all invented or generic. */
export const CAST: FixtureEntity[] = [
  { id: 'china', type: 'GPE', country: 'CHN', names: ['China', 'Beijing', 'Chinese'] },
  { id: 'russia', type: 'GPE', country: 'RUS', names: ['Russia', 'Moscow', 'Russian'] },
  { id: 'ukraine', type: 'GPE', country: 'UKR', names: ['Ukraine', 'Kyiv', 'Ukrainian'] },
  { id: 'uk', type: 'GPE', country: 'GBR', names: ['Britain', 'the UK', 'London', 'British'] },
  { id: 'usa', type: 'GPE', country: 'USA', names: ['the United States', 'Washington', 'America', 'US'] },
  { id: 'france', type: 'GPE', country: 'FRA', names: ['France', 'Paris', 'French'] },
  { id: 'germany', type: 'GPE', country: 'DEU', names: ['Germany', 'Berlin', 'German'] },
  { id: 'iran', type: 'GPE', country: 'IRN', names: ['Iran', 'Tehran', 'Iranian'] },
  { id: 'israel', type: 'GPE', country: 'ISR', names: ['Israel', 'Israeli'] },
  { id: 'taiwan', type: 'GPE', country: 'TWN', names: ['Taiwan'] },
  { id: 'japan', type: 'GPE', country: 'JPN', names: ['Japan', 'Tokyo', 'Japanese'] },
  { id: 'india', type: 'GPE', country: 'IND', names: ['India', 'New Delhi', 'Indian'] },
  { id: 'brazil', type: 'GPE', country: 'BRA', names: ['Brazil', 'Rio de Janeiro'] },
  { id: 'egypt', type: 'GPE', country: 'EGY', names: ['Egypt', 'Cairo'] },
  { id: 'nato', type: 'ORG', names: ['Nato', 'NATO'] },
  { id: 'eu', type: 'ORG', names: ['the EU', 'the European Union', 'Brussels'] },
  { id: 'un', type: 'ORG', names: ['the UN', 'the United Nations'] },
  { id: 'g7', type: 'ORG', names: ['G7'] },
  { id: 'lamb', type: 'PERSON', country: 'GBR', names: ['Helen Lamb', 'Ms Lamb', 'the Foreign Secretary'] },
  { id: 'okafor', type: 'PERSON', country: 'USA', names: ['David Okafor', 'Mr Okafor', 'the Secretary of State'] },
  { id: 'chen', type: 'PERSON', country: 'CHN', names: ['Chen Wei', 'Mr Chen'] },
  { id: 'petrov', type: 'PERSON', country: 'RUS', names: ['Ivan Petrov', 'Mr Petrov'] },
  { id: 'moreau', type: 'PERSON', country: 'FRA', names: ['Claire Moreau', 'Ms Moreau'] },
  // Names the entity stage could not type: a place in a thing's name, and a group.
  { id: 'korvan', type: 'MISC', names: ['Korvan'] },
  { id: 'tamari', type: 'MISC', names: ['Tamari'] },
];

export function eventsOf(text: string, options: { published?: string; times?: { text: string; value: string }[] } = {}): Event[] {
  return extractEvents(docWith(text, CAST, options.times ?? []), options.published ?? '2025-03-12');
}

/** A compact line per event for readable assertions: "ASSAULT russia→ukraine". */
export function brief(e: Event): string {
  const aux = e.auxiliary ? ` (${e.auxiliary})` : '';
  return `${e.type} ${[...e.actors].sort().join('+')}→${[...e.recipients].sort().join('+')}${aux}`;
}
