import { createHash } from 'node:crypto';
import type { Doc } from '../doc/document.js';
import { RECORD_SCHEMA, type DossierRecord } from './types.js';

/**
 * The article id: a hash of the text alone, so the same report gets the same
 * id whatever file, feed or run it came from.
 */
export function articleId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}

/** The record of an analysed document; `id`, when the caller has it already, is articleId(doc.text). */
export function toRecord(doc: Doc, id = articleId(doc.text)): DossierRecord {
  const { title, published, source, url } = doc.meta;
  const record: DossierRecord = {
    schema: RECORD_SCHEMA,
    article: {
      id,
      ...(title !== undefined && { title }),
      ...(published !== undefined && { published }),
      ...(source !== undefined && { source }),
      ...(url !== undefined && { url }),
      text: doc.text,
    },
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    amounts: doc.amounts,
    times: doc.times,
  };
  if (doc.messages.length > 0) record.messages = doc.messages;
  return record;
}
