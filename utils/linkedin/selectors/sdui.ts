/**
 * Selectors of the 2025–26 React "flagship-web" SDUI profile (MARKUP.md §1.3 E). Class names are
 * 8-hex atomic hashes that change with every deploy, so nothing here uses a class: cards are found by
 * `componentkey` (= `id`) prefixes and suffixes, items by `componentkey^="expanded"` / `role=listitem`,
 * texts are `<p>`s, organisations are `/company/` and `/school/` links.
 */
import type { SelectorTable } from '../types';

/** Every profile card's componentkey starts with this, then the member id (or slug), then the card name. */
const CARD = '[componentkey^="com.linkedin.sdui.profile.card.ref"]';

/** A profile card by the suffix of its componentkey, plus the `data-view-name` of the variant that has one. */
function card(suffix: string | readonly string[], viewName?: string): string {
  const byKey = (typeof suffix === 'string' ? [suffix] : suffix).map((x) => `${CARD}[componentkey$="${x}"]`).join(', ');
  return viewName ? `${byKey}, [data-view-name="${viewName}"]` : byKey;
}

/** E: 2025–26 SDUI profile. */
export const SDUI_SELECTORS = {
  /** Page identity: LinkedIn's page key and the SDUI screen name of a profile. */
  pageKey: 'meta[name="como-pk"][content*="profile"]',
  screen: '[data-sdui-screen$=".profile.Profile"]',
  card: CARD,
  main: 'main',
  /** Other people (PYMK, "who your viewers also viewed") and the profile-language box: never the profile. */
  aside: 'aside, [componentkey^="profileAside"]',
  /** The sticky mini top card that repeats name and headline; it is aria-hidden. */
  stickyToolbar: '[role="toolbar"][aria-hidden="true"]',

  topCard: card('Topcard', 'profile-top-card'),
  /** E: the name is an h2 inside the verification link, whose componentkey ends with the slug. */
  verifiedName: '[componentkey^="ProfileVerificationTriggerRef-"] h2',
  /** Fallback name: the top card's first heading (h1 in the data-view-name variant). */
  heading: 'h1, h2',
  /** Every visible string of the SDUI build is a `<p>` (headline, pronouns, "Company · School", location). */
  text: 'p',
  contactInfo: 'a[href*="/overlay/contact-info"]',
  /** The top card's current-company and school buttons: a logo figure whose ghost icon names the kind. */
  companyIcon: 'svg[id^="company"]',
  schoolIcon: 'svg[id^="school"]',
  entityButton: '[role="button"], button, a[href*="/company/"], a[href*="/school/"]',
  /**
   * People links: the own connections list (self view), a search of the member's connections, or
   * of the mutual ones (`network=["F"]`); `url.peopleLinkKind` tells which from the URL.
   */
  peopleLink:
    'a[href*="/mynetwork/invite-connect/connections"], a[href*="/search/results/people"][href*="onnectionOf="], [data-view-name="profile-top-card-view-all-connections"]',
  /** A pre-rendered alternate state (e.g. the degree after connecting) wraps its copy in this. */
  alternate: '[data-display-contents]',
  /** The top card's "Open to work" / services carousel: its texts are not the member's fields. */
  carousel: '[data-testid="carousel"]',
  /** Connect (custom invite): the member is not a 1st-degree connection. */
  inviteAction: 'a[href*="/preload/custom-invite/"], a[href*="/mynetwork/invite-connect/invite"]',
  /** Pieces of a text that are not part of it: buttons ("…more"), action links, hidden copies. */
  notText: 'button, [role="button"], [aria-hidden="true"], [data-testid="expandable-text-button"]',

  /** Self view: edit pencils and own-profile links, the analytics card. */
  selfMarker:
    'a[href*="/edit/intro/"], a[href*="/edit/forms/"], a[href*="isSelfProfile=true"], a[href*="/analytics/profile-views/"], [componentkey$="_cover_edit_button"]',
  /** Another member's view: connect, message and follow actions. */
  otherMarker: 'a[href*="/preload/custom-invite/"], a[href*="/messaging/compose/"], a[href*="/messaging/thread/"]',

  aboutCard: card('About', 'profile-card-about'),
  expandableText: '[data-testid="expandable-text-box"]',
  activityCard: card('Activity', 'profile-card-activity'),
  /** Self view: the Activity header links the follower list. */
  followersLink: 'a[href*="/feed/followers"]',
  // The volunteering card's key also ends in "…ExperienceTopLevelSection" (VolunteeringExperience…).
  // Card names end in "…TopLevelSection" or (2026) "…TopLevel".
  experienceCard: `${CARD}:is([componentkey$="ExperienceTopLevelSection"], [componentkey$="ExperienceTopLevel"]):not([componentkey*="Volunteer"]), [data-view-name="profile-card-experience"]`,
  educationCard: card(['EducationTopLevelSection', 'EducationTopLevel'], 'profile-card-education'),
  skillsCard: card('Skills', 'profile-card-skills'),
  interestsCard: card('Interests', 'profile-card-interests'),
  volunteeringCard: `${CARD}[componentkey*="Volunteer"]:is([componentkey$="TopLevelSection"], [componentkey$="TopLevel"]), [data-view-name="profile-card-volunteering"]`,
  causesCard: `${card('Causes', 'profile-card-causes')}`,
  languagesCard: `${CARD}[componentkey*="Language"]:not([componentkey$="SupportedLocales"]), [data-view-name="profile-card-languages"]`,

  /** One entry of a card (a role, a school, a skill); a company with several roles nests its roles. */
  // 2026: roles of a grouped company are `ul > li`, entries `entity-collection-item…`, skills
  // `com.linkedin.sdui.profile.skill(…)` (each followed by its `…-divider`).
  item: '[componentkey^="expanded"], [componentkey^="entity-collection-item"], [componentkey^="com.linkedin.sdui.profile.skill("]:not([componentkey$="-divider"]), [role="listitem"], li',
  separator: 'hr[role="presentation"]',
  companyLink: 'a[href*="/company/"]',
  schoolLink: 'a[href*="/school/"]',
  entityLink:
    'a[href*="/company/"], a[href*="/school/"], a[href*="/groups/"], a[href*="/newsletters/"], a[href*="/in/"]',
  logo: 'figure[aria-label]',
  /** Lines that belong to something else: "Show all" links to /details/, endorsement and skill links. */
  notEntryText:
    'a[href*="/details/"], a[href*="/skill-associations/"], a[href*="/skill-insights/"], a[href*="/endorse"]',
  /** "Show all" links: `/in/<slug>/details/<section>/` names the card it closes, in any language. */
  detailsLink: 'a[href*="/details/"]',
  /** A card's heading (its text names the section; the last resort, lang/ tables). */
  heading2: 'h2',
  tab: '[role="tab"]',
  tabPanel: '[role="tabpanel"]',

  /** Placeholders of the cards that arrive later (RSC actions); the skeleton of an unfilled card. */
  lazyAnchor: '[componentkey^="profile_top_card_"][componentkey*="_lazy_anchor_"]',
  lazyContainer: '[componentkey^="profileCardsExperienceOnly"], [componentkey^="profileCardsBelowActivity"]',
} as const satisfies SelectorTable;

/**
 * What the content script observes (MutationObserver, subtree) to re-read when LinkedIn fills the
 * lazy Experience / Education / Skills… cards: the lazy column and the placeholder containers.
 */
export const SDUI_LAZY_SECTION_SELECTOR = [
  '[data-testid="lazy-column"]',
  SDUI_SELECTORS.lazyContainer,
  SDUI_SELECTORS.lazyAnchor,
].join(', ');
