/**
 * `npm run inspect -- <file> [--url URL] [--me me.json] [--draft KIND [--variant N] [--role ROLE] [--premium]]`
 *
 * Reads a saved LinkedIn page (.html) with the same reader code the content script runs (in Node
 * through jsdom), or a Profile JSON (.json: one profile or an array of them), and prints
 * `{ "page": { "kind", "generation" }, "profile", "overlap" }` (an array for an array input).
 * With `--draft KIND` each entry also carries `draft`: the message drafted for that person
 * (kind, variant, subject, body, length against the limit, what to cut) for review.
 * Only that JSON goes to stdout; errors go to stderr with a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { z } from 'zod';
import { detailsSectionFromDom, slugFromDom } from '../utils/linkedin/page-identity';
import { readPage } from '../utils/linkedin/read-page';
import { profileUrl } from '../utils/linkedin/url';
import { formatIssues } from '../utils/messages';
import { type Draft, draft } from '../utils/outreach/drafts';
import { computeOverlap } from '../utils/overlap';
import { DraftKind, MyProfile, type Overlap, PersonRole, Profile, Settings } from '../utils/schema';
import { installDerivedFiles } from './data/derived-files';

const USAGE = `Usage: npm run inspect -- <page.html | profile.json | profiles.json> [--url URL] [--me me.json]
         [--draft ${DraftKind.options.join('|')}] [--variant N] [--role ${PersonRole.options.join('|')}] [--premium]`;

/** One inspected page or profile. */
interface Inspected {
  page: { kind: string; generation: string | null; message?: string };
  profile: Profile | null;
  overlap: Overlap | null;
  draft?: Pick<
    Draft,
    'kind' | 'variant' | 'variants' | 'subject' | 'body' | 'length' | 'limit' | 'over' | 'cuts'
  > | null;
}

function fail(message: string): never {
  process.stderr.write(`inspect: ${message}\n`);
  process.exit(1);
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** The page URL: --url, else the canonical / og:url the saved page carries. */
function pageUrl(doc: Document, given: string | undefined): string {
  if (given) return given;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//.test(canonical)) return canonical;
  // Saved pages often lack a canonical link; the top card still names the profile, and a details
  // page's list names its section.
  const url = profileUrl(slugFromDom(doc) ?? 'unknown');
  const section = detailsSectionFromDom(doc);
  return section ? `${url}details/${section}/` : url;
}

const OPTIONS = {
  url: { type: 'string' },
  me: { type: 'string' },
  draft: { type: 'string' },
  variant: { type: 'string' },
  role: { type: 'string' },
  premium: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function main(): void {
  let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    args = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) fail(USAGE);

  let me: MyProfile | null = null;
  if (args.values.me) {
    const parsed = MyProfile.safeParse(readJson(args.values.me));
    if (!parsed.success) fail(`${args.values.me} is not a valid My profile: ${formatIssues(parsed.error)}`);
    me = parsed.data;
  }
  // The derived knowledge, as the background installs it before its first common ground.
  if (me) installDerivedFiles();
  const overlapOf = (profile: Profile | null) => (me && profile ? computeOverlap(me, profile) : null);

  const kind = args.values.draft === undefined ? null : DraftKind.safeParse(args.values.draft);
  if (kind && !kind.success) fail(`--draft must be one of ${DraftKind.options.join(', ')}`);
  const role = PersonRole.safeParse(args.values.role ?? 'mentor');
  if (!role.success) fail(`--role must be one of ${PersonRole.options.join(', ')}`);
  const variant = Number(args.values.variant ?? 0);
  if (!Number.isInteger(variant) || variant < 0) fail('--variant must be a whole number from 0');
  const settings = Settings.parse({ accountType: args.values.premium ? 'premium' : 'free' });
  /** Attach the overlap and, with --draft, the draft to one inspected entry. */
  const finish = (entry: Omit<Inspected, 'overlap'>): Inspected => {
    const overlap = overlapOf(entry.profile);
    if (!kind?.success) return { ...entry, overlap };
    const made =
      entry.profile &&
      draft({
        kind: kind.data,
        variant,
        me: me ?? MyProfile.parse({}),
        profile: entry.profile,
        overlap: overlap ?? [],
        role: role.data,
        settings,
      });
    const { subject, body, length, limit, over, cuts, variants } = made ?? ({} as Partial<Draft>);
    return {
      ...entry,
      overlap,
      draft: made
        ? {
            kind: made.kind,
            variant: made.variant,
            variants: variants ?? 1,
            subject,
            body: body ?? '',
            length: length ?? 0,
            limit: limit ?? 0,
            over: over ?? 0,
            cuts: cuts ?? [],
          }
        : null,
    };
  };

  let out: Inspected | Inspected[];
  if (/\.json$/i.test(file)) {
    const data = readJson(file);
    const parsed = z.union([Profile, z.array(Profile)]).safeParse(data);
    if (!parsed.success) fail(`${file} is not a Profile or an array of Profiles: ${formatIssues(parsed.error)}`);
    const one = (profile: Profile): Inspected => finish({ page: { kind: 'profile', generation: 'json' }, profile });
    out = Array.isArray(parsed.data) ? parsed.data.map(one) : one(parsed.data);
  } else {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as Error).message}`);
    }
    // Saved pages reference scripts and styles we must not load; keep jsdom quiet and inert.
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const result = readPage(doc, pageUrl(doc, args.values.url));
    out = finish({
      page: { kind: result.page.kind, generation: result.page.generation, message: result.page.message },
      profile: result.profile,
    });
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
