/** The popup tracker's own rules, on top of PAGE_CSS: 400 px wide, a scrolling list, compact rows. */
export const POPUP_CSS = `
.cg-popup { width: 400px; min-height: 240px; max-height: 590px; overflow-y: auto; padding: 10px 12px; }
.cg-popup h1 { font-size: 16px; margin: 0; }
.cg-summary { font-size: 13px; margin: 2px 0 0; }
.cg-popup-toast { position: fixed; left: 12px; right: 12px; bottom: 8px; z-index: 5; }
.cg-popup .cg-toolbar { position: sticky; top: -10px; z-index: 2; background: var(--cg-bg); padding: 6px 0; margin: 4px 0; }
.cg-popup .cg-toolbar input[type=search] { flex: 1; min-width: 0; }
.cg-popup .cg-group h2 { top: 36px; z-index: 1; font-size: 14px; margin: 10px 0 2px; }
.cg-popup .cg-person { padding: 6px 0; }
.cg-person-head { display: flex; gap: 6px; align-items: baseline; }
.cg-person-head .cg-person-status { margin-left: auto; }
.cg-open { padding: 0 5px; font-size: 12px; line-height: 1.3; }
.cg-person-name { border: 0; background: none; padding: 0; font-weight: 600; text-align: left; color: var(--cg-fg);
  overflow-wrap: anywhere; }
.cg-person-name:hover { text-decoration: underline; }
.cg-person-name[aria-expanded="true"] { color: var(--cg-accent); }
.cg-person-status { font-size: 12px; white-space: nowrap; margin: 0; }
.cg-popup .cg-clip { font-size: 13px; }
.cg-due { font-size: 13px; font-weight: 600; }
.cg-popup .cg-muted[data-testid=cg-person-due] { font-size: 13px; margin: 0; }
.cg-warn { border-left-color: var(--cg-error); }
.cg-popup .cg-row-actions { gap: 4px; margin-top: 4px; }
.cg-popup .cg-row-actions button { padding: 1px 6px; font-size: 12px; }
.cg-snooze { display: inline-flex; align-items: center; gap: 3px; font-size: 12px; color: var(--cg-muted); }
.cg-panel { margin-top: 6px; }
.cg-details-grid { display: grid; grid-template-columns: auto 1fr; gap: 4px 8px; align-items: center; font-size: 13px; }
.cg-details .cg-field { margin: 6px 0 4px; }
.cg-details .cg-ledger form input { flex: 1; min-width: 0; }
.cg-details .cg-ledger .cg-muted { font-size: 13px; margin: 0; }
.cg-conflict { border-left: 3px solid var(--cg-error); padding: 2px 8px; margin: 4px 0; font-size: 13px; }
.cg-conflict p { margin: 0 0 4px; }
.cg-conflict pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0 0 4px; max-height: 8em; overflow-y: auto; }
.cg-more-rows { margin: 6px 0; font-size: 13px; }
.cg-empty ol { padding-left: 20px; }
.cg-empty li { margin: 4px 0; }
`;
