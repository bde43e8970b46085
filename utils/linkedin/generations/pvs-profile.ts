/**
 * The profile page of the "pvs" generations (B 2022, C Jul 2024, D Nov 2024). They share one
 * structure — a top card `section[data-member-id]`, then one `section` per card anchored by an id
 * (`#experience`, `#education`…) — and differ in selectors, passed in as a table.
 */
import type { Degree, Profile } from '../../schema';
import { clean, countIn, hookCounts, optional, visibleParagraphs, visibleText } from '../dom';
import { nameFromTitle, slugFromDom } from '../page-identity';
import { parseDegree, parseMutualCount, parsePronouns } from '../parse';
import type { PvsSelectors } from '../selectors/pvs-2022';
import type { GenerationRead } from '../types';
import { profileSlug, profileUrl } from '../url';
import {
  compact,
  readEducation,
  readExperience,
  readInterests,
  readNames,
  readVolunteering,
  splitCauses,
} from './pvs-entries';

/** Card ids of each section, with English titles as the last-resort fallback. */
const SECTIONS = {
  about: { ids: ['about'], titles: ['about'] },
  activity: { ids: ['content_collections', 'recent_activity', 'activity'], titles: ['activity'] },
  experience: { ids: ['experience'], titles: ['experience'] },
  education: { ids: ['education'], titles: ['education'] },
  skills: { ids: ['skills'], titles: ['skills'] },
  interests: { ids: ['interests'], titles: ['interests'] },
  volunteering: { ids: ['volunteering_experience', 'volunteering'], titles: ['volunteering', 'volunteer experience'] },
  causes: { ids: ['volunteer_causes', 'causes'], titles: ['causes'] },
  languages: { ids: ['languages'], titles: ['languages'] },
} as const;

type SectionName = keyof typeof SECTIONS;

/** The card (`section`) of one profile section, by anchor id first and by title last. */
export function findSection(doc: Document, sel: PvsSelectors, name: SectionName): Element | null {
  const { ids, titles } = SECTIONS[name];
  for (const id of ids) {
    const anchor = doc.querySelector(`${sel.sectionAnchor.replace(/\[id\]$/, '')}#${id}`);
    const card = anchor?.closest('section');
    if (card) return card;
  }
  for (const card of doc.querySelectorAll('main section, section')) {
    const title = visibleText(card.querySelector(sel.sectionTitle)).toLowerCase();
    if (title && (titles as readonly string[]).includes(title)) return card;
  }
  return null;
}

/** Followers: the Activity card header ("726 followers"), else a top-card count that says "follower". */
function readFollowers(doc: Document, sel: PvsSelectors, topCardCounts: Element[]): number | undefined {
  const activity = findSection(doc, sel, 'activity');
  const header = activity?.querySelector(sel.followers);
  const fromActivity = header ? countIn(visibleText(header)) : undefined;
  if (fromActivity !== undefined) return fromActivity;
  const li = topCardCounts.find((el) => /follower/i.test(el.textContent ?? ''));
  return li ? countIn(visibleText(li)) : undefined;
}

function readMutual(doc: Document, sel: PvsSelectors, topCard: Element): number | undefined {
  const links = [...topCard.querySelectorAll(sel.mutual), ...doc.querySelectorAll(sel.mutual)];
  for (const link of links) {
    const visual = link.querySelector('[aria-hidden="true"]') ?? link;
    const names = visual.querySelectorAll('strong').length || undefined;
    const n = parseMutualCount(visibleText(link), names);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** True when the top card has an edit pencil or own-connections link and no "someone else" marker. */
export function isSelfView(topCard: Element, sel: PvsSelectors): boolean {
  return Boolean(topCard.querySelector(sel.selfMarker)) && !topCard.querySelector(sel.otherMarker);
}

/** Read a pvs-generation profile page with the given selector table. */
export function readPvsProfile(doc: Document, url: string, sel: PvsSelectors): GenerationRead {
  const hooks = hookCounts(doc, sel, [
    'topCard',
    'name',
    'headline',
    'location',
    'distanceBadge',
    'sectionAnchor',
    'entity',
  ]);
  const topCard = doc.querySelector(sel.topCard) ?? doc.body;
  const slug = profileSlug(url) ?? slugFromDom(doc) ?? '';
  const isSelf = isSelfView(topCard, sel);

  const name = visibleText(topCard.querySelector(sel.name)) || nameFromTitle(doc);
  const locationEl =
    topCard.querySelector(sel.location) ??
    // Fallback: the text just before the contact-info link's wrapper (both B and D keep that order).
    topCard.querySelector(sel.contactInfo)?.parentElement?.previousElementSibling;
  const pronouns = [...topCard.querySelectorAll(sel.pronouns)]
    .map((el) => parsePronouns(visibleText(el)))
    .find(Boolean);

  const badge = topCard.querySelector(sel.distanceBadge);
  let degree: Degree | undefined;
  if (isSelf) degree = 'self';
  else if (badge) degree = parseDegree(visibleText(badge)) ?? parseDegree(clean(badge.textContent));
  // pvs-2024: out-of-network members get no badge at all (MARKUP.md §1.3 D, §3.4).
  else if (doc.querySelector(sel.topCard)) degree = 'out-of-network';

  const counts = [...topCard.querySelectorAll(sel.topCardCounts)];
  const connectionsLi = counts.find(
    (el) => /connection/i.test(el.textContent ?? '') && !/mutual/i.test(el.textContent ?? ''),
  );

  const section = (n: SectionName) => findSection(doc, sel, n);
  const experienceCard = section('experience');
  const educationCard = section('education');
  const experience = experienceCard ? readExperience(experienceCard, sel.entity) : [];
  const education = educationCard ? readEducation(educationCard, sel.entity) : [];
  const interestsCard = section('interests');
  const volunteeringCard = section('volunteering');
  const skillsCard = section('skills');
  const languagesCard = section('languages');
  const aboutCard = section('about');
  const causesCard = section('causes');

  const topCompany = optional(visibleText(topCard.querySelector(sel.currentCompany)));
  const ongoing = experience.filter((e) => e.end !== undefined && !/\d{4}/.test(e.end));
  const currentRole =
    ongoing.find((e) => topCompany && e.company?.toLowerCase() === topCompany.toLowerCase()) ?? ongoing[0];
  const current = currentRole
    ? compact({
        title: currentRole.title,
        company: currentRole.company ?? topCompany,
        companyUrl: currentRole.companyUrl,
      })
    : topCompany
      ? { company: topCompany }
      : undefined;

  const profile: Profile = compact({
    url: profileUrl(slug),
    slug,
    name,
    headline: optional(visibleText(topCard.querySelector(sel.headline))),
    location: optional(visibleText(locationEl)),
    pronouns,
    degree,
    followers: readFollowers(doc, sel, counts),
    connections: connectionsLi ? countIn(visibleText(connectionsLi)) : undefined,
    mutualConnections: readMutual(doc, sel, topCard),
    about: aboutCard ? visibleParagraphs(aboutCard.querySelector(sel.cardText)) || undefined : undefined,
    current,
    experience,
    education,
    skills: skillsCard ? readNames(skillsCard, sel.entity) : [],
    interests: interestsCard ? readInterests(interestsCard, sel) : [],
    volunteering: volunteeringCard ? readVolunteering(volunteeringCard, sel.entity) : [],
    causes: causesCard ? splitCauses(visibleText(causesCard.querySelector(sel.cardText))) : [],
    languages: languagesCard ? readNames(languagesCard, sel.entity) : [],
  });
  return { profile, isSelf, hooks };
}
