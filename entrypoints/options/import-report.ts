/** What the options page says about an import and about a long export or import under way. */
import type { MergedField, ReportedPerson } from '@/utils/outreach/merge';
import type { ImportReport } from '@/utils/ports';
import type { TransferProgress } from './transfer';

/** How the report names what a merge took from the file. */
export const MERGED_FIELD_WORDS: Record<MergedField, string> = {
  notes: 'notes combined',
  history: 'stage history combined',
  stage: 'stage from the file',
  ledger: 'give-and-take combined',
  followUp: 'follow-up from the file',
  tags: 'tags added',
  projects: 'projects added',
  touches: 'contact count from the file',
  role: 'role from the file',
  meeting: 'meeting kind from the file',
  snapshot: 'newer profile snapshot from the file',
  created: 'earlier saved date from the file',
};

/** What the report says about the file's My profile and settings. */
export const SINGLETON_WORDS = {
  me: {
    imported: 'My profile: taken from the file (none was filled in here).',
    kept: 'My profile: yours was kept; the file’s is different and was not applied.',
    same: 'My profile: the same as yours.',
    none: 'My profile: the file has none; yours is unchanged.',
  },
  settings: {
    imported: 'Settings: taken from the file (none were saved here).',
    kept: 'Settings: yours were kept; the file’s are different and were not applied.',
    same: 'Settings: the same as yours.',
  },
} as const;

/** Names shown in the one-line summary per list; the details list names up to REPORT_NAMES_MAX. */
const SUMMARY_NAMES = 10;

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function names(list: { count: number; first: ReportedPerson[] }): string {
  if (list.count === 0) return '';
  const shown = list.first.slice(0, SUMMARY_NAMES).map((p) => p.name.trim() || p.slug);
  const more = list.count - shown.length;
  return ` (${shown.join(', ')}${more > 0 ? `, and ${count(more)} more` : ''})`;
}

/** The import report as the page shows it: one summary paragraph and, per merged person, what was merged. */
export function describeImport(r: ImportReport): { summary: string; details: string[] } {
  const t = r.templates;
  const templates =
    t.added + t.renamed + t.unchanged === 0
      ? 'Templates: none in the file.'
      : `Templates: ${count(t.added)} added, ${count(t.renamed)} added under a new id (yours with the same id kept), ${count(t.unchanged)} already here.`;
  const summary = [
    `Imported ${plural(r.total, 'person', 'people')}. Added ${count(r.added.count)}${names(r.added)}, merged ${count(r.merged.count)}${names(r.merged)}, unchanged ${count(r.unchanged.count)}${names(r.unchanged)}.`,
    SINGLETON_WORDS.settings[r.settings],
    SINGLETON_WORDS.me[r.me],
    templates,
  ].join(' ');
  const details = r.merged.first.map(
    (m) => `${m.name.trim() || m.slug}: ${m.fields.map((f) => MERGED_FIELD_WORDS[f]).join(', ')}`,
  );
  if (r.merged.count > r.merged.first.length)
    details.push(`… and ${count(r.merged.count - r.merged.first.length)} more merged`);
  return { summary, details };
}

/** "Writing 40,000 of 100,000 people…", and how far as a fraction (null: not known). */
export function describeProgress(p: TransferProgress): { label: string; value: number | null } {
  const value = p.total > 0 ? Math.min(1, p.done / p.total) : null;
  switch (p.phase) {
    case 'exporting':
      return { label: `Exporting ${count(p.done)} of ${plural(p.total, 'person', 'people')}…`, value };
    case 'reading':
      return { label: `Reading the file: ${Math.round((value ?? 0) * 100)}%…`, value };
    case 'checking':
      return { label: 'Checking the whole file before anything is changed…', value: null };
    case 'writing':
      return { label: `Saving ${count(p.done)} of ${plural(p.total, 'person', 'people')}…`, value };
  }
}
