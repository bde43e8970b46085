/**
 * The words LinkedIn's UI prints in one language, as data (one file per language). Readers work by
 * structure, links and numbers first; these words only decide what structure cannot: which count
 * is followers, which short line is a duration or an employment type, which heading names a card.
 */

/** Section of a profile, as named by its heading (the last resort when no id, key or link names it). */
export type SectionName =
  | 'about'
  | 'activity'
  | 'experience'
  | 'education'
  | 'skills'
  | 'interests'
  | 'languages'
  | 'volunteering';

/** Interests tab, as named by its label (when no entry link names the category). */
export type InterestTab = 'topVoices' | 'companies' | 'groups' | 'newsletters' | 'schools';

/** One UI language's words. Every string is compared case-insensitively, whitespace collapsed. */
export interface UiWords {
  /** BCP 47 primary tag: "en", "pl", "ja". */
  code: string;
  /** The distance badge after "·": ["1st"], ["2nd"], ["3rd", "3rd+"]. */
  degree: { first: string[]; second: string[]; third: string[] };
  /** The word after a follower count ("3,663 followers"). */
  followers: string[];
  /** The word after a connection count ("500+ connections"). */
  connections: string[];
  /** Units of a duration ("2 yrs 4 mos", "1 rok 1 mies."), with and without their dot. */
  durationUnits: string[];
  /** The end of an ongoing role ("Present"). Readers need no table for this (an end without a year is open). */
  present: string[];
  /** Employment types printed after the company ("Acme · Full-time") or on their own line. */
  employmentTypes: string[];
  /** Workplace types printed after a role's place ("Haifa, Israel · Hybrid"). */
  workplaceTypes: string[];
  /** Section headings (h2 text), the last resort for finding a card. */
  headings: Partial<Record<SectionName, string[]>>;
  /** Interests tab labels. */
  interestTabs: Partial<Record<InterestTab, string[]>>;
}
