/**
 * What to cut from an edited draft to fit a limit: the least important of the draft's own sentences
 * still present in the text, until the rest fits. Light on purpose (no drafting tables), so the
 * in-page composer can recompute it as the user types.
 */
import { charCount } from './limits';

/** A sentence of a draft with how much it matters (3 = never suggested: greeting, opener, ask, easy-out). */
export interface WeightedSentence {
  text: string;
  importance: number;
}

/** Sentences to cut, least important (and latest) first, until `text` fits `limit`; [] when it fits. */
export function suggestCuts(text: string, sentences: readonly WeightedSentence[], limit: number): string[] {
  let length = charCount(text);
  if (length <= limit) return [];
  const order = sentences
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.importance < 3 && s.text && text.includes(s.text))
    .sort((a, b) => a.importance - b.importance || b.i - a.i);
  const cuts: string[] = [];
  for (const s of order) {
    if (length <= limit) break;
    cuts.push(s.text);
    length -= charCount(s.text) + 1;
  }
  return cuts;
}
