/**
 * List entries of every logged-in generation that prints sections as lists — the "pvs" profiles
 * (B 2022, C Jul 2024, D Nov 2024), their `/details/<section>/` pages and the 2025–26 SDUI
 * profile (E). An entry is a block of lines (title, subtitle, dates, location…); a company with
 * several roles nests one entry per role (grouping began Aug 2018 and survives in B–E). The
 * generations differ only in how an entry's lines are found, described by an `EntryMarkup`.
 */
import type { Education, Experience, Interest, InterestCategory, Profile, Volunteering } from '../schema';
import { isCurrentRole } from './current-role';
import { clean, closestWithin, visibleText } from './dom';
import { interestTabOf } from './lang/words';
import { companyOf, isDuration, isEmploymentType, parseDateRange, placeOf, splitDegree, yearOf } from './parse';
import { entityUrl } from './url';

/** Drop undefined properties, so results compare cleanly and serialise without holes. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** True for a role still held (current-role.ts `isCurrentRole`: its end is a word, "Present", rather than a date). */
export function isOngoing(e: Experience): boolean {
  return isCurrentRole(e);
}

/**
 * The current role: an ongoing one at the top card's `company`, else the first ongoing one, else
 * the top card's company alone (with its `companyUrl`).
 */
export function currentOf(experience: Experience[], company?: string, companyUrl?: string): Profile['current'] {
  const ongoing = experience.filter(isOngoing);
  const key = company?.toLowerCase();
  const role = ongoing.find((e) => key && e.company?.toLowerCase() === key) ?? ongoing[0];
  if (role) return compact({ title: role.title, company: role.company ?? company, companyUrl: role.companyUrl });
  return company ? compact({ company, companyUrl }) : undefined;
}

/** One entry of a card and its own lines; `entry` is null for a run of lines with no element (SDUI `hr` blocks). */
export interface Block {
  entry: Element | null;
  lines: string[];
}

/** How one generation marks up list entries. */
export interface EntryMarkup {
  /** One entry (a role, a school, a skill). */
  item: string;
  /** The entry's own lines, in page order, each once. */
  lines(entry: Element): string[];
  /** The card's top-level entries with their lines; entries without lines may be left out. */
  blocks(card: Element): Block[];
  /** SDUI: the logo naming the organisation (`figure[aria-label="Acme logo"]`) when no line does. */
  logo?: string;
}

/** True when `el` sits inside something of `selector` that lies strictly inside `root`. */
export function insideWithin(el: Element, selector: string, root: Element): boolean {
  const hit = el.parentElement ? closestWithin(el.parentElement, selector, root) : null;
  return hit !== null && hit !== root;
}

/** Entries of `selector` inside `root` that are not nested in another such entry inside `root`. */
export function topLevel(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !insideWithin(el, selector, root));
}

/** Entries directly inside `entry` (one level down): the roles of a grouped company. */
export function nested(entry: Element, item: string): Element[] {
  return [...entry.querySelectorAll(item)].filter((el) => !insideWithin(el, item, entry));
}

/** The `href` of the first `selector` link of `entry` itself (not of an entry nested in it), normalised. */
function ownUrl(entry: Element | null, item: string, selector: string): string | undefined {
  const link = entry && [...entry.querySelectorAll(selector)].find((a) => !insideWithin(a, item, entry));
  return entityUrl(link?.getAttribute('href'));
}

/** True for a grouped company's total: "5 yrs 11 mos" or "Full-time · 5 yrs 11 mos". */
function isDurationLine(line: string): boolean {
  return isDuration(line.split(' · ').pop() ?? '');
}

/** The group header line that is the location: not a duration, date, employment type or "a · b" line. */
function isPlainLine(line: string): boolean {
  // A line starting with a number is a total in a language the tables lack ("3 thn 2 bln"), never a place.
  return (
    !/^\d/.test(line) &&
    !isDurationLine(line) &&
    !parseDateRange(line) &&
    !isEmploymentType(line) &&
    !line.includes(' · ')
  );
}

interface Group {
  company?: string;
  companyUrl?: string;
  location?: string;
}

/** One role's lines: title first; before the dates the company line, after them the location. */
function roleOf(lines: string[], group?: Group): Experience {
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
    } else if (isDurationLine(line) || isEmploymentType(line)) {
      // the group's total or "Full-time": neither company nor place
    } else if (!dated) {
      // Roles nested under a grouped company print only the employment type here.
      if (!group) company ??= companyOf(line);
    } else location ??= placeOf(line);
  }
  return compact({
    title: title || undefined,
    company: group ? group.company : company,
    companyUrl: group?.companyUrl,
    location: location ?? group?.location,
    start,
    end,
  });
}

/** The organisation's name from its logo's label, when the markup has one. */
function logoName(entry: Element | null, markup: EntryMarkup): string | undefined {
  const label = markup.logo && entry?.querySelector(markup.logo)?.getAttribute('aria-label');
  return label ? clean(label.replace(/\s+logo$/i, '')) || undefined : undefined;
}

/**
 * Experience entries. A company with several roles is one entry whose nested entries are the
 * roles; each role comes out as a separate Experience of that company.
 */
export function readExperience(card: Element, markup: EntryMarkup): Experience[] {
  const out: Experience[] = [];
  const companyLink = 'a[href*="/company/"]';
  for (const { entry, lines } of markup.blocks(card)) {
    const companyUrl = ownUrl(entry, markup.item, companyLink);
    // Nested entries without lines of their own (2026: skill sub-lines in a role=list) are not roles.
    const roles = entry ? nested(entry, markup.item).filter((r) => markup.lines(r).length > 0) : [];
    if (entry && roles.length) {
      const [company = logoName(entry, markup), ...rest] = lines;
      const location = rest.find(isPlainLine);
      for (const role of roles) {
        const roleLines = markup.lines(role);
        const url = companyUrl ?? ownUrl(role, markup.item, companyLink);
        if (roleLines.length) out.push(roleOf(roleLines, { company, companyUrl: url, location }));
      }
    } else if (lines.length) {
      const role = roleOf(lines);
      out.push(compact({ ...role, company: role.company ?? logoName(entry, markup), companyUrl }));
    }
  }
  return out;
}

/** Education entries: school, "Degree, Field", "2014 - Jun 2019" (read as years). */
export function readEducation(card: Element, markup: EntryMarkup): Education[] {
  const out: Education[] = [];
  for (const { entry, lines } of markup.blocks(card)) {
    const [school, ...rest] = lines;
    if (!school) continue;
    let degreeLine: string | undefined;
    let start: string | undefined;
    let end: string | undefined;
    let dated = false;
    for (const line of rest) {
      const range = dated ? null : parseDateRange(line);
      if (range) {
        dated = true;
        // A lone year is the (expected) graduation year.
        if (range.end) {
          start = yearOf(range.start);
          end = yearOf(range.end) ?? range.end;
        } else end = yearOf(range.start);
      } else if (!dated) degreeLine ??= line;
    }
    out.push(
      compact({
        school,
        // pvs-2022 links schools as /company/<id>/; later generations as /school/<id>/.
        schoolUrl: ownUrl(entry, markup.item, 'a[href*="/school/"], a[href*="/company/"]'),
        ...splitDegree(degreeLine ?? ''),
        start,
        end,
      }),
    );
  }
  return out;
}

/** The first line of each entry, once each: skills, languages. */
export function readNames(card: Element, markup: EntryMarkup): string[] {
  return [...new Set(markup.blocks(card).map((b) => b.lines[0] ?? ''))].filter(Boolean);
}

/** Volunteering entries: role, organisation, dates, cause. */
export function readVolunteering(card: Element, markup: EntryMarkup): Volunteering[] {
  const out: Volunteering[] = [];
  for (const { lines } of markup.blocks(card)) {
    const [role, ...rest] = lines;
    if (!role) continue;
    let organization: string | undefined;
    let cause: string | undefined;
    let dated = false;
    for (const line of rest) {
      if (!dated && parseDateRange(line)) dated = true;
      else if (isDurationLine(line)) continue;
      else if (!dated) organization ??= companyOf(line);
      else cause ??= line;
    }
    out.push(compact({ organization, role, cause }));
  }
  return out;
}

/** Interest category from LinkedIn's link patterns (the most durable hook). */
export function categoryFromHref(href: string | null | undefined): InterestCategory | undefined {
  const m = href?.match(/\/(company|showcase|school|groups|newsletters|in)\//);
  return m ? CATEGORIES[m[1] as keyof typeof CATEGORIES] : undefined;
}

/** Path segments and pvs `data-field="active_tab_<x>_interests"` names → category. */
const CATEGORIES: Record<string, InterestCategory> = {
  company: 'companies',
  companies: 'companies',
  showcase: 'companies',
  school: 'schools',
  schools: 'schools',
  groups: 'groups',
  newsletters: 'newsletters',
  in: 'topVoices',
  influencers: 'topVoices',
  top: 'topVoices',
};

/** Interest category from a tab label — heading text, the last resort (lang/ tables). */
function categoryFromLabel(label: string): InterestCategory | undefined {
  return interestTabOf(label);
}

/** Interests tabs and their panels, and the links that name an entry's organisation or person. */
export interface InterestSelectors {
  tab: string;
  tabPanel: string;
  link: string;
}

/**
 * Interests from every tab panel — inactive panels are pre-rendered (hidden) and read too. The
 * category comes from the entry's link (`/company/`, `/school/`, `/groups/`, `/newsletters/`,
 * `/in/` for top voices), else from the tab its panel belongs to: the tab the panel names
 * (aria-labelledby), else the one at its position — or the selected one when the counts differ
 * (SDUI renders only the selected panel). A section without tabs is one panel.
 */
export function readInterests(card: Element, markup: EntryMarkup, sel: InterestSelectors): Interest[] {
  const panels = [...card.querySelectorAll(sel.tabPanel)];
  const tabs = [...card.querySelectorAll(sel.tab)];
  const selected = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
  const seen = new Set<string>();
  const out: Interest[] = [];
  (panels.length ? panels : [card]).forEach((scope, i) => {
    const labelledBy = scope.getAttribute('aria-labelledby');
    const tab = !panels.length
      ? undefined
      : ((labelledBy ? tabs.find((t) => t.id === labelledBy) : undefined) ??
        (panels.length !== tabs.length && selected ? selected : tabs[i]));
    const tabCategory = tab ? categoryFromLabel(visibleText(tab)) : undefined;
    let blocks = markup.blocks(scope).filter((b) => b.entry);
    // 2026: an interests panel whose entries are bare links to the organisation (no item element).
    if (!blocks.length) blocks = topLevel(scope, sel.link).map((entry) => ({ entry, lines: markup.lines(entry) }));
    for (const { entry, lines } of blocks) {
      const name = lines[0];
      if (!name || !entry) continue;
      const links = [...(entry.matches(sel.link) ? [entry] : []), ...entry.querySelectorAll(sel.link)].filter(
        (a) => !insideWithin(a, markup.item, entry),
      );
      // pvs-2024-07: the logo links /company/<id>/ while the name links /school/<id>/ — take the name's link.
      const link = links.find((a) => clean(a.textContent).includes(name)) ?? links[0];
      const href = link?.getAttribute('href');
      const field = link?.getAttribute('data-field')?.match(/tab_([a-z]+)_interests/)?.[1];
      const category = categoryFromHref(href) ?? (field ? CATEGORIES[field] : undefined) ?? tabCategory ?? 'other';
      const key = `${category}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(compact({ name, category, url: entityUrl(href) }));
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

/**
 * pvs 2022–24 and details pages: an entry's lines are its outermost visual copies
 * (`[aria-hidden=true]`), not those of a nested list, a button or a nested entry (`dom.entryLines`).
 */
export function pvsMarkup(item: string): EntryMarkup {
  const lines = (entry: Element) => entryLines(entry, item);
  return {
    item,
    lines,
    blocks: (card) =>
      topLevel(card, item)
        .map((entry) => ({ entry, lines: lines(entry) }))
        .filter((b) => b.lines.length),
  };
}

/**
 * The lines of one pvs list entry, each read once and in page order: the outermost visual copies
 * (`[aria-hidden=true]`) that belong to `entry` itself — not to a nested list (`ul`/`ol`: descriptions,
 * grouped roles, endorsements), a button, or a nested entry matching `item`.
 * Lines starting with "·" (endorsement counts such as "· 23", pvs-2022 skills) are dropped.
 */
export function entryLines(entry: Element, item: string): string[] {
  const lines: string[] = [];
  for (const el of entry.querySelectorAll('[aria-hidden="true"]')) {
    if (insideWithin(el, `[aria-hidden="true"], ul, ol, button, ${item}`, entry)) continue;
    const text = clean(el.textContent);
    if (text && !text.startsWith('·')) lines.push(text);
  }
  return lines;
}
