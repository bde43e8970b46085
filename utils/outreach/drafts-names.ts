/**
 * Names as a greeting needs them: "Dr. Ana María Souza, PhD (she/her) 🚀" → full "Ana María Souza",
 * first "Ana". Handles single-word names, initials ("J. Robert Smith" → "Robert") and right-to-left names
 * (bidi marks removed; the first word in logical order is the first name).
 */

/** Credentials and suffixes people add to their LinkedIn name (compared without dots, case-insensitively). */
export const NAME_CREDENTIALS: ReadonlySet<string> = new Set([
  'phd',
  'mba',
  'md',
  'jd',
  'cpa',
  'cfa',
  'pmp',
  'pe',
  'msc',
  'ms',
  'ma',
  'mfa',
  'mph',
  'bsc',
  'bs',
  'ba',
  'meng',
  'rn',
  'np',
  'dds',
  'dvm',
  'esq',
  'shrm-cp',
  'shrm-scp',
  'cissp',
  'cism',
  'csm',
  'pmi-acp',
  'faia',
  'aia',
  'leed',
  'ap',
  'frm',
  'cma',
  'acca',
  'aca',
  'fca',
  'cipd',
  'edd',
  'dba',
  'psyd',
  'lcsw',
  'peng',
  'ceng',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'obe',
  'mbe',
  'cbe',
  'frsa',
]);

/** Honorifics before a name. */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'sir',
  'dame',
  'rev',
  'hon',
  'eng',
  'ing',
  'mag',
]);

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu;
const key = (w: string) => w.toLowerCase().replace(/[.,]/g, '');

/** The person's name without emoji, pronouns, bracketed notes, honorifics or credentials. */
export function cleanName(name: string): string {
  let n = name.replace(BIDI, '').replace(EMOJI, ' ');
  n = n.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|（[^）]*）/g, ' ');
  n = n.replace(/[|•·]/g, ',');
  // "Jane Doe, PhD, MBA" / "Jane Doe - Recruiter": keep what comes before the first comma or dash list.
  const [head = ''] = n.split(/\s*,\s*|\s+[-–—]\s+/);
  const words = head.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  while (words.length > 1 && NAME_PREFIXES.has(key(words[0]!))) words.shift();
  while (words.length > 1 && NAME_CREDENTIALS.has(key(words[words.length - 1]!))) words.pop();
  return words.join(' ').replace(/[{}]/g, '').trim();
}

/** The first name for a greeting, or '' when the name gives none. Initials ("J.") are skipped. */
export function firstNameOf(name: string): string {
  const words = cleanName(name).split(' ').filter(Boolean);
  const first = words.find((w) => !/^\p{L}\.?$/u.test(w)) ?? words[0] ?? '';
  return first.replace(/[.,;:]+$/, '');
}
