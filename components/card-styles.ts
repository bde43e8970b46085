/**
 * Styles of the common-ground card, as a string: injected into the in-page shadow root (no CSS file,
 * so nothing needs to be web-accessible) and into the side panel. Colours meet WCAG AA in both themes.
 */
export const CARD_CSS = `
/* WXT resets the host with all:initial, so the font is set on the shadow's own html element. */
html, .cg-root { font: 14px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
:host, .cg-root {
  --cg-bg: #ffffff; --cg-fg: #1d2226; --cg-muted: #56616b; --cg-border: #d0d7de;
  --cg-accent: #0a66c2; --cg-accent-fg: #ffffff; --cg-badge-bg: #e8f1fb; --cg-badge-fg: #0b3d6e;
  --cg-error: #b42318; --cg-focus: #0a66c2;
  font: 14px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  color: var(--cg-fg);
}
:host([data-theme="dark"]), .cg-root[data-theme="dark"] {
  --cg-bg: #1b1f23; --cg-fg: #e8eaed; --cg-muted: #b0b7bf; --cg-border: #3d444d;
  --cg-accent: #70b5f9; --cg-accent-fg: #0b1a2a; --cg-badge-bg: #16324f; --cg-badge-fg: #d6e9ff;
  --cg-error: #ff9a8f; --cg-focus: #70b5f9;
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])), .cg-root:not([data-theme="light"]) {
    --cg-bg: #1b1f23; --cg-fg: #e8eaed; --cg-muted: #b0b7bf; --cg-border: #3d444d;
    --cg-accent: #70b5f9; --cg-accent-fg: #0b1a2a; --cg-badge-bg: #16324f; --cg-badge-fg: #d6e9ff;
    --cg-error: #ff9a8f; --cg-focus: #70b5f9;
  }
}
* { box-sizing: border-box; }
.cg-card { background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border); border-radius: 8px;
  padding: 12px 14px; margin: 8px 0; max-width: 100%; }
.cg-head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.cg-head .cg-icon { margin-left: auto; }
.cg-icon { line-height: 1; padding: 2px 8px; }
.cg-chip { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; border-radius: 999px; padding: 4px 10px;
  background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border); box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.cg-self fieldset { border: 0; padding: 0; margin: 6px 0; }
.cg-self legend { font-weight: 600; padding: 0; }
.cg-check { display: flex; gap: 6px; align-items: center; margin: 2px 0; }
.cg-logo { font-weight: 700; font-size: 11px; background: var(--cg-accent); color: var(--cg-accent-fg); border-radius: 4px; padding: 2px 4px; }
.cg-name { font-size: 15px; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
.cg-muted { color: var(--cg-muted); margin: 4px 0; }
.cg-badges { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; padding: 0; }
.cg-badge-wrap { position: relative; display: inline-block; }
.cg-badge { font: inherit; font-size: 13px; font-weight: 600; border: 1px solid transparent; border-radius: 999px;
  padding: 2px 10px; background: var(--cg-badge-bg); color: var(--cg-badge-fg); cursor: pointer; }
.cg-evidence { position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: max-content; max-width: 320px;
  background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border); border-radius: 6px; padding: 6px 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); font-size: 13px; overflow-wrap: anywhere; }
.cg-evidence[hidden] { display: none; }
.cg-fit { margin: 6px 0; }
.cg-actions, .cg-roles, .cg-row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 6px 0; }
button, select, input, textarea { font: inherit; color: var(--cg-fg); background: var(--cg-bg); border: 1px solid var(--cg-border);
  border-radius: 6px; padding: 4px 10px; }
button { cursor: pointer; }
button:disabled { opacity: .6; cursor: default; }
.cg-primary { background: var(--cg-accent); color: var(--cg-accent-fg); border-color: var(--cg-accent); font-weight: 600; }
.cg-link { border: 0; padding: 0; background: none; color: var(--cg-accent); text-decoration: underline; }
:focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 2px; }
.cg-more summary { cursor: pointer; color: var(--cg-muted); }
.cg-notes { white-space: pre-wrap; color: var(--cg-muted); margin: 4px 0; }
.cg-error { color: var(--cg-error); margin: 6px 0; }
.cg-diag { white-space: pre-wrap; font-size: 12px; max-height: 160px; overflow: auto; }
@media (prefers-reduced-motion: no-preference) { .cg-badge { transition: background-color .15s; } }
`;

/** The composer's styles (card, side panel and popup). */
export const COMPOSER_CSS = `
.cg-composer { border-top: 1px solid var(--cg-border); margin-top: 8px; padding-top: 8px; }
.cg-composer .cg-row label { font-weight: 600; }
.cg-draft-text { width: 100%; resize: vertical; font: inherit; }
.cg-meter { margin: 2px 0; font-size: 13px; color: var(--cg-muted); text-align: right; }
.cg-meter.cg-over { color: var(--cg-error); font-weight: 600; }
.cg-cuts { font-size: 13px; }
.cg-cuts ul { margin: 2px 0; padding-left: 18px; }
.cg-variant { display: inline-flex; align-items: center; gap: 4px; }
.cg-variant button { padding: 0 6px; }
`;
