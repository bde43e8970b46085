/**
 * "Use as my profile": on the user's own LinkedIn profile, suggest what My profile could gain —
 * schools, employers, places and skills — for the user to confirm. Nothing is added unasked.
 */
import { fold } from './overlap/normalise';
import { pageUrl, parsePageUrl } from './overlap/pages';
import type { MyProfile, Profile } from './schema';

/** The My profile lists a suggestion can add to. */
export type SuggestField = 'schools' | 'employers' | 'placesLived' | 'interests';

/** One suggested entry, and whether My profile already has it. */
export interface Suggestion {
  field: SuggestField;
  value: string;
  /** The school's or company's LinkedIn page as the page links it (canonical URL), for `schoolPages` / `employerPages`. */
  url?: string;
  present: boolean;
}

/** What the user picked of a suggestion. */
export type SuggestionPick = Pick<Suggestion, 'field' | 'value' | 'url'>;

/** The canonical page URL of a reader's school or company link, or undefined. */
function pageOf(url: string | undefined): string | undefined {
  const p = parsePageUrl(url?.replace(/^(https?:\/\/[^/]+\/(?:school|company)\/[^/?#]+).*$/i, '$1/'));
  return p ? pageUrl(p) : undefined;
}

const key = fold;

/** Workplace suffixes the pvs and SDUI pages add to experience locations (" · Hybrid"). */
const WORKPLACE = /\s*·\s*(on-site|hybrid|remote)\s*$/i;

/** What the user's own page offers My profile, in page order, without duplicates. */
export function suggestFromProfile(profile: Profile, me: MyProfile | null): Suggestion[] {
  type Candidate = [SuggestField, string | undefined, string?];
  const candidates: Candidate[] = [
    ...profile.education.map((e): Candidate => ['schools', e.school, pageOf(e.schoolUrl)]),
    ...(profile.current?.company
      ? [['employers', profile.current.company, pageOf(profile.current.companyUrl)] as Candidate]
      : []),
    ...profile.experience.map((e): Candidate => ['employers', e.company, pageOf(e.companyUrl)]),
    ['placesLived', profile.location],
    ...profile.experience.map(
      (e) => ['placesLived', e.location?.replace(WORKPLACE, '')] as [SuggestField, string | undefined],
    ),
    ...profile.skills.map((s) => ['interests', s] as [SuggestField, string]),
  ];
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const [field, raw, url] of candidates) {
    const value = raw?.trim();
    if (!value || !/\p{L}/u.test(value) || /^remote$/i.test(value) || value.length > 200) continue;
    const k = `${field}:${key(value)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const present = (me?.[field] ?? []).some((v) => key(v) === key(value));
    out.push(url ? { field, value, url, present } : { field, value, present });
  }
  return out;
}

/**
 * My profile with the chosen suggestions appended to their lists (existing entries kept first); a chosen
 * school or employer brings its LinkedIn page, also to an entry already there without one.
 */
export function applySuggestions(
  me: MyProfile,
  chosen: readonly (SuggestionPick & { present?: boolean })[],
): MyProfile {
  const next: MyProfile = { ...me };
  for (const field of ['schools', 'employers', 'placesLived', 'interests'] as const) {
    const add = chosen.filter((s) => s.field === field && !s.present).map((s) => s.value);
    const have = new Set(next[field].map(key));
    next[field] = [...next[field], ...add.filter((v) => !have.has(key(v)))];
  }
  for (const [field, pagesField] of [
    ['schools', 'schoolPages'],
    ['employers', 'employerPages'],
  ] as const) {
    const pages = { ...(next[pagesField] ?? {}) };
    for (const s of chosen) {
      const page = s.field === field ? pageOf(s.url) : undefined;
      const entry = page && next[field].find((v) => key(v) === key(s.value));
      if (entry && page && !pages[entry]) pages[entry] = page;
    }
    next[pagesField] = pages;
  }
  return next;
}
