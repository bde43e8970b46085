/** Styles of the options page beyond the shared page styles: the section nav and focusable headings. */

/** Extra rules for `.cg-options`. */
export const OPTIONS_CSS = `
.cg-welcome { border: 1px solid var(--cg-accent); border-radius: 8px; padding: 4px 16px 8px; margin: 12px 0; }
.cg-options nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
.cg-options nav a { display: inline-block; padding: 2px 0; }
.cg-options h2 { scroll-margin-top: 12px; }
/* Headings take focus only so a #section link or the nav moves keyboard users there; they are not controls. */
.cg-options h2[tabindex="-1"]:focus { outline: none; }
.cg-options h3 { font-size: 14px; margin: 14px 0 4px; }
.cg-options .cg-more { margin-top: 12px; }
.cg-options .cg-more .cg-notes { white-space: pre-wrap; }
`;

/** Put the options page's own rules into the document (after `installPageStyles`). */
export function installOptionsStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = OPTIONS_CSS;
  doc.head.append(style);
}
