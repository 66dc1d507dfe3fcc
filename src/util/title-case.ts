/**
 * Words Title Case capitalises and running text never does mid-sentence:
 * one of them capitalised after a line's first word ("Trump Says He Will …",
 * "Talks To Resume After Ceasefire") marks a Title Case headline, where
 * capitals say nothing of names and a capitalised "Says" is still a verb.
 */
export const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(['be', 'was', 'were', 'is', 'are', 'will', "won't", 'can', 'could', 'would',
  'should', 'has', 'have', 'had', 'to', 'at', 'for', 'with', 'after', 'over', 'as', 'from', 'by', 'not', 'but', 'says', 'said', 'into',
  'amid', 'than']);

/**
 * The verdict on a line from its counts: four or more words, at least 60% of
 * them capitalised, and one of TITLE_CASE_WORDS capitalised after the first.
 * Each stage counts with its own token view; the rule is this one.
 */
export function isTitleCaseCount(words: number, capitalised: number, titleWordsCapitalised: number): boolean {
  return words >= 4 && capitalised >= words * 0.6 && titleWordsCapitalised > 0;
}
