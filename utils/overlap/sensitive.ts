/**
 * Sensitive traits: religion, politics, health, sexuality, ethnicity, union membership. Common Ground
 * never matches or surfaces an interest, cause or About sentence that names one (`data/sensitive.json`).
 */
import sensitiveData from './data/sensitive.json';
import { fold } from './normalise';

/** Shape of `data/sensitive.json`: folded terms, one or more words each, grouped by trait. */
export type SensitiveData = Record<string, string[]>;

let single: Set<string> | null = null;
let phrases: string[] | null = null;

function load(): void {
  if (single && phrases) return;
  single = new Set();
  phrases = [];
  for (const terms of Object.values(sensitiveData as SensitiveData))
    for (const t of terms) {
      const f = fold(t);
      if (f.includes(' ')) phrases.push(` ${f} `);
      else single.add(f);
    }
}

/** True when the text names a sensitive trait ("Church youth group", "Democratic Party", "diabetes"). */
export function isSensitive(text: string): boolean {
  load();
  const f = fold(text);
  if (f === '') return false;
  for (const t of f.split(' ')) if (single!.has(t)) return true;
  const padded = ` ${f} `;
  for (const p of phrases!) if (padded.includes(p)) return true;
  return false;
}
