/**
 * Reader of the `/in/<slug>/details/<section>/` pages (pvs 2022 onwards; real page
 * b-2022-03-other-details-experience.html). They print the complete list of one section —
 * the profile page shows only the first few entries ("Show all 12 experiences").
 * The Profile carries that one list; the name comes from the title "Experience | Ann Lee | LinkedIn".
 */
import type { Profile } from '../../schema';
import { hookCounts } from '../dom';
import { pvsMarkup, readEducation, readExperience, readInterests, readNames, readVolunteering } from '../entries';
import { nameFromTitle, slugFromDom } from '../page-identity';
import { DETAILS_SELECTORS as SEL } from '../selectors/details';
import type { GenerationReader } from '../types';
import { detailsSection, isDetailsPage, profileSlug, profileUrl } from '../url';

/** The list card of a details page: the `main` section that holds the entries. */
function listCard(doc: Document): Element | null {
  const main = doc.querySelector(SEL.main);
  if (!main) return null;
  for (const section of main.querySelectorAll('section')) if (section.querySelector(SEL.entity)) return section;
  return main.querySelector(SEL.entity) ? main : null;
}

/** Details pages: chosen by URL, and only when the page holds a list of entries. */
export const detailsReader: GenerationReader = {
  id: 'details',
  // After an in-page navigation from a profile, the profile's top card lingers for a moment:
  // a page that still has one is not (yet) the details page.
  detect: (doc, url) => isDetailsPage(url) && !doc.querySelector('section[data-member-id]') && listCard(doc) !== null,
  read: (doc, url) => {
    const slug = profileSlug(url) ?? slugFromDom(doc) ?? '';
    const section = detailsSection(url) ?? '';
    const card = listCard(doc);
    const profile: Profile = {
      url: profileUrl(slug),
      slug,
      name: nameFromTitle(doc),
      experience: [],
      education: [],
      skills: [],
      interests: [],
      volunteering: [],
      causes: [],
      languages: [],
    };
    const markup = pvsMarkup(SEL.entity);
    if (card) {
      if (section.startsWith('experience')) profile.experience = readExperience(card, markup);
      else if (section.startsWith('education')) profile.education = readEducation(card, markup);
      else if (section.startsWith('skills')) profile.skills = readNames(card, markup);
      else if (section.startsWith('interests'))
        profile.interests = readInterests(card, markup, { ...SEL, link: 'a[href*="/"]' });
      else if (section.startsWith('volunteer')) profile.volunteering = readVolunteering(card, markup);
      else if (section.startsWith('languages')) profile.languages = readNames(card, markup);
    }
    return { profile, isSelf: false, hooks: hookCounts(doc, SEL, ['main', 'pagedItem', 'entity']) };
  },
};
