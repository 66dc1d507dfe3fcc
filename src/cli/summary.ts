import type { TextSpan } from '../doc/span.js';
import type { DossierRecord, Entity } from '../record/types.js';

const MAX_QUOTE_CHARS = 240;

/** A record as a person at a terminal wants to read it: who said what, what happened, which figures. */
export function formatSummary(record: DossierRecord): string {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null | undefined) => (id ? names.get(id) ?? id : 'unknown speaker');
  const out: string[] = [];
  const { article } = record;
  out.push(`${article.title ?? 'Untitled report'}  [${article.id}]${article.published ? `  ${article.published}` : ''}`);
  out.push(`${countWords(article.text)} words, ${record.entities.length} entities, ${record.quotes.length} quotes, ${record.events.length} events, ${record.amounts.length} figures`);

  section(out, 'Who is in it', topEntities(record.entities).map((e) =>
    `${e.name} (${[e.type, e.country, e.sector].filter(Boolean).join(', ')}) ×${e.mentions.length}`));
  section(out, 'Who said what', record.quotes.map((q) => {
    const to = q.addressee ? ` to ${name(q.addressee)}` : '';
    return `${name(q.speaker)}${to} [${q.kind}]: ${clip(q.content.map((c) => c.text).join(' '))}`;
  }));
  section(out, 'What happened', record.events.map((e) => {
    const who = e.actors.map(name).join(' & ') || '?';
    const whom = e.recipients.length ? ` → ${e.recipients.map(name).join(' & ')}` : '';
    const when = e.date ? `, ${e.date}` : '';
    const where = e.location ? `, in ${e.location.name}` : '';
    const aux = e.auxiliary ? ` (${e.auxiliary})` : '';
    return `${e.type}${aux}: ${who}${whom}${when}${where}  «${clip(firstText(e.evidence))}»`;
  }));
  section(out, 'Figures', record.amounts.map((a) =>
    `${a.span.text} = ${a.value} ${a.unit}${a.object ? ` (${a.object})` : ''}${a.date ? `, ${a.date}` : ''}`));
  section(out, 'When', record.times.map((t) => `${t.span.text} → ${t.value}`));
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string, lines: string[]): void {
  if (lines.length === 0) return;
  out.push('', title);
  for (const line of lines) out.push(`  ${line}`);
}

function topEntities(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 12);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…` : flat;
}

function firstText(spans: TextSpan[]): string {
  return spans[0]?.text ?? '';
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
