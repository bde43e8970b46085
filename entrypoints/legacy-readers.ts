import { defineUnlistedScript } from '#imports';
import { ON_DEMAND_READERS } from '@/utils/linkedin/on-demand-readers';
import { provide } from '@/utils/on-demand';

/**
 * Injected by the background into a LinkedIn tab, beside the content script, when the page looks like
 * a markup the content script does not carry (utils/linkedin/live-readers.ts): the 2018 Ember and
 * 2022–24 pvs member profiles, and the logged-out public profile.
 */
export default defineUnlistedScript(() => {
  provide('legacy-readers', ON_DEMAND_READERS);
});
