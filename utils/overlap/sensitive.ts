/**
 * Sensitive traits: religion, politics, health, sexuality, ethnicity, union membership. Common Ground
 * never matches or surfaces an interest, cause or About sentence that names one (`data/sensitive.json`).
 */
import sensitiveData from './data/sensitive.json';
import { fold, indexOfRun } from './normalise';

/** Shape of `data/sensitive.json`: folded terms, one or more words each, grouped by trait. */
export type SensitiveData = Record<string, string[]>;

let single: Set<string> | null = null;
/** Multi-word terms by their first word. */
let phrases: Map<string, string[][]> | null = null;
const cache = new Map<string, boolean>();

function load(): void {
  if (single && phrases) return;
  single = new Set();
  phrases = new Map();
  for (const terms of Object.values(sensitiveData as SensitiveData))
    for (const t of terms) {
      const toks = fold(t).split(' ');
      if (toks.length === 1) single.add(toks[0]!);
      else {
        const list = phrases.get(toks[0]!) ?? [];
        list.push(toks);
        phrases.set(toks[0]!, list);
      }
    }
}

/** True when the text names a sensitive trait ("Church youth group", "Democratic Party", "diabetes"). */
export function isSensitive(text: string): boolean {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  load();
  const toks = fold(text).split(' ');
  let out = false;
  for (let i = 0; i < toks.length && !out; i++) {
    const t = toks[i]!;
    if (single!.has(t)) out = true;
    for (const p of phrases!.get(t) ?? []) if (indexOfRun(toks.slice(i, i + p.length), p) === 0) out = true;
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(text, out);
  return out;
}
