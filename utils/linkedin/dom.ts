/** Small DOM helpers shared by every generation reader. The only place besides readers that touches a Document. */

/** Collapse whitespace and trim. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * The text a sighted person reads in `el`, once: LinkedIn prints each string twice, a visual copy
 * (`span[aria-hidden=true]`) and a screen-reader copy (`.visually-hidden`). When a visual copy exists
 * take it; otherwise take the text without the visually-hidden copies.
 */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  const visual = el.matches('[aria-hidden="true"]') ? el : el.querySelector(':scope [aria-hidden="true"]');
  if (visual && clean(visual.textContent)) return clean(visual.textContent);
  if (!el.querySelector('.visually-hidden, .sr-only')) return clean(el.textContent);
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .sr-only')) hidden.remove();
  return clean(copy.textContent);
}

/** Text or undefined when empty, for optional Profile fields. */
export function optional(s: string | null | undefined): string | undefined {
  const c = clean(s);
  return c ? c : undefined;
}

/** "1,234 followers" / "500+ connections" / "12 mutual connections" → 1234 / 500 / 12. */
export function countIn(s: string | null | undefined): number | undefined {
  const m = clean(s).match(/(\d[\d,.\u202f\s]*)\+?/);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/[,.\u202f\s]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** The element matching `selector` nearest to `el` (itself included) that is still inside `root`, or null. */
export function closestWithin(el: Element, selector: string, root: Element): Element | null {
  const hit = el.closest(selector);
  return hit && root.contains(hit) ? hit : null;
}

/**
 * Diagnostic: how many elements each named selector matches in `root` (only the `names` given, when
 * given — whole-document counts of every row are slow in jsdom on large pages). Invalid selectors count -1.
 */
export function hookCounts(
  root: ParentNode,
  table: Readonly<Record<string, string>>,
  names?: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, selector] of Object.entries(table)) {
    if (names && !names.includes(name)) continue;
    try {
      out[name] = root.querySelectorAll(selector).length;
    } catch {
      out[name] = -1;
    }
  }
  return out;
}

/**
 * Like `visibleText`, but keeps LinkedIn's line breaks (`<br>`, used between About paragraphs) as
 * "\n" instead of gluing the sentences together.
 */
export function visibleParagraphs(el: Element | null | undefined): string {
  if (!el) return '';
  const visual = el.matches('[aria-hidden="true"]') ? el : el.querySelector(':scope [aria-hidden="true"]');
  const source = visual && clean(visual.textContent) ? visual : el;
  const copy = source.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .sr-only, button, script, style, template'))
    hidden.remove();
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  return (copy.textContent ?? '').split('\n').map(clean).filter(Boolean).join('\n');
}
