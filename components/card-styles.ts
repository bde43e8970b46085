/**
 * Styles of the common-ground card and the composer, as strings: injected into the in-page shadow root
 * (no CSS file, so nothing needs to be web-accessible) and into the side panel and popup. The rules
 * live in card.css and composer.css; `?inline` gives them minified (the content script's size budget).
 */
import CARD_CSS from './card.css?inline';
import COMPOSER_CSS from './composer.css?inline';

export { CARD_CSS, COMPOSER_CSS };
