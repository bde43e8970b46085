/**
 * The profile page of the "pvs" generations (B 2022, C Jul 2024, D Nov 2024). They share one
 * structure — a top card `section[data-member-id]`, then one `section` per card anchored by an id
 * (`#experience`, `#education`…) — and differ in selectors, passed in as a table.
 */

import type { Degree, Profile } from '../../schema';
import { clean, countIn, hookCounts, optional, visibleParagraphs, visibleText } from '../dom';
import {
  compact,
  currentOf,
  pvsMarkup,
  readEducation,
  readExperience,
  readInterests,
  readNames,
  readVolunteering,
  splitCauses,
} from '../entries';
import { countKindOf } from '../lang/words';
import { nameFromTitle, slugFromDom } from '../page-identity';
import { parseDegree, parseMutualCount, parsePronouns } from '../parse';
import type { PvsSelectors } from '../selectors/pvs-2022';
import type { GenerationRead } from '../types';
import { profileSlug, profileUrl } from '../url';

/**
 * Card anchor ids of each section, then after "|" the English titles that are the last-resort
 * fallback (the ids themselves when none are given).
 */
const SECTIONS = {
  about: 'about',
  activity: 'content_collections recent_activity activity|activity',
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  interests: 'interests',
  volunteering: 'volunteering_experience volunteering|volunteering,volunteer experience',
  causes: 'volunteer_causes causes|causes',
  languages: 'languages',
} as const;

type SectionName = keyof typeof SECTIONS;

/** The card (`section`) of one profile section, by anchor id first and by title last. */
export function findSection(doc: Document, sel: PvsSelectors, name: SectionName): Element | null {
  const [ids = '', titles = ids] = SECTIONS[name].split('|');
  for (const id of ids.split(' ')) {
    const card = doc.querySelector(`${sel.sectionAnchor.replace(/\[id\]$/, '')}#${id}`)?.closest('section');
    if (card) return card;
  }
  for (const card of doc.querySelectorAll('section')) {
    const title = visibleText(card.querySelector(sel.sectionTitle)).toLowerCase();
    if (title && titles.split(',').includes(title)) return card;
  }
  return null;
}

/** Followers: the Activity card header ("726 followers"), else a top-card count that says "follower". */
function readFollowers(doc: Document, sel: PvsSelectors, topCardCounts: Element[]): number | undefined {
  const activity = findSection(doc, sel, 'activity');
  const header = activity?.querySelector(sel.followers);
  const fromActivity = header ? countIn(visibleText(header)) : undefined;
  if (fromActivity !== undefined) return fromActivity;
  const li = topCardCounts.find((el) => countKindOf(visibleText(el)) === 'followers');
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
  // Any language: the count its word names (lang/ tables), else — a word no table knows — the one
  // count that is neither followers nor the mutual-connections link.
  const notMutual = counts.filter((el) => !el.querySelector(sel.mutual));
  const connectionsLi =
    notMutual.find((el) => countKindOf(visibleText(el)) === 'connections') ??
    notMutual.find((el) => /\d/.test(visibleText(el)) && countKindOf(visibleText(el)) === undefined);

  const section = (n: SectionName) => findSection(doc, sel, n);
  const markup = pvsMarkup(sel.entity);
  const experienceCard = section('experience');
  const educationCard = section('education');
  const experience = experienceCard ? readExperience(experienceCard, markup) : [];
  const education = educationCard ? readEducation(educationCard, markup) : [];
  const interestsCard = section('interests');
  const volunteeringCard = section('volunteering');
  const skillsCard = section('skills');
  const languagesCard = section('languages');
  const aboutCard = section('about');
  const causesCard = section('causes');

  const topCompany = optional(visibleText(topCard.querySelector(sel.currentCompany)));
  const current = currentOf(experience, topCompany);

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
    skills: skillsCard ? readNames(skillsCard, markup) : [],
    interests: interestsCard ? readInterests(interestsCard, markup, { ...sel, link: 'a[href*="/"]' }) : [],
    volunteering: volunteeringCard ? readVolunteering(volunteeringCard, markup) : [],
    causes: causesCard ? splitCauses(visibleText(causesCard.querySelector(sel.cardText))) : [],
    languages: languagesCard ? readNames(languagesCard, markup) : [],
  });
  return { profile, isSelf, hooks };
}
