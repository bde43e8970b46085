import { defineUnlistedScript } from '#imports';
import { ember2018Reader } from '@/utils/linkedin/generations/ember-2018';
import { provide } from '@/utils/on-demand';

/**
 * Injected by the background into a LinkedIn tab, beside the content script, when the page is the
 * 2018 Ember profile (utils/linkedin/live-readers.ts): the reader the content script leaves out.
 */
export default defineUnlistedScript(() => {
  provide('legacy-readers', [ember2018Reader]);
});
