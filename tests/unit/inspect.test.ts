// The command-line inspector, run as a user would: stdout is JSON only, errors go to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleProfile } from './samples';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared/linkedin/pages');
const fx = (name: string) => join(ROOT, 'tests/fixtures', name);

function inspect(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/inspect.ts'), ...args],
    {
      encoding: 'utf8',
      cwd: ROOT,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run inspect', () => {
  it('reads a saved page with the extension’s reader and prints page, profile and overlap', () => {
    const r = inspect(fx('linkedin/sdui-amara-okafor.html'), '--me', fx('me-rosa.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.page).toEqual({ kind: 'profile', generation: 'sdui-2025' });
    expect(out.profile).toMatchObject({ slug: 'amara-okafor', name: 'Amara Okafor' });
    expect(out.overlap.items[0]).toMatchObject({ kind: 'almaMater' });
    expect(out.overlap.fit.role).toBe('sponsor');
  });

  it('prints null overlap without --me, and the draft with --draft', () => {
    const plain = JSON.parse(inspect(fx('linkedin/pvs-2022-amara-okafor.html')).stdout);
    expect(plain.overlap).toBeNull();
    const r = inspect(
      fx('linkedin/sdui-amara-okafor.html'),
      '--me',
      fx('me-rosa.json'),
      '--draft',
      'connection-note',
      '--role',
      'sponsor',
    );
    const { draft } = JSON.parse(r.stdout);
    expect(draft).toMatchObject({ kind: 'connection-note', limit: 200, over: 0 });
    expect(draft.body).toMatch(/^Hi Amara/);
    expect(draft.length).toBeLessThanOrEqual(200);
  });

  it('takes a Profile JSON array and answers with an array', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-inspect-'));
    const file = join(dir, 'people.json');
    writeFileSync(file, JSON.stringify([sampleProfile('ada'), sampleProfile('lin', { name: 'Lin Wu' })]));
    const out = JSON.parse(inspect(file).stdout);
    expect(out.map((o: { profile: { name: string } }) => o.profile.name)).toEqual(['Ada Okafor', 'Lin Wu']);
    expect(out[0].page).toEqual({ kind: 'profile', generation: 'json' });
  });

  it.each([
    ['a missing file', ['nope.html'], /cannot read nope\.html/],
    ['a bad Profile JSON', ['--me', 'x'], /cannot read x|Usage/],
    ['an unknown draft kind', [fx('linkedin/sdui-amara-okafor.html'), '--draft', 'poem'], /--draft must be one of/],
    ['no file at all', [], /Usage/],
  ])('fails on %s with a message on stderr and nothing on stdout', (_label, args, message) => {
    const r = inspect(...args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  const negatives = [
    ['neg-not-found.html', 'not-found'],
    ['neg-authwall.html', 'authwall'],
    ['neg-bot-check.html', 'blocked'],
  ] as const;
  describe.skipIf(!existsSync(SHARED))('on the real saved pages in ../shared/linkedin/pages', () => {
    it.each(negatives)('%s is %s', (file, kind) => {
      const out = JSON.parse(inspect(join(SHARED, file)).stdout);
      expect(out.page.kind).toBe(kind);
      expect(out.profile).toBeNull();
    });
  });
  if (!existsSync(SHARED)) console.warn(`Skipping real-page inspector tests: ${SHARED} is not there.`);

  /**
   * What a person sees on each real page, as `npm run inspect` prints it. Every page of the folder
   * must have a row (a new page fails until its expected values are written from what it shows).
   * `url` is the browser's address for pages whose saved HTML names none.
   */
  const SEEN: Record<string, { url?: string; expect: Record<string, unknown> }> = {
    'b-2022-03-other.html': {
      expect: { name: "Austin O'Boyle", headline: 'Software Engineer at Google', degree: '3rd', followers: 726 },
    },
    'b-2022-03-other-details-experience.html': {
      url: 'https://www.linkedin.com/in/austinoboyle/details/experience/',
      expect: { name: "Austin O'Boyle", experienceCount: 12 },
    },
    'c-2024-07-other.html': {
      expect: {
        name: 'Eduardo Alvarez Nowak',
        degree: 'out-of-network',
        location: 'Greater Stockholm Metropolitan Area',
      },
    },
    'e-2026-04-other-2nd.html': {
      expect: {
        name: 'Prafful Agrawal',
        headline: 'Senior Software Engineer @ Mercari, Japan',
        location: 'Tokyo, Japan',
        degree: '2nd',
        followers: 3663,
        company: 'Mercari, Inc.',
        schools: ['ABV-Indian Institute of Information Technology and Management'],
      },
    },
    'e-2026-05-pl-3rd.html': {
      expect: {
        slug: 'szymon-nędza-31a654250',
        name: 'Szymon Nędza',
        headline: 'Listonsz w firmie Poczta Polska S. A.',
        location: 'Trzebownisko, Woj. Podkarpackie, Polska',
        degree: '3rd',
        followers: 28,
        company: 'Poczta Polska S. A.',
        companies: ['Poczta Polska S. A.', 'Poczta Polska S. A.', 'FRAC Sp z o. o.', 'Stokrotka Sp. z o.o.'],
        skills: ['Budowanie relacji', 'Relacje z klientami'],
      },
    },
    'e-2026-self.html': { expect: { kind: 'self', name: 'Tushar Chauhan', degree: 'self', followers: 2344 } },
    'f-2024-03-public.html': { expect: { name: 'Eduardo Alvarez Nowak', followers: 554 } },
    'neg-authwall.html': { expect: { kind: 'authwall' } },
    'neg-bot-check.html': { expect: { kind: 'blocked' } },
    'neg-not-found.html': { expect: { kind: 'not-found' } },
  };
  describe.skipIf(!existsSync(SHARED))('what a person sees on every real page', () => {
    it('every saved page has a row', () => {
      const pages = readdirSync(SHARED).filter((f) => f.endsWith('.html'));
      expect(pages.filter((f) => !SEEN[f])).toEqual([]);
    });
    it.each(Object.entries(SEEN))('%s', (file, { url, expect: want }) => {
      const out = JSON.parse(inspect(join(SHARED, file), ...(url ? ['--url', url] : [])).stdout);
      const p = out.profile ?? {};
      const got: Record<string, unknown> = {
        kind: out.page.kind,
        slug: p.slug,
        name: p.name,
        headline: p.headline,
        location: p.location,
        degree: p.degree,
        followers: p.followers,
        company: p.current?.company,
        companies: p.experience?.map((e: { company?: string }) => e.company),
        schools: p.education?.map((e: { school: string }) => e.school),
        skills: p.skills,
        experienceCount: p.experience?.length,
      };
      const kind = want.kind ?? (file.includes('details') ? 'details' : 'profile');
      expect(got.kind).toBe(kind);
      for (const [k, v] of Object.entries(want)) expect([k, got[k]]).toEqual([k, v]);
    });
  });
});
