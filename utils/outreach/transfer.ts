/**
 * Export and import: the lossless versioned JSON file, its strict validation, merging an import into
 * what is saved, and a CSV for spreadsheets. Pure: strings and plain data in and out; nothing is written.
 */
import type { z } from 'zod';
import { EXPORT_VERSION, Export, type MyProfile, type Person, type Settings, type Template } from '../schema';
import { isoAt } from './cadence';

/** What `buildExport` needs: everything the user has, and the time of the export. */
export interface ExportInput {
  me: MyProfile | null;
  /** Full settings, or partial ones as stored: defaults are filled in. */
  settings: Settings | z.input<typeof Settings>;
  people: readonly Person[];
  templates: readonly Template[];
  now: Date;
}

/** Outcome of `parseImport`: the validated file, or every problem found, each with its field path. */
export type ImportResult = { ok: true; data: Export } | { ok: false; errors: string[] };

/** Outcome of `mergeImport`: the people to write, and the slugs added, updated and left unchanged. */
export interface MergeResult {
  put: Person[];
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** At most this many validation problems are listed; the rest are counted. */
export const MAX_IMPORT_ERRORS = 50;

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Build the export. People are sorted by slug and templates by id (code-unit order, not locale order);
 * parsing through the `Export` schema puts every object's keys in schema order and fills defaults, so the
 * same data always serialises to the same bytes. Throws if the data does not satisfy the schema.
 */
export function buildExport({ me, settings, people, templates, now }: ExportInput): Export {
  const raw = {
    format: 'common-ground',
    version: EXPORT_VERSION,
    exportedAt: isoAt(now),
    me,
    settings,
    people: [...people].sort(bySlug),
    templates: [...templates].sort(byId),
  };
  const parsed = Export.safeParse(raw);
  if (!parsed.success) throw new Error(`Cannot export invalid data:\n${formatIssues(parsed.error.issues).join('\n')}`);
  return parsed.data;
}

/** The export as a file: 2-space JSON with a final newline. */
export function serializeExport(exp: Export): string {
  return `${JSON.stringify(exp, null, 2)}\n`;
}

/**
 * Validate a whole export file before anything is imported. Returns every problem as
 * "<path>: <message>" ("people.3.status: Invalid option: expected one of …"). A file that is not JSON,
 * not a Common Ground export or of another version gets one clear message; duplicate slugs are rejected.
 * A leading UTF-8 byte-order mark is ignored.
 */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [`Not a JSON file: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: ['(root): expected a JSON object, the Common Ground export'] };
  }
  const head = json as Record<string, unknown>;
  if (head.format !== 'common-ground') {
    return {
      ok: false,
      errors: [`format: expected "common-ground", got ${describe(head.format)}: this is not a Common Ground export`],
    };
  }
  if (head.version !== EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > EXPORT_VERSION;
    const hint = newer ? ': exported by a newer version of Common Ground; update the extension' : '';
    return { ok: false, errors: [`version: expected ${EXPORT_VERSION}, got ${describe(head.version)}${hint}`] };
  }
  const parsed = Export.safeParse(json);
  const errors = parsed.success ? [] : formatIssues(parsed.error.issues);
  const people = Array.isArray(head.people) ? head.people : [];
  errors.push(...duplicateSlugs(people), ...slugMismatches(people));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: cap(errors) };
  return { ok: true, data: parsed.data };
}

/**
 * Merge imported people into the saved ones by slug: a new slug is added; a known slug is replaced only
 * when the imported copy has a strictly newer `updatedAt` (ties and older copies keep what is saved).
 * Throws on duplicate slugs in `incoming` (`parseImport` rejects those first).
 */
export function mergeImport(existing: readonly Person[], incoming: readonly Person[]): MergeResult {
  const saved = new Map(existing.map((p) => [p.slug, p]));
  const seen = new Set<string>();
  const result: MergeResult = { put: [], added: [], updated: [], unchanged: [] };
  for (const p of incoming) {
    if (seen.has(p.slug)) throw new Error(`Duplicate slug in import: "${p.slug}"`);
    seen.add(p.slug);
    const old = saved.get(p.slug);
    if (!old) {
      result.put.push(p);
      result.added.push(p.slug);
    } else if (Date.parse(p.updatedAt) > Date.parse(old.updatedAt)) {
      result.put.push(p);
      result.updated.push(p.slug);
    } else {
      result.unchanged.push(p.slug);
    }
  }
  return result;
}

/** CSV columns, in order: header text and how to read the cell from a person. */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, (p: Person) => string | number]> = [
  ['Name', (p) => p.profile.name],
  ['Slug', (p) => p.slug],
  ['URL', (p) => p.profile.url],
  ['Role', (p) => p.role],
  ['Status', (p) => p.status],
  ['Headline', (p) => p.profile.headline ?? ''],
  ['Current company', (p) => p.profile.current?.company ?? ''],
  ['Location', (p) => p.profile.location ?? ''],
  ['Common ground', (p) => p.commonGround.map((c) => c.label ?? c.theirs).join('; ')],
  ['Next follow-up', (p) => p.nextFollowUp ?? ''],
  ['Touches', (p) => p.touches],
  ['Notes', (p) => p.notes],
  ['Created', (p) => p.createdAt],
  ['Updated', (p) => p.updatedAt],
];

/**
 * Where a formula could start: the cell's start, and after every character that is a separator in some
 * locale or reader (`,` `;` tab) or a line end — a file read with the other separator (`;` in most
 * European locales) does not see the cell as quoted, so its `;` splits it. A formula starts with one of
 * `= + - @` or their full-width forms (＝＋－＠), after optional spaces and quotes (a reader that did
 * not see the cell as quoted takes `""-` as an empty quoted string, then `-`), or with a tab or CR. The
 * skipped characters exclude separators, so the scan stays linear on long notes.
 */
const FORMULA_AT = /(?<=^|[,;\t\r\n])(?=[\t\r]|(?:[^\S\t\r\n]|")*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Defuse formulas: every place where a spreadsheet could start reading a formula (see FORMULA_AT) gets
 * a single quote first, which spreadsheets show as text. The JSON export stays the lossless copy.
 */
export function defuseFormulas(text: string): string {
  return text.replace(FORMULA_AT, "'");
}

/** A cell needs quotes when it holds a separator of any locale, a quote, a line end, or edge spaces. */
const NEEDS_QUOTES = /[,;"'\t\r\n]|^\s|\s$/;

/**
 * One CSV cell, RFC 4180: formulas defused (`defuseFormulas`), then quoted, with quotes doubled, when it
 * holds `,` `;` `"` `'` tab, CR, LF or leading/trailing spaces — so it reads back the same whether the
 * spreadsheet splits on `,` or on `;`.
 */
export function csvCell(value: string | number): string {
  const s = defuseFormulas(String(value));
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The people as CSV: a header row, then one row per person in the given order; CRLF line ends, no BOM. */
export function toCsv(people: readonly Person[]): string {
  const rows = [CSV_COLUMNS.map(([h]) => h), ...people.map((p) => CSV_COLUMNS.map(([, read]) => read(p)))];
  return rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
}

function describe(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}

function cap(errors: string[]): string[] {
  if (errors.length <= MAX_IMPORT_ERRORS) return errors;
  return [...errors.slice(0, MAX_IMPORT_ERRORS), `… and ${errors.length - MAX_IMPORT_ERRORS} more problems`];
}

function slugOf(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const slug = (p as Record<string, unknown>).slug;
  return typeof slug === 'string' ? slug : undefined;
}

function duplicateSlugs(people: readonly unknown[]): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  people.forEach((p, i) => {
    const slug = slugOf(p);
    if (slug === undefined) return;
    const at = first.get(slug);
    if (at === undefined) first.set(slug, i);
    else errors.push(`people.${i}.slug: duplicate slug "${slug}" (also at people.${at})`);
  });
  return errors;
}

function slugMismatches(people: readonly unknown[]): string[] {
  const errors: string[] = [];
  people.forEach((p, i) => {
    const slug = slugOf(p);
    const profileSlug = slugOf((p as { profile?: unknown } | null)?.profile);
    if (slug !== undefined && profileSlug !== undefined && slug !== profileSlug) {
      errors.push(`people.${i}.profile.slug: "${profileSlug}" does not match the person's slug "${slug}"`);
    }
  });
  return errors;
}
