/**
 * LinkedIn's UI words in every language we have a table for (one data file per language), all in
 * use: importing this module adds every table to the lookups of words.ts. The CLI and tests read
 * with all of them; the content script carries English only and loads the rest on demand
 * (entrypoints/ui-words.ts) on a page whose UI is in another language.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { tr } from './tr';
import type { UiWords } from './types';
import { addLanguages } from './words';
import { zh } from './zh';

export * from './words';

/** Every language table but English (which words.ts has built in). Add a language by adding its file here. */
export const OTHER_LANGUAGES: readonly UiWords[] = [de, fr, es, pt, it, nl, pl, sv, tr, ja, zh];

/** Every language table, English first. */
export const LANGUAGES: readonly UiWords[] = [en, ...OTHER_LANGUAGES];

addLanguages(OTHER_LANGUAGES);
