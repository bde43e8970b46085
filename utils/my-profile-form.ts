/**
 * The My profile form's data: lists edited as one entry per line, validated with the MyProfile
 * schema, errors keyed by field so the form can show them inline.
 */
import { describeLimits, goalConflicts, parseLimits } from './outreach/limits-personal';
import { phrasesFor } from './outreach/phrases';
import { MyProfile } from './schema';

/** List fields of My profile, edited one entry per line. */
export const LIST_FIELDS = ['schools', 'hometowns', 'placesLived', 'employers', 'interests', 'proudOf'] as const;
/** Text fields of My profile. */
export const TEXT_FIELDS = ['name', 'seniority', 'goals', 'limits', 'offers'] as const;

export type FormField = (typeof LIST_FIELDS)[number] | (typeof TEXT_FIELDS)[number];
/** The form's raw values: every field as the text in its box. */
export type MyProfileDraft = Record<FormField, string>;

/** Raw form values for a stored profile (or an empty form). */
export function toDraft(me: MyProfile | null): MyProfileDraft {
  const m = me ?? MyProfile.parse({});
  return {
    name: m.name,
    seniority: m.seniority,
    goals: m.goals,
    limits: m.limits,
    offers: m.offers,
    schools: m.schools.join('\n'),
    hometowns: m.hometowns.join('\n'),
    placesLived: m.placesLived.join('\n'),
    employers: m.employers.join('\n'),
    interests: m.interests.join('\n'),
    proudOf: m.proudOf.join('\n'),
  };
}

/** What saving My profile tells the user about their limits: what was understood, and goals they rule out. */
export interface LimitsReport {
  /** The limits as understood ("No relocation", "Stays in Stockholm"). */
  understood: string[];
  /** One sentence per goal a limit rules out; drafts leave those goals out. */
  conflicts: string[];
}

/** The limits report for a saved profile. */
export function limitsReport(me: MyProfile): LimitsReport {
  const template = phrasesFor('en').limitLabels.conflict;
  return {
    understood: describeLimits(parseLimits(me.limits)),
    conflicts: goalConflicts(me.goals, me.limits).map((c) =>
      template.replace('{goal}', c.goal).replace('{limit}', c.label),
    ),
  };
}

/** Validate the form: a MyProfile, or inline errors by field ("“???”: Must contain a letter"). */
export function fromDraft(
  draft: MyProfileDraft,
): { ok: true; me: MyProfile } | { ok: false; errors: Partial<Record<FormField, string>> } {
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const candidate = {
    name: draft.name,
    seniority: draft.seniority,
    goals: draft.goals,
    limits: draft.limits,
    offers: draft.offers,
    schools: lines(draft.schools),
    hometowns: lines(draft.hometowns),
    placesLived: lines(draft.placesLived),
    employers: lines(draft.employers),
    interests: lines(draft.interests),
    proudOf: lines(draft.proudOf),
  };
  const parsed = MyProfile.safeParse(candidate);
  if (parsed.success) return { ok: true, me: parsed.data };
  const errors: Partial<Record<FormField, string>> = {};
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path as [FormField, number | undefined];
    if (errors[field]) continue;
    const entry = typeof index === 'number' ? candidate[field as (typeof LIST_FIELDS)[number]][index] : undefined;
    errors[field] = entry === undefined ? issue.message : `“${entry.slice(0, 40)}”: ${issue.message}`;
  }
  return { ok: false, errors };
}
