/** Placement of the in-page card (panel.css), minified by `?inline`. */
import PANEL_CSS from './panel.css?inline';

export { PANEL_CSS };
