/**
 * Reader of the 2025–26 React "flagship-web" SDUI profile (MARKUP.md §1.3 E). Cards are found by
 * componentkey; the top card is a column of `<p>`s told apart by what they say (pronouns, "· 2nd",
 * the "Company · School" line) and by where they sit (location = the text before "Contact info").
 * Experience, Education and the lower cards arrive lazily: the reader reads whatever is in the DOM,
 * and the content script re-reads when `SDUI_LAZY_SECTION_SELECTOR` changes.
 */
import type { Degree, Profile } from '../../schema';
import { countIn, hookCounts } from '../dom';
import {
  compact,
  currentOf,
  readEducation,
  readExperience,
  readInterests,
  readNames,
  readVolunteering,
  splitCauses,
} from '../entries';
import { countWord, type SectionName, sectionOfHeading } from '../lang/words';
import { nameFromTitle, slugFromDom } from '../page-identity';
import { parseDegree, parseMutualCount, parsePronouns } from '../parse';
import { line, multilineText, SDUI_MARKUP } from '../sdui-entries';
import { SDUI_SELECTORS as S } from '../selectors/sdui';
import type { GenerationRead, GenerationReader } from '../types';
import { detailsSection, entityUrl, isDetailsPage, peopleLinkKind, profileSlug, profileUrl } from '../url';

/** The profile's cards only: elements in `main`, outside the asides (other people). */
function inProfile(el: Element): boolean {
  return !el.closest(S.aside) && !el.closest(S.stickyToolbar);
}

function first(doc: Document, selector: string): Element | null {
  return [...doc.querySelectorAll(selector)].find(inProfile) ?? null;
}

/** "· 2nd", "· 2.", "· 2次", "3rd+": the distance badge, printed as its own short `<p>`. */
function degreeOf(text: string): Degree | undefined {
  return text.length <= 12 ? parseDegree(text.startsWith('·') ? text : `· ${text}`) : undefined;
}

/** A count line in any language: digits then a word ("500+ connections", "153 obserwujących", "3 663 位关注者"). */
function isCountLine(text: string): boolean {
  return /^\d[\d,.\u202f\s]*\+?\s*[\p{L}][\p{L}\p{M}:.]*$/u.test(text);
}

/** A count whose word comes first ("フォロワー1,204人", "つながり: 500+"), when a table knows the word. */
function wordFirstCount(text: string): 'followers' | 'connections' | undefined {
  const m = text.match(/^([\p{L}][\p{L}\p{M}]*)\s*[:：]?\s*\d[\d,.\u202f\s]*\+?\s*[\p{L}]{0,2}$/u);
  return m?.[1] ? countWord(m[1]) : undefined;
}

/** A lone number ("26", "500+") whose word is the next paragraph ("kontakty"). */
function isBareCount(text: string): boolean {
  return /^\d[\d,.\u202f\s]*\+?$/.test(text);
}

/** The word of a count line ("153 obserwujących" → "obserwujących"). */
function countWordOf(text: string): string {
  return text.replace(/^\d[\d,.\u202f\s]*\+?\s*/, '');
}

interface TopCard {
  name: string;
  headline?: string;
  location?: string;
  pronouns?: string;
  degree?: Degree;
  connections?: number;
  followers?: number;
  mutualConnections?: number;
  company?: string;
  companyUrl?: string;
  school?: string;
  schoolUrl?: string;
}

/** The top card's company (or school) button: the `<p>` beside the logo whose ghost icon names the kind. */
function entityButton(topCard: Element, icon: string): { name?: string; url?: string } {
  const svg = topCard.querySelector(icon);
  const button = svg?.closest(S.entityButton);
  const name = button ? line(button.querySelector(S.text)?.textContent) : '';
  // Some builds make the button a link to the organisation; keep LinkedIn's own URL then.
  const href = button?.closest(`${S.companyLink}, ${S.schoolLink}`)?.getAttribute('href');
  return { name: name || undefined, url: entityUrl(href) };
}

interface Line {
  el: Element;
  text: string;
}

/**
 * True when `el` is a pre-rendered alternate copy: it sits in a `[data-display-contents]` wrapper
 * that the other candidates are not in (2026: the bare "· 2nd" is the degree, the wrapped "· 1st" is
 * what the card would show after connecting).
 */
function isWrappedAlternate(el: Element, others: Element[]): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (others.some((o) => o !== el && up?.contains(o))) return false;
    if (up.matches(S.alternate)) return true;
  }
  return false;
}

/**
 * The member's degree from the badge paragraphs, whatever their number: one badge is the degree;
 * of several, the bare one (not in a pre-rendered alternate); when that does not decide, the
 * action buttons do (a Connect / custom-invite action means not 1st).
 */
function chooseDegree(badges: Line[], topCard: Element): Degree | undefined {
  const degrees = (list: Line[]) => list.map((l) => degreeOf(l.text)).filter((d): d is Degree => Boolean(d));
  if (badges.length <= 1) return degrees(badges)[0];
  const els = badges.map((b) => b.el);
  const bare = badges.filter((b) => !isWrappedAlternate(b.el, els));
  const pool = bare.length ? bare : badges;
  const found = [...new Set(degrees(pool))];
  if (found.length === 1) return found[0];
  const canInvite = Boolean(topCard.querySelector(S.inviteAction));
  return canInvite ? (found.find((d) => d !== '1st') ?? found[0]) : (found.find((d) => d === '1st') ?? found[0]);
}

/** The contact-info paragraph: the link to the contact overlay, or (links to "#") a link paragraph after a lone "·". */
function contactParagraph(topCard: Element): Element | null {
  const link = topCard.querySelector(S.contactInfo);
  if (link) return link.closest(S.text) ?? link;
  for (const p of topCard.querySelectorAll(S.text)) {
    const prev = p.previousElementSibling;
    if (p.querySelector('a') && prev?.matches(S.text) && line(prev.textContent) === '·') return p;
  }
  return null;
}

/** The top card, read once per string; the sticky toolbar copy, carousels and action buttons are skipped. */
function readTopCard(doc: Document, topCard: Element): TopCard {
  const nameEl = topCard.querySelector(S.verifiedName) ?? topCard.querySelector(S.heading);
  const name = line(nameEl?.textContent) || nameFromTitle(doc);
  const companyButton = entityButton(topCard, S.companyIcon);
  const schoolButton = entityButton(topCard, S.schoolIcon);
  const company = companyButton.name;
  const school = schoolButton.name;

  const contactP = contactParagraph(topCard);
  const lines: Line[] = [];
  for (const p of topCard.querySelectorAll(S.text)) {
    if (p.closest(`${S.notText}, a, ${S.carousel}`)) continue;
    if (p === contactP || contactP?.contains(p) || p.contains(contactP)) continue;
    const text = line(p.textContent);
    if (!text || text === '·') continue;
    const previous = lines[lines.length - 1];
    // "500+" and "connections" as two paragraphs side by side: one count line.
    if (previous && isBareCount(previous.text) && previous.el.parentElement === p.parentElement && !/\d/.test(text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    lines.push({ el: p, text });
  }

  const out: TopCard = { name, company, companyUrl: companyButton.url, school, schoolUrl: schoolButton.url };
  const rest: Line[] = [];
  const badges: Line[] = [];
  for (const l of lines) {
    const pronouns = out.pronouns ? undefined : parsePronouns(l.text);
    if (pronouns) out.pronouns = pronouns;
    else if (degreeOf(l.text)) badges.push(l);
    else if (wordFirstCount(l.text)) {
      if (wordFirstCount(l.text) === 'followers') out.followers ??= countIn(l.text);
      else out.connections ??= countIn(l.text);
    } else if (isCountLine(l.text) || isBareCount(l.text)) {
      // Other members' views print the counts as plain text; the self view links them (read below).
      const kind = countWord(countWordOf(l.text));
      if (kind === 'followers') out.followers ??= countIn(l.text);
      else if (kind === 'connections' || out.connections === undefined) out.connections ??= countIn(l.text);
      else out.followers ??= countIn(l.text);
    } else rest.push(l);
  }
  out.degree = chooseDegree(badges, topCard);

  // Location: the text just before "Contact info" (E: `p "Noida…"  p "·"  p > a "Contact info"`).
  let locationEl: Element | undefined;
  if (contactP) {
    const before = rest.filter((l) => l.el.compareDocumentPosition(contactP) & 4);
    locationEl = before[before.length - 1]?.el;
  }
  // The headline is the first paragraph after name, pronouns and badges.
  const headline = rest[0] && rest[0].el !== locationEl ? rest[0] : undefined;
  const others = rest.filter((l) => l !== headline && l.el !== locationEl);
  // Without a contact-info link: the "Company · School" line names the buttons; anything else is the location.
  const orgNames = [company, school].filter(Boolean) as string[];
  const isOrgLine = (text: string) =>
    text.includes(' · ') || (orgNames.length > 0 && orgNames.some((n) => text === n || text.startsWith(`${n} · `)));
  const orgLine = others.find((l) => isOrgLine(l.text));
  if (!locationEl) locationEl = others.find((l) => l !== orgLine)?.el;
  if (!out.company && !school && orgLine) {
    // No buttons: "Company · School" — only the part before the dot is sure to be the employer.
    const parts = orgLine.text.split(' · ');
    if (parts.length > 1) out.company = parts[0];
  }
  out.headline = headline?.text;
  out.location = locationEl ? line(locationEl.textContent) : undefined;

  // Counts behind links, told apart by the link's URL (any language).
  for (const link of topCard.querySelectorAll(S.peopleLink)) {
    const text = line(link.textContent);
    if (!/\d/.test(text)) continue;
    const kind = peopleLinkKind(link.getAttribute('href')) ?? 'connections';
    if (kind === 'connections') out.connections = countIn(text) ?? out.connections;
    else if (out.mutualConnections === undefined) {
      const names = link.querySelectorAll('strong').length || undefined;
      out.mutualConnections = parseMutualCount(text, names);
    }
  }
  // A facepile of mutual connections whose sentence has no number ("Ann and Bo are mutual connections").
  if (out.mutualConnections === undefined) {
    const mutual = [...topCard.querySelectorAll(S.peopleLink)].find(
      (a) => peopleLinkKind(a.getAttribute('href')) === 'mutual' && a.querySelector('strong'),
    );
    if (mutual)
      out.mutualConnections = parseMutualCount(line(mutual.textContent), mutual.querySelectorAll('strong').length);
  }
  return out;
}

/** Followers: the Activity header ("2,344 followers"; a link on the self view), else the top card's. */
function readFollowers(activity: Element | undefined, fromTopCard: number | undefined): number | undefined {
  if (!activity) return fromTopCard;
  const link = activity.querySelector(S.followersLink);
  const fromLink = link ? countIn(line(link.textContent)) : undefined;
  if (fromLink !== undefined) return fromLink;
  // The card's header: the heading and, beside it, the follower count (any language: the number).
  const heading = activity.querySelector(S.heading2);
  const header = heading?.parentElement
    ? [...heading.parentElement.querySelectorAll(S.text)]
        .map((p) => line(p.textContent))
        .find((t) => isCountLine(t) || wordFirstCount(t) === 'followers')
    : undefined;
  const named = [...activity.querySelectorAll(S.text)]
    .map((p) => line(p.textContent))
    .find((t) => isCountLine(t) && countWord(countWordOf(t)) === 'followers');
  return (header ? countIn(header) : undefined) ?? (named ? countIn(named) : undefined) ?? fromTopCard;
}

/** Self view: edit pencils / own-profile links inside the profile, and no connect or message action. */
function isSelfView(doc: Document, topCard: Element): boolean {
  const main = doc.querySelector(S.main) ?? doc.body;
  const marker = [...main.querySelectorAll(S.selfMarker)].some(inProfile);
  return marker && !topCard.querySelector(S.otherMarker);
}

/** `/details/<section>/` path names → the card it closes. */
const DETAILS_SECTIONS: Readonly<Record<string, SectionName>> = {
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  interests: 'interests',
  languages: 'languages',
  'volunteering-experiences': 'volunteering',
  'volunteer-experiences': 'volunteering',
};

/** True for an element that can be one card: not the page column that holds every card. */
function isOneCard(el: Element, topCard: Element): boolean {
  return !el.contains(topCard) && el.querySelectorAll('h2').length <= 1;
}

/**
 * The profile's cards by section. Durable hooks first (componentkey / data-view-name); a card
 * without them (2026: Interests has a random key) is the section that holds the "Show all" link to
 * `/details/<section>/`; the heading's text (lang/ tables) is the last resort.
 */
function cardsOf(doc: Document, topCard: Element): Partial<Record<SectionName, Element>> {
  const out: Partial<Record<SectionName, Element>> = {};
  const keyed: Record<SectionName, string> = {
    about: S.aboutCard,
    activity: S.activityCard,
    experience: S.experienceCard,
    education: S.educationCard,
    skills: S.skillsCard,
    interests: S.interestsCard,
    languages: S.languagesCard,
    volunteering: S.volunteeringCard,
  };
  for (const [name, selector] of Object.entries(keyed) as [SectionName, string][]) {
    const el = first(doc, selector);
    if (el) out[name] = el;
  }
  const taken = () => Object.values(out);
  const claim = (name: SectionName | undefined, el: Element | null) => {
    if (!name || out[name] || !el || !isOneCard(el, topCard)) return;
    if (taken().some((c) => c.contains(el) || el.contains(c))) return;
    out[name] = el;
  };
  const main = doc.querySelector(S.main) ?? doc.body;
  for (const a of main.querySelectorAll(S.detailsLink)) {
    if (!inProfile(a) || topCard.contains(a)) continue;
    const section = detailsSection(new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com/'));
    claim(section ? DETAILS_SECTIONS[section] : undefined, a.closest('section'));
  }
  for (const h of main.querySelectorAll(S.heading2)) {
    if (!inProfile(h) || topCard.contains(h)) continue;
    claim(sectionOfHeading(line(h.textContent)), h.closest('section'));
  }
  return out;
}

/** Read an SDUI profile page. Never throws on odd markup: missing parts are left out. */
function readSdui(doc: Document, url: string): GenerationRead {
  const hooks = hookCounts(doc, S);
  const topCard = first(doc, S.topCard) ?? doc.querySelector(S.main) ?? doc.body;
  const slug = profileSlug(url) ?? slugFromDom(doc) ?? '';
  const isSelf = isSelfView(doc, topCard);
  const top = readTopCard(doc, topCard);

  const cards = cardsOf(doc, topCard);
  const experienceCard = cards.experience;
  const educationCard = cards.education;
  const experience = experienceCard ? readExperience(experienceCard, SDUI_MARKUP) : [];
  const education = educationCard ? readEducation(educationCard, SDUI_MARKUP) : [];
  // Until the lazy Education card arrives, the top card's school button is the only school shown.
  if (!education.length && top.school) education.push(compact({ school: top.school, schoolUrl: top.schoolUrl }));
  const aboutCard = cards.about;
  const causesCard = first(doc, S.causesCard);

  const profile: Profile = compact({
    url: profileUrl(slug),
    slug,
    name: top.name,
    headline: top.headline,
    location: top.location,
    pronouns: top.pronouns,
    // No badge on another member's card (it has Connect / Message actions): out of network.
    degree: isSelf
      ? 'self'
      : (top.degree ?? (topCard.querySelector(`${S.otherMarker}, ${S.inviteAction}`) ? 'out-of-network' : undefined)),
    followers: readFollowers(cards.activity, top.followers),
    connections: top.connections,
    mutualConnections: isSelf ? undefined : top.mutualConnections,
    about: aboutCard ? multilineText(aboutCard.querySelector(S.expandableText)) || undefined : undefined,
    current: currentOf(experience, top.company, top.companyUrl),
    experience,
    education,
    skills: ((c) => (c ? readNames(c, SDUI_MARKUP) : []))(cards.skills),
    interests: ((c) =>
      c ? readInterests(c, SDUI_MARKUP, { tab: S.tab, tabPanel: S.tabPanel, link: S.entityLink }) : [])(
      cards.interests,
    ),
    volunteering: ((c) => (c ? readVolunteering(c, SDUI_MARKUP) : []))(cards.volunteering),
    causes: causesCard ? splitCauses(multilineText(causesCard.querySelector(S.text)).replace(/\n/g, ' · ')) : [],
    languages: ((c) => (c ? readNames(c, SDUI_MARKUP) : []))(cards.languages),
  });
  return { profile, isSelf, hooks };
}

/** E: 2025–26 React / SDUI "flagship-web" profile (componentkey cards, h2 name, lazy sections). */
export const sduiReader: GenerationReader = {
  id: 'sdui-2025',
  // /details/ pages of the SDUI build belong to the details reader.
  detect: (doc, url) =>
    !isDetailsPage(url) &&
    Boolean(doc.querySelector(`${S.topCard}, ${S.pageKey}, ${S.screen}`) ?? doc.querySelector(S.card)),
  read: readSdui,
};
