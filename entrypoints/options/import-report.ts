/** The sentence the options page shows after an import: counts and the people's names. */
import type { Responses } from '@/utils/messages';

/** slug → name of the people in an export file's text; empty when the text is not such a file. */
export function namesInExport(text: string): Map<string, string> {
  const names = new Map<string, string>();
  try {
    const data: unknown = JSON.parse(text);
    const people = (data as { people?: unknown }).people;
    if (!Array.isArray(people)) return names;
    for (const p of people as { slug?: unknown; profile?: { name?: unknown } }[]) {
      if (typeof p?.slug === 'string' && typeof p.profile?.name === 'string' && p.profile.name.trim())
        names.set(p.slug, p.profile.name.trim());
    }
  } catch {
    // Not JSON: the report falls back to the profile addresses.
  }
  return names;
}

/** "Imported. Added 2 (Ana Souza, Lior Ben-David), updated 0, unchanged 1 (Sam Lee)." */
export function describeImport(report: Responses['data/import'], text: string): string {
  const names = namesInExport(text);
  const part = (label: string, slugs: string[]) =>
    slugs.length ? `${label} ${slugs.length} (${slugs.map((s) => names.get(s) ?? s).join(', ')})` : `${label} 0`;
  return `Imported. ${part('Added', report.added)}, ${part('updated', report.updated)}, ${part('unchanged', report.unchanged)}.`;
}
