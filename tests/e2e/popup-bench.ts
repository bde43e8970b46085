/**
 * Popup speed with 10,000 saved people, for `npm run bench`: seeds invented people through
 * the import port, then times the popup's first list render and its search keystrokes in real Chromium.
 * Measures only; the targets (≤ 200 ms, ≤ 50 ms) are judged by the bench, never asserted by tests.
 */
import type { Page } from 'playwright-core';
import { buildExport, serializeExport } from '../../utils/outreach/transfer';
import { type Person, Settings, type Status } from '../../utils/schema';
import { type ExtensionBrowser, importThroughPort, openExtensionPage } from './browser';

/** How many people the bench saves. */
export const BENCH_PEOPLE = 10_000;

const FIRST = ['Ada', 'Bea', 'Chidi', 'Dário', 'Émile', 'Farah', 'Gün', 'Hana', 'Iker', 'Jonas', 'Kofi', 'Léa'];
const LAST = ['Okafor', 'Núñez', 'Berg', 'Søndergaard', 'Haddad', 'Ibáñez', 'Kowalski', 'Mbeki', 'Tanaka', 'Weiß'];
const COMPANIES = [
  'Northwind',
  'Lumen Freight',
  'Harbourline',
  'Crédit Ouvert',
  'Tessera Labs',
  'Fjordbyte',
  'Kestrel',
];
const SCHOOLS = ['École Polytechnique', 'Northwestern University', 'UC San Diego', 'Universität Wien', 'Ateneo'];
const STATUSES: Status[] = ['saved', 'researching', 'drafted', 'contacted', 'replied', 'meeting', 'sponsoring'];
const ROLES = ['sponsor', 'mentor', 'both', 'connector'] as const;
const DAY = 24 * 60 * 60 * 1000;

/** An invented saved person, varied enough to spread over groups, roles and search words. */
export function inventPerson(i: number, now: Date): Person {
  const slug = `bench-person-${i}`;
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
  const company = COMPANIES[i % COMPANIES.length] as string;
  const status = STATUSES[i % STATUSES.length] as Status;
  const at = new Date(now.getTime() - (i % 30) * DAY).toISOString();
  return {
    slug,
    role: ROLES[i % ROLES.length] as Person['role'],
    profile: {
      url: `https://www.linkedin.com/in/${slug}/`,
      slug,
      name,
      headline: `Director at ${company}`,
      location: 'Rotterdam, South Holland, Netherlands',
      current: { title: 'Director', company },
      experience: [
        { title: 'Director', company, start: '2019', end: 'Present' },
        { title: 'Manager', company: COMPANIES[(i + 3) % COMPANIES.length], start: '2012', end: '2019' },
      ],
      education: [{ school: SCHOOLS[i % SCHOOLS.length] as string, degree: 'MSc', start: '2005', end: '2007' }],
      skills: ['Logistics', 'Operations'],
      interests: [],
      volunteering: [],
      causes: [],
      languages: [],
    },
    commonGround: [],
    status,
    statusHistory: [{ status, at }],
    notes: '',
    // A third are due (a past date), the rest spread over the next month.
    nextFollowUp: new Date(now.getTime() + ((i % 3 === 0 ? -1 : 1) * ((i % 29) + 1) * DAY) / 2).toISOString(),
    followUpReason: 'Follow up on your message',
    touches: status === 'contacted' ? i % 4 : 0,
    projects: [],
    gave: [],
    got: [],
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Save `count` invented people in the extension, through the same import the options page uses. */
export async function seedPeople(b: ExtensionBrowser, count = BENCH_PEOPLE, now = new Date()): Promise<void> {
  const people = Array.from({ length: count }, (_, i) => inventPerson(i, now));
  const settings = Settings.parse({});
  const text = serializeExport(buildExport({ me: null, settings, people, templates: [], now }));
  await importThroughPort(b, text).catch((e: Error) => {
    throw new Error(`Seeding the bench failed: ${e.message}`);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Milliseconds from navigation start to the popup's first rendered list (its `cg-list-rendered` mark). */
async function firstRender(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid=cg-person]');
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('cg-list-rendered')[0];
    if (!mark) throw new Error('The popup set no cg-list-rendered mark');
    return mark.startTime;
  });
}

/** Ten search keystrokes, each timed in the page from the input event until the list shows the answer, painted. */
function keystrokes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=cg-search]');
    if (!input) throw new Error('The popup has no search box');
    const out: number[] = [];
    const typed = 'ada okafor';
    for (let i = 1; i <= typed.length; i++) {
      const t = performance.now();
      input.value = typed.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The list answers the search when the popup's data-view-query says so; then wait for the paint.
      const q = input.value;
      while (document.querySelector('[data-view-query]')?.getAttribute('data-view-query') !== q) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      out.push(performance.now() - t);
    }
    return out;
  });
}

/**
 * Seed 10,000 invented people, open popup.html a few times and return the median time to the first
 * rendered row, and the median time of 10 search keystrokes. `b` must be a fresh browser (`launch()`).
 */
export async function measurePopup(b: ExtensionBrowser): Promise<{ firstRenderMs: number; keystrokeMs: number }> {
  await seedPeople(b);
  const page = await openExtensionPage(b, 'popup.html');
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await firstRender(page); // warm-up: the service worker and the database are now awake
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.reload();
      firsts.push(await firstRender(page));
    }
    const keys = await keystrokes(page);
    return { firstRenderMs: median(firsts), keystrokeMs: median(keys) };
  } finally {
    await page.close();
  }
}
