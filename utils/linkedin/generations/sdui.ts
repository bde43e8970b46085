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
import { nameFromTitle, slugFromDom } from '../page-identity';
import { parseDegree, parseMutualCount, parsePronouns } from '../parse';
import { line, multilineText, SDUI_MARKUP } from '../sdui-entries';
import { SDUI_SELECTORS as S } from '../selectors/sdui';
import type { GenerationRead, GenerationReader } from '../types';
import { entityUrl, isDetailsPage, profileSlug, profileUrl } from '../url';

/** The profile's cards only: elements in `main`, outside the asides (other people). */
function inProfile(el: Element): boolean {
  return !el.closest(S.aside) && !el.closest(S.stickyToolbar);
}

function first(doc: Document, selector: string): Element | null {
  return [...doc.querySelectorAll(selector)].find(inProfile) ?? null;
}

/** "· 2nd", "2nd", "3rd+": the distance badge, printed as its own short `<p>`. */
function degreeOf(text: string): Degree | undefined {
  return text.length <= 12 ? parseDegree(text.startsWith('·') ? text : `· ${text}`) : undefined;
}

/** A count line ("500+ connections", "2,344 followers"): digits then one word. */
function isCountLine(text: string): boolean {
  return /^\d[\d,.\u202f\s]*\+?\s+\p{L}+$/u.test(text);
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

/** The top card, read once per string; the sticky toolbar copy and action buttons are skipped. */
function readTopCard(doc: Document, topCard: Element): TopCard {
  const nameEl = topCard.querySelector(S.verifiedName) ?? topCard.querySelector(S.heading);
  const name = line(nameEl?.textContent) || nameFromTitle(doc);
  const companyButton = entityButton(topCard, S.companyIcon);
  const schoolButton = entityButton(topCard, S.schoolIcon);
  const company = companyButton.name;
  const school = schoolButton.name;

  const contact = topCard.querySelector(S.contactInfo);
  const contactP = contact?.closest(S.text) ?? contact;
  const lines: { el: Element; text: string }[] = [];
  for (const p of topCard.querySelectorAll(S.text)) {
    if (p.closest(`${S.notText}, a`) && !p.querySelector(S.contactInfo)) continue;
    if (p === contactP || p.contains(contact ?? null)) continue;
    const text = line(p.textContent);
    if (text && text !== '·') lines.push({ el: p, text });
  }

  const out: TopCard = { name, company, companyUrl: companyButton.url, school, schoolUrl: schoolButton.url };
  const rest: { el: Element; text: string }[] = [];
  for (const l of lines) {
    const pronouns = out.pronouns ? undefined : parsePronouns(l.text);
    if (pronouns) out.pronouns = pronouns;
    else if (!out.degree && degreeOf(l.text)) out.degree = degreeOf(l.text);
    else if (isCountLine(l.text)) {
      // Other members' views print the counts as plain text; the self view links them (read below).
      if (/follower/i.test(l.text)) out.followers ??= countIn(l.text);
      else if (/connection/i.test(l.text)) out.connections ??= countIn(l.text);
    } else rest.push(l);
  }

  // Location: the text just before "Contact info" (E: `p "Noida…"  p "·"  p > a "Contact info"`).
  let locationEl: Element | undefined;
  if (contactP) {
    const before = rest.filter((l) => l.el.compareDocumentPosition(contactP) & 4);
    locationEl = before[before.length - 1]?.el;
  }
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

  const connections = topCard.querySelector(S.connections);
  if (connections) out.connections = countIn(line(connections.textContent)) ?? out.connections;
  const mutual = topCard.querySelector(S.mutual);
  if (mutual) {
    const names = mutual.querySelectorAll('strong').length || undefined;
    out.mutualConnections = parseMutualCount(line(mutual.textContent), names);
  }
  return out;
}

/** Followers: the Activity header ("2,344 followers"; a link on the self view), else the top card's. */
function readFollowers(doc: Document, fromTopCard: number | undefined): number | undefined {
  const activity = first(doc, S.activityCard);
  if (!activity) return fromTopCard;
  const link = activity.querySelector(S.followersLink);
  const fromLink = link ? countIn(line(link.textContent)) : undefined;
  if (fromLink !== undefined) return fromLink;
  const header = [...activity.querySelectorAll(S.text)]
    .map((p) => line(p.textContent))
    .find((t) => isCountLine(t) && /follower/i.test(t));
  return (header ? countIn(header) : undefined) ?? fromTopCard;
}

/** Self view: edit pencils / own-profile links inside the profile, and no connect or message action. */
function isSelfView(doc: Document, topCard: Element): boolean {
  const main = doc.querySelector(S.main) ?? doc.body;
  const marker = [...main.querySelectorAll(S.selfMarker)].some(inProfile);
  return marker && !topCard.querySelector(S.otherMarker);
}

/** Read an SDUI profile page. Never throws on odd markup: missing parts are left out. */
function readSdui(doc: Document, url: string): GenerationRead {
  const hooks = hookCounts(doc, S);
  const topCard = first(doc, S.topCard) ?? doc.querySelector(S.main) ?? doc.body;
  const slug = profileSlug(url) ?? slugFromDom(doc) ?? '';
  const isSelf = isSelfView(doc, topCard);
  const top = readTopCard(doc, topCard);

  const card = (selector: string) => first(doc, selector);
  const experienceCard = card(S.experienceCard);
  const educationCard = card(S.educationCard);
  const experience = experienceCard ? readExperience(experienceCard, SDUI_MARKUP) : [];
  const education = educationCard ? readEducation(educationCard, SDUI_MARKUP) : [];
  // Until the lazy Education card arrives, the top card's school button is the only school shown.
  if (!education.length && top.school) education.push(compact({ school: top.school, schoolUrl: top.schoolUrl }));
  const aboutCard = card(S.aboutCard);
  const causesCard = card(S.causesCard);

  const profile: Profile = compact({
    url: profileUrl(slug),
    slug,
    name: top.name,
    headline: top.headline,
    location: top.location,
    pronouns: top.pronouns,
    degree: isSelf ? 'self' : top.degree,
    followers: readFollowers(doc, top.followers),
    connections: top.connections,
    mutualConnections: isSelf ? undefined : top.mutualConnections,
    about: aboutCard ? multilineText(aboutCard.querySelector(S.expandableText)) || undefined : undefined,
    current: currentOf(experience, top.company, top.companyUrl),
    experience,
    education,
    skills: ((c) => (c ? readNames(c, SDUI_MARKUP) : []))(card(S.skillsCard)),
    interests: ((c) =>
      c ? readInterests(c, SDUI_MARKUP, { tab: S.tab, tabPanel: S.tabPanel, link: S.entityLink }) : [])(
      card(S.interestsCard),
    ),
    volunteering: ((c) => (c ? readVolunteering(c, SDUI_MARKUP) : []))(card(S.volunteeringCard)),
    causes: causesCard ? splitCauses(multilineText(causesCard.querySelector(S.text)).replace(/\n/g, ' · ')) : [],
    languages: ((c) => (c ? readNames(c, SDUI_MARKUP) : []))(card(S.languagesCard)),
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
