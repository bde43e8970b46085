/** Placement of the in-page card: floating at the top card's top-right corner, or a corner chip. */
export const PANEL_CSS = `
.cg-float { position: absolute; top: 12px; right: 12px; width: 340px; max-width: calc(100vw - 32px); z-index: 100; }
.cg-float > .cg-card, .cg-corner > .cg-card { margin: 0; box-shadow: 0 4px 16px rgba(0,0,0,.18); max-height: 70vh; overflow: auto; }
.cg-corner { width: 340px; max-width: calc(100vw - 32px); display: flex; justify-content: flex-end; }
.cg-float .cg-chip { float: right; }
`;
