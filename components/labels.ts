/** Words the UI shows for data values. */
import type { OverlapKind, PersonRole } from '@/utils/schema';

/** Role names as the user reads them. */
export const ROLE_LABELS: Record<PersonRole, string> = {
  sponsor: 'Sponsor',
  mentor: 'Mentor',
  both: 'Sponsor & mentor',
  connector: 'Connector',
};

/** Common-ground kinds as the user reads them. */
export const KIND_LABELS: Record<OverlapKind, string> = {
  almaMater: 'Alma mater',
  hometown: 'Same area',
  interest: 'Shared interest',
  employer: 'Employer',
};

/** The kind on the badge itself, seen and spoken before its text ("School · Erasmus alum"). */
export const KIND_PREFIX: Record<OverlapKind, string> = {
  almaMater: 'School',
  hometown: 'Place',
  interest: 'Interest',
  employer: 'Employer',
};

/** From this strength on (0–1) a common-ground item is a strong match; below it, a weak one. */
export const STRONG_AT = 0.7;

/** Strong or weak, as the badge shows and says it. */
export function strengthOf(item: { strength: number }): 'strong' | 'weak' {
  return item.strength >= STRONG_AT ? 'strong' : 'weak';
}

/** "22 Nov 2026" from an ISO date, in the user's locale. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Said after "Use as my profile" added entries. */
export const adoptedMessage = (count: number) => `Added ${count} ${count === 1 ? 'entry' : 'entries'} to My profile.`;

/** Shown beside the notes editor when the stored notes changed elsewhere while the user was editing them. */
export const NOTES_CHANGED =
  'These notes changed in another window while you were editing. Your text is kept in the box above; the saved notes now read:';
