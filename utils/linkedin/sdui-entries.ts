/**
 * Texts and list entries of the 2025–26 SDUI profile (MARKUP.md §1.3 E, §2.3). Every visible string
 * is a `<p>`; an entry is an element `[componentkey^="expanded"]` / `[role=listitem]` (or, when a card
 * has none, the run of `<p>`s between two `hr[role=presentation]`); a company with several roles
 * nests one entry per role. The entries are then read by the shared `entries.ts`.
 */
import { clean } from './dom';
import { type Block, type EntryMarkup, insideWithin, nested, topLevel } from './entries';
import { SDUI_SELECTORS as S } from './selectors/sdui';

/** One line of visible text, whitespace collapsed (bidi controls are dropped for every reader in bounds.ts). */
export function line(s: string | null | undefined): string {
  return clean(s);
}

/**
 * The text of `el` as a person reads it: without buttons ("…more"), aria-hidden copies and other
 * `skip` parts; `<br>` and block breaks become newlines, so an About keeps its paragraphs.
 */
export function multilineText(el: Element | null | undefined, skip: string = S.notText): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(skip)) hidden.remove();
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of copy.querySelectorAll('p, li, div')) block.append('\n');
  return (copy.textContent ?? '').split('\n').map(line).filter(Boolean).join('\n');
}

/** Texts that belong to something else: buttons, hidden copies, "Show all" and endorsement links. */
const NOT_ENTRY_TEXT = `${S.notText}, ${S.notEntryText}`;

/** A line of `p` inside `root`, or '' when it is not the entry's own (see `ownLines`). */
function ownText(p: Element, root: Element): string {
  if (insideWithin(p, NOT_ENTRY_TEXT, root) || p.closest(S.expandableText)) return '';
  // `<p><a href=…/skill-insights/…>2 experiences at …</a></p>`: the paragraph is the link's.
  if (p.querySelector(S.notEntryText)) return '';
  const text = line(p.textContent);
  return text === '·' ? '' : text;
}

/**
 * The lines of one entry, in page order, each read once: its own `<p>`s — not those of a nested
 * entry (a role under a grouped company), a button, an aria-hidden copy, a description
 * (`expandable-text-box`), a "Show all" / endorsement link — and not the lone "·" separators.
 */
function ownLines(entry: Element): string[] {
  return [...entry.querySelectorAll(S.text)]
    .filter((p) => !insideWithin(p, S.item, entry) && !p.querySelector(S.expandableText))
    .map((p) => ownText(p, entry))
    .filter(Boolean);
}

/** `[role=listitem] > [componentkey^=expanded]` is one entry, not a group of one. */
function unwrap(entry: Element): Element {
  const children = nested(entry, S.item);
  return children.length === 1 && children[0] && !ownLines(entry).length ? unwrap(children[0]) : entry;
}

/**
 * A card's entries as lines. When the card has no entry elements (a variant without
 * `componentkey=expanded…` / `role=listitem`), its `<p>`s are split at the `hr` separators.
 */
function blocks(card: Element): Block[] {
  const entries = topLevel(card, S.item).map(unwrap);
  if (entries.length) return entries.map((entry) => ({ entry, lines: ownLines(entry) }));
  const runs: string[][] = [[]];
  for (const el of card.querySelectorAll(`${S.text}, ${S.separator}`)) {
    if (el.matches(S.separator)) runs.push([]);
    else runs[runs.length - 1]?.push(ownText(el, card));
  }
  return runs.map((r) => ({ entry: null, lines: r.filter(Boolean) })).filter((b) => b.lines.length);
}

/** SDUI list entries for the shared readers of `entries.ts`. */
export const SDUI_MARKUP: EntryMarkup = { item: S.item, lines: ownLines, blocks, logo: S.logo };
