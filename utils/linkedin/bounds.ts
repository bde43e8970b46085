/**
 * What any reader returns is bounded and clean before it leaves `utils/linkedin/`: invisible bidi
 * controls (a right-to-left override in a name turns "Ann‮gnp.exe" into something else on screen)
 * are dropped from every string, every string field is cut at a length no real profile reaches,
 * and every list at a size no real profile reaches. Applied once, in `page-reader.ts`, to the
 * output of every generation's reader.
 */
import type { Profile } from '../schema';

/**
 * Bidi embedding, override and isolate controls and the invisible direction marks (U+061C,
 * U+200E/F, U+202A–202E, U+2066–2069), plus C0/C1 controls other than the line break an About keeps.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Longest string kept per field name (LinkedIn's own limits are lower: headline 220, About 2,600). */
export const FIELD_CAPS: Readonly<Record<string, number>> = {
  name: 200,
  headline: 500,
  location: 200,
  pronouns: 40,
  about: 5000,
  description: 3000,
  start: 40,
  end: 40,
};
/** Longest string kept in any other field (titles, companies, schools, skills…). */
export const DEFAULT_CAP = 300;
/** URLs longer than this are dropped (a cut URL would point somewhere else). */
export const URL_CAP = 600;
/** Most entries kept per list (LinkedIn allows 100 skills; lists are far shorter in practice). */
export const LIST_CAPS: Readonly<Record<string, number>> = {
  experience: 200,
  education: 100,
  skills: 500,
  interests: 300,
  volunteering: 100,
  causes: 50,
  languages: 50,
};

/** `s` without invisible controls, cut at `max` characters (never inside a surrogate pair). */
export function boundedText(s: string, max: number): string {
  let out = s.replace(INVISIBLE, '');
  if (out.length > max) {
    out = out.slice(0, max);
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
    out = out.trimEnd();
  }
  return out;
}

function boundValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (/url$/i.test(key)) return value.length > URL_CAP ? undefined : boundedText(value, URL_CAP);
    return boundedText(value, FIELD_CAPS[key] ?? DEFAULT_CAP);
  }
  if (Array.isArray(value)) return value.slice(0, LIST_CAPS[key] ?? 100).map((v) => boundValue(key, v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const bounded = boundValue(k, v);
      if (bounded !== undefined) out[k] = bounded;
    }
    return out;
  }
  return value;
}

/** A copy of `profile` with every string cleaned and capped and every list capped (see the tables above). */
export function boundProfile(profile: Profile): Profile {
  return boundValue('', profile) as Profile;
}
