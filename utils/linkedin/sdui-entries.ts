/**
 * Texts and list entries of the 2025–26 SDUI profile (MARKUP.md §1.3 E, §2.3). Every visible string
 * is a `<p>`; an entry is an element `[componentkey^="expanded"]` / `[role=listitem]` (or, when a card
 * has none, the run of `<p>`s between two `hr[role=presentation]`); a company with several roles
 * nests one entry per role. Lines are parsed with the shared string parsers of `parse.ts`.
 */
import type { Education, Experience, Interest, Volunteering } from '../schema';
import { clean, closestWithin } from './dom';
import { categoryFromHref, categoryFromLabel, compact } from './generations/pvs-entries';
import { companyOf, isDuration, isEmploymentType, parseDateRange, splitDegree, yearOf } from './parse';
import { SDUI_SELECTORS as S } from './selectors/sdui';
import { entityUrl } from './url';

/** Bidi controls that RTL names and headlines carry around their text; invisible, never part of it. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of visible text: whitespace collapsed, bidi controls dropped. */
export function line(s: string | null | undefined): string {
  return clean((s ?? '').replace(BIDI, ''));
}

/**
 * The text of `el` as a person reads it: without buttons ("…more"), aria-hidden copies and other
 * `skip` parts; `<br>` and block breaks become newlines, so an About keeps its paragraphs.
 */
export function multilineText(el: Element | null | undefined, skip: string = S.notText): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(skip)) hidden.remove();
  const doc = copy.ownerDocument;
  for (const br of copy.querySelectorAll('br')) br.replaceWith(doc.createTextNode('\n'));
  for (const block of copy.querySelectorAll('p, li, div')) block.append(doc.createTextNode('\n'));
  return (copy.textContent ?? '').split('\n').map(line).filter(Boolean).join('\n');
}

/** True when `el` sits inside something of `selector` that lies strictly inside `root`. */
function insideWithin(el: Element, selector: string, root: Element): boolean {
  const hit = el.parentElement ? closestWithin(el.parentElement, selector, root) : null;
  return hit !== null && hit !== root;
}

/**
 * The lines of one entry, in page order, each read once: its own `<p>`s — not those of a nested
 * entry (a role under a grouped company), a button, an aria-hidden copy, a description
 * (`expandable-text-box`), a "Show all" / endorsement link — and not the lone "·" separators.
 */
export function ownLines(entry: Element, entrySelector: string = S.item): string[] {
  const out: string[] = [];
  for (const p of entry.querySelectorAll(S.text)) {
    if (insideWithin(p, entrySelector, entry)) continue;
    if (insideWithin(p, `${S.notText}, ${S.notEntryText}`, entry)) continue;
    if (p.closest(S.expandableText) || p.querySelector(S.expandableText)) continue;
    const text = line(p.textContent);
    if (text && text !== '·') out.push(text);
  }
  return out;
}

/** Top-level entries of a card. A lone wrapper entry around one inner entry is unwrapped. */
export function entriesOf(card: Element): Element[] {
  const all = [...card.querySelectorAll(S.item)].filter((el) => !insideWithin(el, S.item, card) || el === card);
  return all.map(unwrap);
}

/** Entries directly inside `entry` (one level down): the roles of a grouped company. */
function childEntriesOf(entry: Element): Element[] {
  return [...entry.querySelectorAll(S.item)].filter(
    (el) => el.parentElement && closestWithin(el.parentElement, S.item, entry) === entry,
  );
}

/** `[role=listitem] > [componentkey^=expanded]` is one entry, not a group of one. */
function unwrap(entry: Element): Element {
  let current = entry;
  for (;;) {
    const children = childEntriesOf(current);
    const only = children[0];
    if (children.length !== 1 || !only || ownLines(current).length) return current;
    current = only;
  }
}

/**
 * A card's entries as lines. When the card has no entry elements (a variant without
 * `componentkey=expanded…` / `role=listitem`), its `<p>`s are split at the `hr` separators.
 */
function blocksOf(card: Element): { entry: Element | null; lines: string[] }[] {
  const entries = entriesOf(card);
  if (entries.length) return entries.map((entry) => ({ entry, lines: ownLines(entry) }));
  const blocks: string[][] = [[]];
  for (const el of card.querySelectorAll(`${S.text}, ${S.separator}`)) {
    if (el.matches(S.separator)) {
      blocks.push([]);
      continue;
    }
    if (insideWithin(el, `${S.notText}, ${S.notEntryText}`, card) || el.closest(S.expandableText)) continue;
    const text = line(el.textContent);
    if (text && text !== '·') blocks[blocks.length - 1]?.push(text);
  }
  return blocks.filter((b) => b.length).map((lines) => ({ entry: null, lines }));
}

/** Links of `entry` itself, not of an entry nested in it. */
function ownLinks(entry: Element, selector: string): Element[] {
  return [...entry.querySelectorAll(selector)].filter((a) => !insideWithin(a, S.item, entry));
}

/** True for "5 yrs 3 mos" or "Full-time · 5 yrs 3 mos": a grouped company's total. */
function isDurationLine(text: string): boolean {
  const parts = text.split(' · ');
  return isDuration(parts[parts.length - 1] ?? '');
}

/** Workplace types LinkedIn appends to a location since 2025 ("Pune, India · On-site"). */
const WORKPLACE =
  /\s+·\s+(?:on-site|onsite|hybrid|remote|sur site|hybride|à distance|vor ort|hybrid|remoto|presencial|híbrido)$/i;

/** "Pune District, Maharashtra, India · On-site" → "Pune District, Maharashtra, India"; bare "Remote" stays. */
function placeOf(text: string): string {
  return clean(text.replace(WORKPLACE, ''));
}

interface Group {
  company?: string;
  companyUrl?: string;
  location?: string;
}

/** One role from its lines: title; before the dates the company line, after them the location. */
function roleOf(lines: string[], group?: Group): Experience {
  const [title, ...rest] = lines;
  let company: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  let location: string | undefined;
  let dated = false;
  for (const text of rest) {
    const range = dated ? null : parseDateRange(text);
    if (range) {
      dated = true;
      start = range.start;
      // A single date ("May 2016 · 1 mo") is a one-month role: it ended when it started.
      end = range.end ?? range.start;
      continue;
    }
    if (isDurationLine(text) || isEmploymentType(text)) continue;
    if (!dated) {
      if (!group && company === undefined) company = companyOf(text) || undefined;
      continue;
    }
    location ??= placeOf(text);
  }
  return compact({
    title: title || undefined,
    company: group?.company ?? company,
    companyUrl: group?.companyUrl,
    location: location ?? group?.location,
    start,
    end,
  });
}

/** The organisation's name from its logo (`figure[aria-label="Acme logo"]`), when no line says it. */
function nameFromLogo(entry: Element): string | undefined {
  const label = entry.querySelector(S.logo)?.getAttribute('aria-label');
  return label ? line(label.replace(/\s+logo$/i, '')) || undefined : undefined;
}

/**
 * Experience entries; a company with several roles (nested entries) becomes one Experience per role
 * of that company.
 */
export function readSduiExperience(card: Element): Experience[] {
  const out: Experience[] = [];
  for (const { entry, lines } of blocksOf(card)) {
    const companyUrl = entry ? entityUrl(ownLinks(entry, S.companyLink)[0]?.getAttribute('href')) : undefined;
    const roles = entry ? childEntriesOf(entry) : [];
    if (entry && roles.length) {
      const [company = nameFromLogo(entry), ...rest] = lines;
      const location = rest.find(
        (l) => !isDurationLine(l) && !parseDateRange(l) && !isEmploymentType(l) && !l.includes(' · '),
      );
      for (const role of roles) {
        const roleLines = ownLines(role);
        const roleUrl = entityUrl(ownLinks(role, S.companyLink)[0]?.getAttribute('href'));
        if (roleLines.length) {
          out.push(
            roleOf(roleLines, { company, companyUrl: companyUrl ?? roleUrl, location: location && placeOf(location) }),
          );
        }
      }
      continue;
    }
    if (!lines.length) continue;
    const role = roleOf(lines);
    out.push(compact({ ...role, company: role.company ?? (entry ? nameFromLogo(entry) : undefined), companyUrl }));
  }
  return out;
}

/** Education entries: school, "Degree, Field", "2015 - 2019" (read as years, like every generation). */
export function readSduiEducation(card: Element): Education[] {
  const out: Education[] = [];
  for (const { entry, lines } of blocksOf(card)) {
    const [school, ...rest] = lines;
    if (!school) continue;
    let degreeLine: string | undefined;
    let start: string | undefined;
    let end: string | undefined;
    let dated = false;
    for (const text of rest) {
      const range = dated ? null : parseDateRange(text);
      if (range) {
        dated = true;
        // A lone year is the (expected) graduation year.
        if (range.end) {
          start = yearOf(range.start);
          end = yearOf(range.end) ?? range.end;
        } else end = yearOf(range.start);
        continue;
      }
      if (degreeLine === undefined && !dated) degreeLine = text;
    }
    const link = entry ? ownLinks(entry, `${S.schoolLink}, ${S.companyLink}`)[0] : undefined;
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
export function readSduiNames(card: Element): string[] {
  const seen = new Set<string>();
  for (const { lines } of blocksOf(card)) if (lines[0]) seen.add(lines[0]);
  return [...seen];
}

/** Volunteering entries: role, organisation, dates, cause. */
export function readSduiVolunteering(card: Element): Volunteering[] {
  const out: Volunteering[] = [];
  for (const { lines } of blocksOf(card)) {
    const [role, ...rest] = lines;
    if (!role) continue;
    let organization: string | undefined;
    let cause: string | undefined;
    let dated = false;
    for (const text of rest) {
      if (!dated && parseDateRange(text)) {
        dated = true;
        continue;
      }
      if (isDurationLine(text)) continue;
      if (!dated) organization ??= companyOf(text) || undefined;
      else cause ??= text;
    }
    out.push(compact({ organization, role, cause }));
  }
  return out;
}

/**
 * Interests. The category comes from the entry's link (`/company/`, `/school/`, `/groups/`,
 * `/newsletters/`, `/in/` for top voices), else from the tab its panel belongs to.
 */
export function readSduiInterests(card: Element): Interest[] {
  const panels = [...card.querySelectorAll(S.tabPanel)];
  const tabs = [...card.querySelectorAll(S.tab)];
  const selected = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
  const out: Interest[] = [];
  const seen = new Set<string>();
  const scopes = panels.length ? panels : [card];
  scopes.forEach((scope, i) => {
    // A panel names its tab (aria-labelledby); else panels pair with tabs by position; a lone panel is the selected tab.
    const labelledBy = scope.getAttribute('aria-labelledby');
    const tab =
      (labelledBy ? tabs.find((t) => t.id === labelledBy) : undefined) ??
      (panels.length === tabs.length ? tabs[i] : panels.length ? selected : undefined);
    const tabCategory = tab ? categoryFromLabel(line(tab.textContent)) : undefined;
    for (const entry of entriesOf(scope)) {
      const name = ownLines(entry)[0];
      if (!name) continue;
      const href = ownLinks(entry, S.entityLink)[0]?.getAttribute('href');
      const category = categoryFromHref(href) ?? tabCategory ?? 'other';
      const key = `${category}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(compact({ name, category, url: entityUrl(href) }));
    }
  });
  return out;
}
