/**
 * Reader of the Dec 2018 Ember profile (MARKUP.md §1.3 A). No real page of this generation is in
 * shared/; the fixture mirrors the structure described there. Entries are found by their class on
 * whatever element carries it (real pages put `pv-education-entity` on another element than a
 * plain `li`), outermost match only. Fields are `pv-entity__*` elements
 * whose screen-reader label ("Company Name", "Dates Employed") sits in a `.visually-hidden` span
 * before the value, so values are read without the visually-hidden copies.
 */
import type { Degree, Education, Experience, Interest, Profile, Volunteering } from '../../schema';
import { clean, countIn, hookCounts, optional, visibleText } from '../dom';
import { categoryFromHref, compact, currentOf, isOngoing, splitCauses, topLevel } from '../entries';
import { nameFromTitle, slugFromDom } from '../page-identity';
import { parseDateRange, parseDegree, parseMutualCount, yearOf } from '../parse';
import { EMBER_2018_SELECTORS as SEL } from '../selectors/ember-2018';
import { PAGE_SELECTORS } from '../selectors/page';
import type { GenerationReader } from '../types';
import { entityUrl, profileSlug, profileUrl } from '../url';

function textOf(root: ParentNode, selector: string): string | undefined {
  return optional(visibleText(root.querySelector(selector)));
}

function href(root: Element, selector: string): string | undefined {
  return entityUrl(root.querySelector(selector)?.getAttribute('href'));
}

function dates(root: Element): { start?: string; end?: string } {
  const range = parseDateRange(visibleText(root.querySelector('.pv-entity__date-range')));
  return range ? { start: range.start, end: range.end ?? range.start } : {};
}

function readPositions(doc: Document): Experience[] {
  const out: Experience[] = [];
  const section = doc.querySelector(SEL.experienceSection);
  if (!section) return out;
  for (const li of topLevel(section, SEL.position)) {
    const companyUrl = href(li, 'a[href*="/company/"]');
    const roles = topLevel(li, SEL.groupedRole);
    if (roles.length) {
      // Aug 2018: several roles at one company are one entry with the company summary on top.
      const company = textOf(li, '.pv-entity__company-summary-info h3');
      for (const role of roles) {
        out.push(
          compact({
            title: textOf(role, 'h3'),
            company,
            companyUrl,
            location: textOf(role, '.pv-entity__location'),
            ...dates(role),
          }),
        );
      }
      continue;
    }
    const secondary = li.querySelector('.pv-entity__secondary-title');
    const copy = secondary?.cloneNode(true) as Element | undefined;
    // The employment type ("Full-time") is a separate span inside the company line.
    for (const extra of copy?.querySelectorAll('.separator, .pv-entity__secondary-title-separator') ?? [])
      extra.remove();
    out.push(
      compact({
        title: textOf(li, '.pv-entity__summary-info h3, h3'),
        company: optional(visibleText(copy)),
        companyUrl,
        location: textOf(li, '.pv-entity__location'),
        ...dates(li),
      }),
    );
  }
  return out;
}

function readSchools(doc: Document): Education[] {
  const section = doc.querySelector(SEL.educationSection);
  if (!section) return [];
  return topLevel(section, SEL.school).flatMap((li) => {
    const school = textOf(li, '.pv-entity__school-name');
    if (!school) return [];
    const times = [...li.querySelectorAll('.pv-entity__dates time')].map((t) => clean(t.textContent));
    const [first, last] = [times[0], times.length > 1 ? times[times.length - 1] : undefined];
    return [
      compact({
        school,
        schoolUrl: href(li, 'a[href*="/school/"], a[href*="/company/"]'),
        degree: textOf(li, '.pv-entity__degree-name .pv-entity__comma-item, .pv-entity__degree-name'),
        field: textOf(li, '.pv-entity__fos .pv-entity__comma-item, .pv-entity__fos'),
        start: last ? yearOf(first) : undefined,
        end: yearOf(last ?? first),
      }),
    ];
  });
}

function readInterests(doc: Document): Interest[] {
  return topLevel(doc.body ?? doc.documentElement, SEL.interest).flatMap((li) => {
    const name = textOf(li, '.pv-entity__summary-title-text, .pv-entity__summary-title, h3');
    const link = li.querySelector('a[href]')?.getAttribute('href');
    return name ? [compact({ name, category: categoryFromHref(link) ?? 'other', url: entityUrl(link) })] : [];
  });
}

function readVolunteering(doc: Document): Volunteering[] {
  return topLevel(doc.body ?? doc.documentElement, SEL.volunteering).map((li) =>
    compact({
      role: textOf(li, 'h3'),
      organization: textOf(li, '.pv-entity__secondary-title'),
      cause: textOf(li, '.pv-entity__cause'),
    }),
  );
}

function unique(items: (string | undefined)[]): string[] {
  return [...new Set(items.filter((s): s is string => Boolean(s)))];
}

/** A: Dec 2018 Ember, `pv-top-card-section` and `#experience-section`. */
export const ember2018Reader: GenerationReader = {
  id: 'ember-2018',
  detect: (doc) => Boolean(doc.querySelector(PAGE_SELECTORS.emberProfile)),
  read: (doc, url) => {
    const topCard = doc.querySelector(SEL.topCard) ?? doc.body;
    const slug = profileSlug(url) ?? slugFromDom(doc) ?? '';
    const isSelf = Boolean(topCard.querySelector(SEL.selfMarker));
    const badge = topCard.querySelector(SEL.distanceBadge);
    const degree: Degree | undefined = isSelf
      ? 'self'
      : badge
        ? parseDegree(visibleText(badge.querySelector('.dist-value') ?? badge))
        : 'out-of-network';
    const experience = readPositions(doc);
    const topCompany = textOf(topCard, 'a[href="#experience-section"]');
    // Ember takes the first ongoing role, whatever the top card's company.
    const ongoing = experience.find(isOngoing);
    const highlight = topLevel(doc.body ?? doc.documentElement, SEL.highlights).find((li) =>
      li.querySelector(SEL.mutual),
    );
    const profile: Profile = compact({
      url: profileUrl(slug),
      slug,
      name: textOf(topCard, SEL.name) ?? nameFromTitle(doc),
      headline: textOf(topCard, SEL.headline),
      location: textOf(topCard, SEL.location),
      degree,
      followers: countIn(visibleText(doc.querySelector(SEL.followers))),
      connections: countIn(visibleText(topCard.querySelector(SEL.connections))),
      mutualConnections: highlight
        ? parseMutualCount(visibleText(highlight.querySelector(SEL.highlightTitle)))
        : undefined,
      about: textOf(doc, SEL.about),
      current: currentOf(ongoing ? [ongoing] : [], topCompany),
      experience,
      education: readSchools(doc),
      skills: unique([...doc.querySelectorAll(SEL.skill)].map((el) => optional(visibleText(el)))),
      interests: readInterests(doc),
      volunteering: readVolunteering(doc),
      causes: unique([...doc.querySelectorAll(SEL.cause)].flatMap((el) => splitCauses(visibleText(el)))),
      languages: unique([...doc.querySelectorAll(SEL.language)].map((el) => optional(visibleText(el)))),
    });
    return {
      profile,
      isSelf,
      hooks: hookCounts(doc, SEL, ['topCard', 'name', 'headline', 'experienceSection', 'position', 'school']),
    };
  },
};
