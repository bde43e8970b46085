/**
 * List entries of the "pvs" generations (B 2022, C Jul 2024, D Nov 2024) and of the
 * `/details/<section>/` pages, which print the same entries. An entry is a block of lines
 * (title, subtitle, dates, location…) whose visual copies are `[aria-hidden=true]`; nested lists
 * hold descriptions, endorsements and — for a company with several roles — the roles themselves.
 */
import type { Education, Experience, Interest, InterestCategory, Volunteering } from '../../schema';
import { childEntries, clean, closestWithin, entryLines, topLevel, visibleText } from '../dom';
import { companyOf, isDuration, isEmploymentType, parseDateRange, placeOf, splitDegree, yearOf } from '../parse';
import { entityUrl } from '../url';

/** Drop undefined properties, so results compare cleanly and serialise without holes. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Links that belong to `entry` itself, not to an entry nested inside it. */
function ownLinks(entry: Element, entrySelector: string, hrefPart: string[]): HTMLAnchorElement[] {
  const selector = hrefPart.map((p) => `a[href*="${p}"]`).join(', ');
  return [...entry.querySelectorAll<HTMLAnchorElement>(selector)].filter(
    (a) => !a.parentElement || closestWithin(a.parentElement, entrySelector, entry) === entry,
  );
}

/** True for the group header's "5 yrs 11 mos" or "Full-time · 5 yrs 11 mos". */
function isDurationLine(line: string): boolean {
  const parts = line.split(' · ');
  return isDuration(parts[parts.length - 1] ?? '');
}

/** One role's lines: title first; before the dates the company line, after them the location. */
function readRole(lines: string[], group?: { company?: string; companyUrl?: string; location?: string }): Experience {
  const [title, ...rest] = lines;
  let company: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  let location: string | undefined;
  let dated = false;
  for (const line of rest) {
    const range = dated ? null : parseDateRange(line);
    if (range) {
      dated = true;
      start = range.start;
      // A single date ("May 2016 · 1 mo") is a one-month role: it ended when it started.
      end = range.end ?? range.start;
      continue;
    }
    if (isDurationLine(line) || isEmploymentType(line)) continue;
    if (!dated) {
      // Roles nested under a grouped company print only the employment type here.
      if (!group && company === undefined) company = companyOf(line);
      continue;
    }
    location ??= placeOf(line);
  }
  return compact({
    title: title || undefined,
    company: group?.company ?? (company || undefined),
    companyUrl: group?.companyUrl,
    location: location ?? group?.location,
    start,
    end,
  });
}

/**
 * Experience entries. A company with several roles is one entry whose nested entries are the
 * roles (grouping began Aug 2018 and survives in every pvs generation); each role comes out as a
 * separate Experience of that company.
 */
export function readExperience(root: Element, entrySelector: string): Experience[] {
  const out: Experience[] = [];
  for (const entry of topLevel(root, entrySelector)) {
    const lines = entryLines(entry, entrySelector);
    if (!lines.length) continue;
    const companyUrl = entityUrl(ownLinks(entry, entrySelector, ['/company/'])[0]?.getAttribute('href'));
    const roles = childEntries(entry, entrySelector);
    if (roles.length) {
      const location = lines
        .slice(1)
        .find((l) => !isDurationLine(l) && !parseDateRange(l) && !isEmploymentType(l) && !l.includes(' · '));
      for (const role of roles) {
        const roleLines = entryLines(role, entrySelector);
        if (roleLines.length) out.push(readRole(roleLines, { company: lines[0], companyUrl, location }));
      }
    } else {
      const role = readRole(lines);
      out.push(compact({ ...role, companyUrl }));
    }
  }
  return out;
}

/** Education entries: school, "Degree, Field", "2014 - Jun 2019" (read as years). */
export function readEducation(root: Element, entrySelector: string): Education[] {
  const out: Education[] = [];
  for (const entry of topLevel(root, entrySelector)) {
    const [school, ...rest] = entryLines(entry, entrySelector);
    if (!school) continue;
    let degreeLine: string | undefined;
    let start: string | undefined;
    let end: string | undefined;
    for (const line of rest) {
      const range = parseDateRange(line);
      if (range && start === undefined && end === undefined) {
        // A lone year is the (expected) graduation year.
        if (range.end) {
          start = yearOf(range.start);
          end = yearOf(range.end) ?? range.end;
        } else end = yearOf(range.start);
        continue;
      }
      if (degreeLine === undefined && start === undefined && end === undefined) degreeLine = line;
    }
    // 2022 links schools as /company/<id>/; later ones as /school/<id>/.
    const link = ownLinks(entry, entrySelector, ['/school/', '/company/'])[0];
    out.push(
      compact({
        school,
        schoolUrl: entityUrl(link?.getAttribute('href')),
        ...splitDegree(degreeLine ?? ''),
        start,
        end,
      }),
    );
  }
  return out;
}

/** The first line of each entry, once each: skills, languages. */
export function readNames(root: Element, entrySelector: string): string[] {
  const seen = new Set<string>();
  for (const entry of topLevel(root, entrySelector)) {
    const name = entryLines(entry, entrySelector)[0];
    if (name) seen.add(name);
  }
  return [...seen];
}

/** Volunteering entries: role, organisation, dates, cause. */
export function readVolunteering(root: Element, entrySelector: string): Volunteering[] {
  const out: Volunteering[] = [];
  for (const entry of topLevel(root, entrySelector)) {
    const [role, ...rest] = entryLines(entry, entrySelector);
    if (!role) continue;
    let organization: string | undefined;
    let cause: string | undefined;
    let dated = false;
    for (const line of rest) {
      if (!dated && parseDateRange(line)) {
        dated = true;
        continue;
      }
      if (isDurationLine(line)) continue;
      if (!dated) organization ??= companyOf(line);
      else cause ??= line;
    }
    out.push(compact({ organization, role, cause }));
  }
  return out;
}

/** Interest category from LinkedIn's link patterns (the most durable hook). */
export function categoryFromHref(href: string | null | undefined): InterestCategory | undefined {
  if (!href) return undefined;
  if (/\/(company|showcase)\//.test(href)) return 'companies';
  if (/\/school\//.test(href)) return 'schools';
  if (/\/groups\//.test(href)) return 'groups';
  if (/\/newsletters\//.test(href)) return 'newsletters';
  if (/\/in\//.test(href)) return 'topVoices';
  return undefined;
}

/** Interest category from pvs `data-field="active_tab_<x>_interests"`. */
function categoryFromField(field: string | null | undefined): InterestCategory | undefined {
  const m = field?.match(/tab_([a-z]+)_interests/);
  switch (m?.[1]) {
    case 'influencers':
    case 'top':
      return 'topVoices';
    case 'companies':
      return 'companies';
    case 'groups':
      return 'groups';
    case 'schools':
      return 'schools';
    case 'newsletters':
      return 'newsletters';
    default:
      return undefined;
  }
}

/** Interest category from a tab label — heading text, the last resort. */
export function categoryFromLabel(label: string): InterestCategory | undefined {
  const l = clean(label).toLowerCase();
  if (/top voices|influencers/.test(l)) return 'topVoices';
  if (/compan|entreprises|unternehmen|empresas/.test(l)) return 'companies';
  if (/group|groupes|gruppen|grupos/.test(l)) return 'groups';
  if (/school|écoles|schulen|universidades|escuelas/.test(l)) return 'schools';
  if (/newsletter/.test(l)) return 'newsletters';
  return undefined;
}

/**
 * Interests from every tab panel — inactive panels are pre-rendered (hidden) and read too.
 * Panels pair with tabs by position; a section without tabs is one panel.
 */
export function readInterests(
  root: Element,
  selectors: { entity: string; tab: string; tabPanel: string },
  fallback?: InterestCategory,
): Interest[] {
  const panels = [...root.querySelectorAll(selectors.tabPanel)];
  const tabs = [...root.querySelectorAll(selectors.tab)];
  const scopes = panels.length ? panels : [root];
  const seen = new Set<string>();
  const out: Interest[] = [];
  scopes.forEach((scope, i) => {
    const tabCategory = panels.length ? categoryFromLabel(visibleText(tabs[i])) : undefined;
    for (const entry of topLevel(scope, selectors.entity)) {
      const name = entryLines(entry, selectors.entity)[0];
      if (!name) continue;
      const links = ownLinks(entry, selectors.entity, ['/']);
      // pvs-2024-07: the logo links /company/<id>/ while the name links /school/<id>/ — take the name's link.
      const link = links.find((a) => clean(a.textContent).includes(name)) ?? links[0];
      const category =
        categoryFromHref(link?.getAttribute('href')) ??
        categoryFromField(link?.getAttribute('data-field')) ??
        tabCategory ??
        fallback ??
        'other';
      const key = `${category}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(compact({ name, category, url: entityUrl(link?.getAttribute('href')) }));
    }
  });
  return out;
}

/** "Animal Welfare • Children • Education" → ["Animal Welfare", "Children", "Education"]. */
export function splitCauses(text: string): string[] {
  return text
    .split(/\s*[•·]\s*/)
    .map(clean)
    .filter(Boolean);
}
