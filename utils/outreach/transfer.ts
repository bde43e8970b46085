/**
 * Export and import: the lossless versioned JSON file, its strict validation, and a CSV for
 * spreadsheets (merging an import into what is stored: ./merge.ts). Pure: strings and plain data in and
 * out; nothing is written.
 */
import type { z } from 'zod';
import { EXPORT_VERSION, Export, type MyProfile, Person, type Settings, type Template } from '../schema';
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

/** Everything of an export but the people: what `exportHead` validates and `exportFrame` writes around them. */
export type ExportHead = Omit<ExportInput, 'people'>;

/**
 * The export without its people, validated and in schema order (like `buildExport`), for writing the
 * file piece by piece. Throws if the data does not satisfy the schema.
 */
export function exportHead({ me, settings, templates, now }: ExportHead): Export {
  return buildExport({ me, settings, templates, people: [], now });
}

/**
 * The text before and after the people of a streamed export: `open`, then `exportPersonText` for each
 * person in slug order, then `close(count)` gives exactly `serializeExport` of the whole export.
 */
export function exportFrame(head: Export): { open: string; close(count: number): string } {
  if (head.people.length > 0) throw new Error('exportFrame takes an export without people');
  const text = serializeExport(head);
  // The top-level key is the only line indented by exactly two spaces that says "people".
  const at = text.indexOf('\n  "people": []');
  const cut = at + '\n  "people": ['.length;
  return {
    open: text.slice(0, cut),
    close: (count) => `${count > 0 ? '\n  ' : ''}${text.slice(cut)}`,
  };
}

/** One person of a streamed export, the `index`-th (0-based), with its separator and indentation. */
export function exportPersonText(person: Person, index: number): string {
  return `${index === 0 ? '\n    ' : ',\n    '}${JSON.stringify(person, null, 2).replaceAll('\n', '\n    ')}`;
}

/**
 * Validate one stored person for a streamed export, in schema order with defaults, like `buildExport`
 * does for all of them; `index` is its place in the file, for the error message. Throws if invalid.
 */
export function exportPerson(raw: unknown, index: number): Person {
  const parsed = Person.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = formatIssues(parsed.error.issues.map((i) => ({ ...i, path: ['people', index, ...i.path] })));
  throw new Error(`Cannot export invalid data:\n${issues.join('\n')}`);
}

/**
 * Cut text into pieces of at most `max` UTF-16 code units, never between the two halves of a surrogate
 * pair (each piece becomes a Blob part, encoded to UTF-8 on its own: a lone half would turn into U+FFFD).
 */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new Error('splitText needs room for a surrogate pair');
  const pieces: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + max, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(i, end));
    i = end;
  }
  return pieces;
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

/** The CSV header row, with its CRLF. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.map(([h]) => csvCell(h)).join(',')}\r\n`;
}

/** CSV rows for these people, in the given order, each with its CRLF: for writing the file piece by piece. */
export function csvRows(people: readonly Person[]): string {
  return people.map((p) => `${CSV_COLUMNS.map(([, read]) => csvCell(read(p))).join(',')}\r\n`).join('');
}

/** The people as CSV: a header row, then one row per person in the given order; CRLF line ends, no BOM. */
export function toCsv(people: readonly Person[]): string {
  return csvHeader() + csvRows(people);
}

function formatIssues(issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[]): string[] {
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
