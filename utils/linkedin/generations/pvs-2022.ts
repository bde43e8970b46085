/**
 * Reader of the Mar 2022 – 2023 "pvs" v1 profile (MARKUP.md §1.3 B, real page b-2022-03-other.html).
 */
import { PVS_2022_SELECTORS } from '../selectors/pvs-2022';
import type { GenerationReader } from '../types';
import { readPvsProfile } from './pvs-profile';

/** B: `pv-profile-card-anchor` ids (hyphen) and `.pvs-entity` entries. */
export const pvs2022Reader: GenerationReader = {
  id: 'pvs-2022',
  detect: (doc) =>
    Boolean(doc.querySelector(PVS_2022_SELECTORS.sectionAnchor) || doc.querySelector('.pvs-list__outer-container')) &&
    Boolean(doc.querySelector(PVS_2022_SELECTORS.topCard)),
  read: (doc, url) => readPvsProfile(doc, url, PVS_2022_SELECTORS),
};
