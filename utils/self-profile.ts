/**
 * "Use as my profile": on the user's own LinkedIn profile, suggest what My profile could gain —
 * schools, employers, places and skills — for the user to confirm. Nothing is added unasked.
 */
import { fold } from './overlap/normalise';
import type { MyProfile, Profile } from './schema';

/** The My profile lists a suggestion can add to. */
export type SuggestField = 'schools' | 'employers' | 'placesLived' | 'interests';

/** One suggested entry, and whether My profile already has it. */
export interface Suggestion {
  field: SuggestField;
  value: string;
  present: boolean;
}

const key = fold;

/** Workplace suffixes the pvs and SDUI pages add to experience locations (" · Hybrid"). */
const WORKPLACE = /\s*·\s*(on-site|hybrid|remote)\s*$/i;

/** What the user's own page offers My profile, in page order, without duplicates. */
export function suggestFromProfile(profile: Profile, me: MyProfile | null): Suggestion[] {
  const candidates: [SuggestField, string | undefined][] = [
    ...profile.education.map((e) => ['schools', e.school] as [SuggestField, string]),
    ...(profile.current?.company ? [['employers', profile.current.company] as [SuggestField, string]] : []),
    ...profile.experience.map((e) => ['employers', e.company] as [SuggestField, string | undefined]),
    ['placesLived', profile.location],
    ...profile.experience.map(
      (e) => ['placesLived', e.location?.replace(WORKPLACE, '')] as [SuggestField, string | undefined],
    ),
    ...profile.skills.map((s) => ['interests', s] as [SuggestField, string]),
  ];
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const [field, raw] of candidates) {
    const value = raw?.trim();
    if (!value || !/\p{L}/u.test(value) || /^remote$/i.test(value) || value.length > 200) continue;
    const k = `${field}:${key(value)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const present = (me?.[field] ?? []).some((v) => key(v) === key(value));
    out.push({ field, value, present });
  }
  return out;
}

/** My profile with the chosen suggestions appended to their lists (existing entries kept first). */
export function applySuggestions(me: MyProfile, chosen: readonly Suggestion[]): MyProfile {
  const next: MyProfile = { ...me };
  for (const field of ['schools', 'employers', 'placesLived', 'interests'] as const) {
    const add = chosen.filter((s) => s.field === field && !s.present).map((s) => s.value);
    const have = new Set(next[field].map(key));
    next[field] = [...next[field], ...add.filter((v) => !have.has(key(v)))];
  }
  return next;
}
