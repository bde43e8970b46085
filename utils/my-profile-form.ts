/**
 * The My profile form's data: lists edited as one entry per line, validated with the MyProfile
 * schema, errors keyed by field so the form can show them inline. A school or employer line may end
 * with its LinkedIn page after a bar — `Stanford University | https://www.linkedin.com/school/stanford-university/`
 * — which then decides matches exactly (`schoolPages` / `employerPages`).
 */
import { describeLimits, goalConflicts, parseLimits } from './outreach/limits-personal';
import { phrasesFor } from './outreach/phrases';
import { pageUrl, parsePageUrl } from './overlap/pages';
import { MyProfile } from './schema';

/** List fields of My profile, edited one entry per line. */
export const LIST_FIELDS = ['schools', 'hometowns', 'placesLived', 'employers', 'interests', 'proudOf'] as const;
/** Text fields of My profile. */
export const TEXT_FIELDS = ['name', 'seniority', 'goals', 'limits', 'offers'] as const;

export type FormField = (typeof LIST_FIELDS)[number] | (typeof TEXT_FIELDS)[number];
/** The form's raw values: every field as the text in its box. */
export type MyProfileDraft = Record<FormField, string>;

/** The list fields whose lines may carry a LinkedIn page, and where the pages are kept. */
export const PAGE_FIELDS = { schools: 'schoolPages', employers: 'employerPages' } as const;

/** A line with a LinkedIn link after its last bar: the name, and the link as written. */
const WITH_LINK = /^(.*\S)\s*\|\s*(\S*linkedin\.com\S*)$/i;

/**
 * Read one school or employer line: `Name` or `Name | <LinkedIn school or company link>`. The page is
 * the canonical URL; `error` when the link after the bar is not a school or company page.
 */
export function splitPageLink(line: string): { name: string; page?: string; error?: string } {
  const m = WITH_LINK.exec(line.trim());
  if (!m?.[1] || !m[2]) return { name: line.trim() };
  const page = parsePageUrl(m[2]);
  if (!page) return { name: m[1], error: `“${m[2].slice(0, 60)}” is not a LinkedIn school or company page` };
  return { name: m[1], page: pageUrl(page) };
}

/** A list entry as its form line: with ` | page` when My profile has its page. */
const lineOf = (entry: string, pages: Record<string, string>): string =>
  pages[entry] ? `${entry} | ${pages[entry]}` : entry;

/** Raw form values for a stored profile (or an empty form). */
export function toDraft(me: MyProfile | null): MyProfileDraft {
  const m = me ?? MyProfile.parse({});
  return {
    name: m.name,
    seniority: m.seniority,
    goals: m.goals,
    limits: m.limits,
    offers: m.offers,
    schools: m.schools.map((e) => lineOf(e, m.schoolPages)).join('\n'),
    hometowns: m.hometowns.join('\n'),
    placesLived: m.placesLived.join('\n'),
    employers: m.employers.map((e) => lineOf(e, m.employerPages)).join('\n'),
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
  const errors: Partial<Record<FormField, string>> = {};
  const withPages = (field: keyof typeof PAGE_FIELDS) => {
    const names: string[] = [];
    const pages: Record<string, string> = {};
    for (const line of lines(draft[field])) {
      const r = splitPageLink(line);
      if (r.error) errors[field] ??= r.error;
      names.push(r.name);
      if (r.page) pages[r.name] = r.page;
    }
    return { names, pages };
  };
  const schools = withPages('schools');
  const employers = withPages('employers');
  const candidate = {
    name: draft.name,
    seniority: draft.seniority,
    goals: draft.goals,
    limits: draft.limits,
    offers: draft.offers,
    schools: schools.names,
    hometowns: lines(draft.hometowns),
    placesLived: lines(draft.placesLived),
    employers: employers.names,
    interests: lines(draft.interests),
    proudOf: lines(draft.proudOf),
    schoolPages: schools.pages,
    employerPages: employers.pages,
  };
  const parsed = MyProfile.safeParse(candidate);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, me: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const [path, index] = issue.path as [string, number | undefined];
    // A page's problem shows on the list it belongs to.
    const field = (
      path === PAGE_FIELDS.schools ? 'schools' : path === PAGE_FIELDS.employers ? 'employers' : path
    ) as FormField;
    if (errors[field]) continue;
    const entry = typeof index === 'number' ? candidate[field as (typeof LIST_FIELDS)[number]][index] : undefined;
    errors[field] = entry === undefined ? issue.message : `“${entry.slice(0, 40)}”: ${issue.message}`;
  }
  return { ok: false, errors };
}
