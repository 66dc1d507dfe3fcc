import type { Span } from '../../src/doc/span.js';

/** The attribution layers PolNeAR annotates. */
export const ROLES = ['Source', 'Cue', 'Content'] as const;
export type Role = (typeof ROLES)[number];

/** Gold spans of one article, by role; discontinuous spans are split into their parts. */
export type RoleSpans = Record<Role, Span[]>;

/**
 * Reads brat standoff: `T12<TAB>Content 115 200;210 290<TAB>text` lines.
 * Only the text-bound Source, Cue and Content annotations matter for span
 * scoring; E lines tie them together but spans are scored per role.
 */
export function parseBrat(ann: string): RoleSpans {
  const spans: RoleSpans = { Source: [], Cue: [], Content: [] };
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [, head] = line.split('\t');
    if (!head) continue;
    const space = head.indexOf(' ');
    const role = head.slice(0, space) as Role;
    if (!ROLES.includes(role)) continue;
    for (const range of head.slice(space + 1).split(';')) {
      const [start, end] = range.trim().split(/\s+/).map(Number);
      if (Number.isFinite(start) && Number.isFinite(end)) spans[role].push({ start: start!, end: end! });
    }
  }
  return spans;
}
