import { defineUnlistedScript } from '#imports';
import { OTHER_LANGUAGES } from '@/utils/linkedin/lang';
import { provide } from '@/utils/on-demand';

/**
 * Injected by the background into a LinkedIn tab, beside the content script, when the page's UI is
 * not in English (utils/linkedin/lang/words.ts needsUiWords): LinkedIn's UI words in every other
 * language, which the content script leaves out to stay small on every page.
 */
export default defineUnlistedScript(() => {
  provide('ui-words', OTHER_LANGUAGES);
});
