/** The options page's sections, in page order, and the `#section` deep links into them. */

/** Section ids (also their `#hash`) and titles. */
export const SECTIONS = [
  { id: 'my-profile', title: 'My profile' },
  { id: 'settings', title: 'Settings' },
  { id: 'templates', title: 'Message templates' },
  { id: 'data', title: 'Your data' },
] as const;

/** The first-run welcome's id and `#hash`: the background opens `options.html#welcome` on install. */
export const WELCOME = 'welcome';

/** One section id. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a location hash points at ("#settings" → "settings"), or null for none or an unknown one. */
export function sectionFromHash(hash: string): SectionId | null {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape ("#%E0") is simply not a section.
  }
  id = id.trim().toLowerCase();
  return SECTIONS.find((s) => s.id === id)?.id ?? null;
}
