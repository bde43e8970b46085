/**
 * `npm run inspect -- <file> [--url URL] [--me me.json]`
 *
 * Reads a saved LinkedIn page (.html) with the same reader code the content script runs (in Node
 * through jsdom), or a Profile JSON (.json: one profile or an array of them), and prints
 * `{ "page": { "kind", "generation" }, "profile", "overlap" }` (an array for an array input).
 * Only that JSON goes to stdout; errors go to stderr with a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { z } from 'zod';
import { readPage } from '../utils/linkedin/read-page';
import { formatIssues } from '../utils/messages';
import { computeOverlap } from '../utils/overlap';
import { MyProfile, type Overlap, Profile } from '../utils/schema';

const USAGE = 'Usage: npm run inspect -- <page.html | profile.json | profiles.json> [--url URL] [--me me.json]';

/** One inspected page or profile. */
interface Inspected {
  page: { kind: string; generation: string | null; message?: string };
  profile: Profile | null;
  overlap: Overlap | null;
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
  return canonical && /^https?:\/\//.test(canonical) ? canonical : 'https://www.linkedin.com/in/unknown/';
}

function main(): void {
  let args: ReturnType<
    typeof parseArgs<{
      options: { url: { type: 'string' }; me: { type: 'string' }; help: { type: 'boolean' } };
      allowPositionals: true;
    }>
  >;
  try {
    args = parseArgs({
      options: { url: { type: 'string' }, me: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
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
  const overlapOf = (profile: Profile | null) => (me && profile ? computeOverlap(me, profile) : null);

  let out: Inspected | Inspected[];
  if (/\.json$/i.test(file)) {
    const data = readJson(file);
    const parsed = z.union([Profile, z.array(Profile)]).safeParse(data);
    if (!parsed.success) fail(`${file} is not a Profile or an array of Profiles: ${formatIssues(parsed.error)}`);
    const one = (profile: Profile): Inspected => ({
      page: { kind: 'profile', generation: 'json' },
      profile,
      overlap: overlapOf(profile),
    });
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
    out = {
      page: { kind: result.page.kind, generation: result.page.generation, message: result.page.message },
      profile: result.profile,
      overlap: overlapOf(result.profile),
    };
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
