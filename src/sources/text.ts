import type { ArticleItem } from './types.js';

const MAX_HEADLINE_CHARS = 160;

/**
 * A plain-text report. The text is kept whole (evidence offsets point into
 * it); a short first line followed by a blank line is taken as the headline.
 */
export function readPlainText(text: string): ArticleItem {
  const item: ArticleItem = { text };
  const firstBreak = text.indexOf('\n\n');
  if (firstBreak > 0 && firstBreak <= MAX_HEADLINE_CHARS) {
    const first = text.slice(0, firstBreak).trim();
    if (first && !first.includes('\n') && !/[.:;,]$/.test(first)) item.title = first;
  }
  return item;
}
