/**
 * A fixed piece of JavaScript work, timed. This machine's speed swings by up
 * to 1.9x within a day (the same build on the same reports took 2.4 to 5 ms
 * of CPU time an article, and by 40% within one ingest bench), so the
 * ingest bench times this before each scenario: rows compare only at
 * similar readings. It uses none of dossier's code, so a change to dossier
 * does not move it.
 */
import { seededRandom, type Rand } from './random.js';

/** Median milliseconds of several runs of the work (each about 50 ms on a fast reading). */
export function machineSpeedMs(runs = 7): number {
  work(); // warm up: compile before timing
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

/** String building, Map counting, sorting, a regular expression and JSON: what dossier's threads spend their time on. */
function work(): number {
  const rand = seededRandom(7);
  const words = Array.from({ length: 30_000 }, () => word(rand));
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  const text = words.join(' ').replace(/[aeiou]+(?=[a-z])/g, (m) => m.toUpperCase());
  const parsed = JSON.parse(JSON.stringify(words.map((w, i) => ({ w, i, n: counts.get(w) })))) as unknown[];
  return sorted.length + text.length + parsed.length;
}

function word(rand: Rand): string {
  let w = '';
  for (let n = 3 + Math.floor(rand() * 6); n > 0; n--) w += String.fromCharCode(97 + Math.floor(rand() * 12));
  return w;
}
