/** Styles shared by the extension's own pages (popup, options, side panel). */
import { CARD_CSS, COMPOSER_CSS } from './card-styles';

export const PAGE_CSS = `${CARD_CSS}
${COMPOSER_CSS}
body { margin: 0; background: var(--cg-bg); }
.cg-root { background: var(--cg-bg); color: var(--cg-fg); min-height: 100vh; padding: 12px 16px; }
h1 { font-size: 18px; margin: 0 0 8px; }
h2 { font-size: 15px; margin: 14px 0 6px; }
a { color: var(--cg-accent); }
.cg-people { list-style: none; margin: 0; padding: 0; }
.cg-person { border-bottom: 1px solid var(--cg-border); padding: 8px 0; }
.cg-person-name { font-weight: 600; }
.cg-field { display: grid; gap: 4px; margin: 10px 0; max-width: 640px; }
.cg-field textarea { min-height: 64px; }
.cg-field-error { color: var(--cg-error); font-size: 13px; }
.cg-hint { color: var(--cg-muted); font-size: 13px; }
.cg-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.cg-ok { color: var(--cg-accent); }
.cg-popup { width: 420px; min-height: 240px; max-height: 590px; overflow: auto; }
.cg-popup-head { display: flex; justify-content: space-between; align-items: baseline; }
.cg-toolbar input[type=search] { flex: 1; }
.cg-group h2 { position: sticky; top: -12px; background: var(--cg-bg); padding: 4px 0; }
.cg-count { color: var(--cg-muted); font-weight: 400; }
.cg-person-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.cg-person-name { font-weight: 600; text-align: left; }
.cg-clip { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cg-hint-line { font-size: 13px; border-left: 3px solid var(--cg-accent); padding-left: 6px; margin: 4px 0; }
.cg-row-actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
.cg-row-actions button { padding: 2px 8px; font-size: 13px; }
.cg-details { border-top: 1px dashed var(--cg-border); margin-top: 6px; padding-top: 6px; }
.cg-details h3 { font-size: 13px; margin: 8px 0 2px; }
.cg-history, .cg-ledger ul { margin: 0; padding-left: 18px; font-size: 13px; }
.cg-options { max-width: 760px; margin: 0 auto; }
.cg-options nav { display: flex; gap: 12px; margin: 8px 0 12px; }
.cg-options section { border-top: 1px solid var(--cg-border); margin-top: 16px; padding-top: 4px; }
.cg-options fieldset { border: 0; padding: 0; margin: 10px 0; }
.cg-options legend { font-weight: 600; padding: 0; }
.cg-chip-button { font-size: 12px; padding: 1px 6px; }
.cg-danger { background: var(--cg-error); color: var(--cg-bg); border-color: var(--cg-error); }
.cg-confirm { border: 1px solid var(--cg-error); border-radius: 6px; padding: 8px; }
pre.cg-error { white-space: pre-wrap; font: inherit; }
.cg-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Put the page styles into the document (extension pages only). */
export function installPageStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = PAGE_CSS;
  doc.head.append(style);
  doc.documentElement.style.colorScheme = 'light dark';
}
