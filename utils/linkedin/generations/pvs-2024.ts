/**
 * Readers of the 2024 "pvs" v2 profiles: Jul 2024 (MARKUP.md §1.3 C, real page c-2024-07-other.html)
 * and Nov 2024 (§1.3 D). Same structure; D hashed the `h1` class (`text-heading-xlarge` gone), so
 * the two differ only in detection and in the name selector.
 */
import { PVS_2024_07_SELECTORS } from '../selectors/pvs-2024-07';
import { PVS_2024_11_SELECTORS } from '../selectors/pvs-2024-11';
import type { GenerationReader } from '../types';
import { readPvsProfile } from './pvs-profile';

/** Shared by C and D: `pv-profile-card__anchor` (double underscore) or `profile-component-entity` entries. */
function isPvs2024(doc: Document): boolean {
  return (
    Boolean(doc.querySelector(PVS_2024_07_SELECTORS.topCard)) &&
    Boolean(doc.querySelector(`${PVS_2024_07_SELECTORS.sectionAnchor}, ${PVS_2024_07_SELECTORS.entity}`))
  );
}

/** C: Jul 2024, `h1.text-heading-xlarge` still present. */
export const pvs202407Reader: GenerationReader = {
  id: 'pvs-2024-07',
  detect: (doc) =>
    isPvs2024(doc) && Boolean(doc.querySelector(`${PVS_2024_07_SELECTORS.topCard} h1.text-heading-xlarge`)),
  read: (doc, url) => readPvsProfile(doc, url, PVS_2024_07_SELECTORS),
};

/** D: Nov 2024, hashed `h1` class. */
export const pvs202411Reader: GenerationReader = {
  id: 'pvs-2024-11',
  detect: (doc) => isPvs2024(doc) && !doc.querySelector(`${PVS_2024_07_SELECTORS.topCard} h1.text-heading-xlarge`),
  read: (doc, url) => readPvsProfile(doc, url, PVS_2024_11_SELECTORS),
};
