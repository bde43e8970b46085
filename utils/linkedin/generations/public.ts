/**
 * Reader of the logged-out public profile (MARKUP.md §1.3 F): the guest DOM (`section.top-card-layout`,
 * `section[data-section=…]`) combined with the JSON-LD `Person`. The DOM wins where both speak; JSON-LD
 * fills what the DOM lacks. Asterisk-masked strings (2025–26 anonymous masking) are unknown and left out.
 * A logged-out visitor has no connection degree, so `degree` stays undefined.
 */

import type { Education, Experience, Profile, Volunteering } from '../../schema';
import { clean, countIn, hookCounts } from '../dom';
import { compact, currentOf } from '../entries';
import {
  asList,
  isMasked,
  type LdOrganization,
  type LdPerson,
  ldFollowers,
  readLdPerson,
  splitAlumniOf,
  unmasked,
} from '../json-ld';
import { countKindOf } from '../lang/words';
import { nameFromTitle } from '../page-identity';
import { splitDegree, yearOf } from '../parse';
import { multilineText } from '../sdui-entries';
import { PUBLIC_SELECTORS as S } from '../selectors/public';
import type { GenerationRead, GenerationReader } from '../types';
import { entityUrl, profileSlug, profileUrl } from '../url';

/** Visible text of an element, or undefined when empty or masked. */
function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const b of copy.querySelectorAll(S.button)) b.remove();
  return unmasked(copy.textContent);
}

/** The `href` of the first matching link, normalised (`https://www.linkedin.com/company/<id>/`). */
function linkUrl(root: Element | null | undefined, selector: string): string | undefined {
  return entityUrl(root?.querySelector(selector)?.getAttribute('href'));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** JSON-LD dates as the DOM prints them: "2021-07" → "Jul 2021", 2019 → "2019". */
export function ldDate(v: string | number | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const m = String(v).match(/^(\d{4})(?:-(\d{2}))?/);
  if (!m?.[1]) return undefined;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return month ? `${month} ${m[1]}` : m[1];
}

/** Start and end of a `.date-range`: `<time>`s, or the word in place of the end ("- Present"). */
function dateRange(root: Element): { start?: string; end?: string; single?: boolean } {
  const range = root.querySelector(S.dateRange);
  if (!range) return {};
  const times = [...range.querySelectorAll(S.time)].map((t) => clean(t.textContent)).filter(Boolean);
  const word = clean(
    [...range.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join(' ')
      .replace(/[-–—]/g, ' '),
  );
  const [start, second] = times;
  if (second) return { start, end: second };
  if (word) return { start, end: word };
  // A single date with no "Present": a one-month role, or a school's graduation year.
  return { start, end: start, single: true };
}

/** The text lines of a position's meta block that are neither the date range nor a description. */
function metaLines(li: Element): string[] {
  return [...li.querySelectorAll(S.positionMeta)]
    .filter(
      (el) => !el.querySelector(S.dateRange) && !el.closest('[data-section="currentPositions"], .show-more-less-text'),
    )
    .map((el) => textOf(el))
    .filter((t): t is string => Boolean(t));
}

/** Experience from the DOM: single positions and the positions of grouped companies, each a role. */
function domExperience(section: Element): Experience[] {
  const out: Experience[] = [];
  for (const li of section.querySelectorAll(S.position)) {
    // A grouped company's header holds the company; each nested position is one role of it.
    const group = li.parentElement?.closest(S.group);
    if (li.querySelector(S.position)) continue;
    const subtitle = li.querySelector(S.positionSubtitle);
    const company = textOf(subtitle) ?? textOf(group?.querySelector(S.groupCompany));
    const companyUrl = linkUrl(subtitle, S.companyLink) ?? linkUrl(li, S.companyLink) ?? linkUrl(group, S.groupLink);
    const { start, end } = dateRange(li);
    out.push(
      compact({
        title: textOf(li.querySelector(S.positionTitle)),
        company,
        companyUrl,
        location: metaLines(li)[0],
        start,
        end,
      }),
    );
  }
  return out;
}

/** Experience from JSON-LD: `worksFor` (current, titles from `jobTitle` when unmasked) then past employers. */
function ldExperience(person: LdPerson): Experience[] {
  const titles = asList(person.jobTitle);
  const works = asList(person.worksFor);
  const role = (o: LdOrganization, title: string | undefined, current: boolean): Experience =>
    compact({
      title,
      company: unmasked(o.name),
      companyUrl: entityUrl(o.url),
      location: unmasked(o.location),
      start: ldDate(o.member?.startDate),
      end: ldDate(o.member?.endDate) ?? (current ? 'Present' : undefined),
    });
  return [
    // jobTitle pairs with worksFor only when both lists have the same length.
    ...works.map((o, i) => role(o, titles.length === works.length ? unmasked(titles[i]) : undefined, true)),
    ...splitAlumniOf(person).employers.map((o) => role(o, unmasked(o.member?.roleName), false)),
  ].filter((e) => e.company || e.title);
}

/** Education from the DOM: school (link), degree (plain span), field (first `data-section=educations` span), years. */
function domEducation(section: Element): Education[] {
  const out: Education[] = [];
  for (const li of section.querySelectorAll(S.school)) {
    if (li.querySelector(S.school)) continue;
    const school = textOf(li.querySelector(S.schoolName));
    if (!school) continue;
    const spans = [...li.querySelectorAll(S.degreeLine)];
    const degreeSpan = spans.find((s) => !s.matches(S.fieldSpan));
    const fieldSpan = spans.find((s) => s.matches(S.fieldSpan));
    let degree = textOf(degreeSpan);
    let field = textOf(fieldSpan);
    // Older public pages print "Degree, Field" in one span.
    if (degree && !field && degree.includes(', ')) ({ degree, field } = splitDegree(degree));
    const { start, end, single } = dateRange(li);
    out.push(
      compact({
        school,
        schoolUrl: linkUrl(li, S.schoolLink),
        degree,
        field,
        start: single ? undefined : yearOf(start),
        end: yearOf(end) ?? end,
      }),
    );
  }
  return out;
}

function ldEducation(person: LdPerson): Education[] {
  return splitAlumniOf(person)
    .schools.map((o) =>
      compact({
        school: unmasked(o.name) ?? '',
        schoolUrl: entityUrl(o.url),
        start: yearOf(ldDate(o.member?.startDate)),
        end: yearOf(ldDate(o.member?.endDate)),
      }),
    )
    .filter((e) => e.school);
}

function domVolunteering(section: Element): Volunteering[] {
  return [...section.querySelectorAll(S.entry)].map((li) =>
    compact({
      role: textOf(li.querySelector(S.entryTitle)),
      organization: textOf(li.querySelector(S.entrySubtitle)),
      cause: metaLines(li)[0],
    }),
  );
}

/** Location, followers and connections from the first-subline rows; counts told apart by JSON-LD's follower count. */
function readSubline(doc: Document, ldFollowerCount: number | undefined) {
  const rows = [...doc.querySelectorAll(S.sublineRow)].map((row) =>
    [...row.querySelectorAll(S.sublineItem)].map((s) => clean(s.textContent)).filter(Boolean),
  );
  let location: string | undefined;
  let followers = ldFollowerCount;
  let connections: number | undefined;
  for (const items of rows) {
    const counts = items.filter((t) => /^\d/.test(t));
    if (!counts.length) {
      location ??= items[0];
      continue;
    }
    for (const t of counts) {
      const n = countIn(t);
      // Locale-independent: the count equal to JSON-LD's FollowAction is followers; English words as fallback.
      const kind = countKindOf(t);
      const isFollowers =
        kind === 'followers' || (ldFollowerCount !== undefined && n === ldFollowerCount && kind !== 'connections');
      if (isFollowers) followers ??= n;
      else connections ??= n;
    }
  }
  return { location: location && !isMasked(location) ? location : undefined, followers, connections };
}

/** The slug from the URL, else from the page's canonical link, og:url or the JSON-LD url. */
function slugOf(doc: Document, url: string, person: LdPerson | null): string {
  const candidates = [
    url,
    doc.querySelector(S.canonical)?.getAttribute('href'),
    doc.querySelector(S.ogUrl)?.getAttribute('content'),
    person?.url,
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const slug = profileSlug(new URL(c, 'https://www.linkedin.com/'));
      if (slug) return slug;
    } catch {
      // not a URL: try the next one
    }
  }
  return '';
}

/** About from the summary section, else JSON-LD `description` (paragraphs split at `<br>`). */
function readAbout(doc: Document, person: LdPerson | null): string | undefined {
  const summary = doc.querySelector(S.about);
  const heading = summary?.querySelector('h2');
  const dom = summary ? multilineText(summary, `${S.button}, h2`) : '';
  if (dom && !isMasked(dom) && dom !== clean(heading?.textContent)) return dom;
  const ld = typeof person?.description === 'string' ? person.description : '';
  const text = ld
    .split(/<br\s*\/?>/i)
    .map(clean)
    .filter(Boolean)
    .join('\n');
  return text && !isMasked(text) ? text : undefined;
}

/** Read a logged-out public profile. Never throws: missing or unparsable parts are left out. */
function readPublic(doc: Document, url: string): GenerationRead {
  const hooks = hookCounts(doc, S);
  const person = readLdPerson(doc.querySelectorAll(S.jsonLd));
  const slug = slugOf(doc, url, person);
  const topCard = doc.querySelector(S.topCard);

  const titleName = nameFromTitle(doc).split(' - ')[0];
  const name = textOf(topCard?.querySelector(S.name)) ?? unmasked(person?.name) ?? clean(titleName);
  const sub = readSubline(doc, person ? ldFollowers(person) : undefined);

  const experienceSection = doc.querySelector(S.experience);
  const domRoles = experienceSection ? domExperience(experienceSection) : [];
  const experience = domRoles.length ? domRoles : person ? ldExperience(person) : [];
  const educationSection = doc.querySelector(S.education);
  const domSchools = educationSection ? domEducation(educationSection) : [];
  const education = domSchools.length ? domSchools : person ? ldEducation(person) : [];

  const topCompanyLink = topCard?.querySelector(S.topCardCompany);
  const topCompany = textOf(topCompanyLink?.querySelector(S.linkLabel) ?? topCompanyLink);
  const topSchoolLink = topCard?.querySelector(S.topCardSchool);
  const topSchool = textOf(topSchoolLink?.querySelector(S.linkLabel) ?? topSchoolLink);
  // The top card's school is the only school shown when the Education section is missing.
  if (!education.length && topSchool) {
    education.push(compact({ school: topSchool, schoolUrl: entityUrl(topSchoolLink?.getAttribute('href')) }));
  }

  const current = currentOf(experience, topCompany, entityUrl(topCompanyLink?.getAttribute('href')));

  const languagesSection = doc.querySelector(S.languages);
  const domLanguages = languagesSection
    ? [...languagesSection.querySelectorAll(`${S.entry} ${S.entryTitle}`)]
        .map(textOf)
        .filter((t): t is string => Boolean(t))
    : [];
  const ldLanguages = asList(person?.knowsLanguage)
    .map((l) => unmasked(typeof l === 'string' ? l : l?.name))
    .filter((t): t is string => Boolean(t));
  const volunteeringSection = doc.querySelector(S.volunteering);

  const profile: Profile = compact({
    url: profileUrl(slug),
    slug,
    name,
    headline: textOf(topCard?.querySelector(S.headline)),
    location: sub.location ?? unmasked(person?.address?.addressLocality),
    followers: sub.followers,
    connections: sub.connections,
    about: readAbout(doc, person),
    current,
    experience,
    education,
    skills: [],
    interests: [],
    volunteering: volunteeringSection ? domVolunteering(volunteeringSection) : [],
    causes: [],
    languages: domLanguages.length ? domLanguages : ldLanguages,
  });
  return { profile, isSelf: false, hooks };
}

/** F: the logged-out public profile (top-card-layout + JSON-LD Person). */
export const publicReader: GenerationReader = {
  id: 'public',
  detect: (doc) => Boolean(doc.querySelector(S.topCard)) || readLdPerson(doc.querySelectorAll(S.jsonLd)) !== null,
  read: readPublic,
};
