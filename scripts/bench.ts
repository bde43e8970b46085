/**
 * `npm run bench`: build the extension, then measure in real Chromium and Node every figure the
 * issues ask for, each the median of several runs beside its target (`npm run bench -- import` runs
 * only the steps whose name holds one of the words). Prints a table and writes bench/results.json.
 * Ratios where the machine's speed would dominate; rows that cannot run here say why ("skipped: …")
 * instead of showing a number.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import {
  chromiumPath,
  EXTENSION_DIR,
  launch,
  routeProfiles,
  SHARED_PAGES,
  sendToBackground,
} from '../tests/e2e/browser';
import { card } from '../tests/e2e/card';
import { PROFILES, SAMPLE } from '../tests/e2e/pages';
import { measurePopup } from '../tests/e2e/popup-bench';
import { measureTransfer } from '../tests/e2e/transfer-bench';
import { benchOverlap } from './bench-overlap';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 7;

/** One row of the results. */
interface Row {
  figure: string;
  value: number | null;
  unit: string;
  target: string;
  ok: boolean | null;
  note?: string;
}
const rows: Row[] = [];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
function add(figure: string, value: number | null, unit: string, target: string, max: number | null, note?: string) {
  rows.push({
    figure,
    value: value === null ? null : round(value),
    unit,
    target,
    ok: value === null || max === null ? null : value <= max,
    note,
  });
}

async function sizes(): Promise<void> {
  const file = join(EXTENSION_DIR, 'content-scripts/profile.js');
  const raw = readFileSync(file);
  add('content script size (raw)', raw.length / 1024, 'KB', 'informational', null);
  add(
    'content script size (gzip)',
    gzipSync(raw).length / 1024,
    'KB',
    '≤ 25 KB',
    25,
    'runs on every LinkedIn page; the overlap engine and its tables add 0 (they run in the background)',
  );
  // Loaded into a LinkedIn tab only when needed (utils/on-demand.ts).
  for (const [name, when] of [
    ['card-composer.js', 'when "Draft a message" is opened'],
    ['self-import.js', 'on the user’s own profile'],
    ['legacy-readers.js', 'on a 2018–24 member page or a logged-out public profile'],
    ['ui-words.js', 'on a page whose LinkedIn UI is not in English'],
  ] as const) {
    const bytes = readFileSync(join(EXTENSION_DIR, name));
    add(`on demand: ${name} (gzip)`, gzipSync(bytes).length / 1024, 'KB', 'informational', null, when);
  }
}

/** The largest real page when ../shared is there, else the largest project fixture. */
function largestPage(): { file: string; note: string } {
  const dirs = [SHARED_PAGES, join(ROOT, 'tests/fixtures/linkedin')].filter((d) => existsSync(d));
  for (const dir of dirs) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html') && !f.startsWith('neg-'))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    if (files[0])
      return {
        file: files[0],
        note: `${files[0].split('/').pop()} (${Math.round(statSync(files[0]).size / 1024)} KB)`,
      };
  }
  throw new Error('no page to read');
}

async function readRatio(): Promise<void> {
  const { file, note } = largestPage();
  const bundle = await esbuild.build({
    entryPoints: [join(ROOT, 'utils/linkedin/read-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'CGReader',
    write: false,
    logLevel: 'error',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.route('**/*', (r) =>
    r.request().resourceType() === 'document'
      ? r.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') })
      : r.fulfill({ status: 404, body: '' }),
  );
  await page.goto('https://www.linkedin.com/in/bench-person/');
  // Evaluated through the debugger rather than a <script>: real pages carry a Trusted Types CSP.
  await page.evaluate(`${bundle.outputFiles[0]?.text ?? ''};globalThis.CGReader = CGReader;`);
  // A string, not a function: tsx wraps named functions in a `__name` helper the page lacks.
  const result = (await page.evaluate(`(() => {
    const read = [];
    const walk = [];
    let chars = 0;
    for (let i = 0; i < ${RUNS}; i++) {
      let t = performance.now();
      for (const el of document.querySelectorAll('*')) chars += (el.textContent || '').length;
      walk.push(performance.now() - t);
      t = performance.now();
      const r = globalThis.CGReader.readPage(document, location.href);
      read.push(performance.now() - t);
      if (!r.profile) throw new Error('the reader found no profile on ' + location.href + ': ' + r.page.message);
    }
    return { read, walk, elements: document.querySelectorAll('*').length, chars };
  })()`)) as { read: number[]; walk: number[]; elements: number; chars: number };
  await browser.close();
  add(
    'read time / one DOM traversal',
    median(result.read) / median(result.walk),
    '×',
    '≤ 2×',
    2,
    `${note}, ${result.elements} elements; read ${round(median(result.read))} ms vs traversal ${round(median(result.walk))} ms`,
  );
}

async function overlap(): Promise<void> {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await benchOverlap());
  add(
    'overlap data load (background, first profile)',
    median(runs.map((r) => r.dataLoadMs)),
    'ms',
    '≤ 150 ms',
    150,
    `fresh process: read + parse ${round(median(runs.map((r) => r.parseMs)))} ms, then install and indexes; the worker loads it only when a profile needs common ground`,
  );
  add('overlap data heap', median(runs.map((r) => r.heapMb)), 'MB', 'informational', null, 'after GC');
  add('overlap, first profile after load', median(runs.map((r) => r.firstProfileMs)), 'ms', 'informational', null);
  for (const f of runs[0]?.files ?? [])
    add(
      `public/overlap/${f.name}`,
      f.bytes / 1024,
      'KB',
      'informational',
      null,
      `${Math.round(f.gzipBytes / 1024)} KB gzipped`,
    );
  add('overlap, one profile (after data load)', median(runs.map((r) => r.oneProfileMs)), 'ms', '≤ 5 ms', 5);
  add('overlap, 10,000 saved people', median(runs.map((r) => r.tenThousandMs)), 'ms', '≤ 500 ms', 500);
}

async function popup(): Promise<void> {
  const b = await launch();
  try {
    const { firstRenderMs, keystrokeMs } = await measurePopup(b);
    add(
      'popup first render, 10,000 people',
      firstRenderMs,
      'ms',
      '≤ 200 ms',
      200,
      'navigation start → first rows (median of 5)',
    );
    add(
      'popup search keystroke, 10,000 people',
      keystrokeMs,
      'ms',
      '≤ 50 ms',
      50,
      'input → results painted (median of 10)',
    );
  } finally {
    await b.dispose();
  }
}

/** Export and import through the options page: 10,000 people (median of 3 fresh browsers) and 100,000 (one run). */
async function transfer(): Promise<void> {
  for (const [count, runs] of [
    [10_000, 3],
    [100_000, 1],
  ] as const) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const b = await launch();
      try {
        results.push(await measureTransfer(b, count));
      } finally {
        await b.dispose();
      }
    }
    const label = count.toLocaleString('en');
    const how = `${runs === 1 ? 'one run' : `median of ${runs}`}; ${Math.round(results[0]?.megabytes ?? 0)} MB file`;
    add(
      `import ${label} people (options page)`,
      median(results.map((r) => r.importMs)),
      'ms',
      'informational',
      null,
      `file input → report shown; ${how}`,
    );
    add(
      `export ${label} people (options page)`,
      median(results.map((r) => r.exportMs)),
      'ms',
      'informational',
      null,
      `click → download ready; ${how}`,
    );
  }
}

/** Main-thread time of one profile page load, from Chromium's own counters (CDP Performance.getMetrics). */
interface Load {
  /** All main-thread tasks (TaskDuration). */
  task: number;
  /** JavaScript only (ScriptDuration): the page has none, so this is the extension's. */
  script: number;
}

async function measureLoad(page: Page): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(SAMPLE.url);
  await page.waitForTimeout(1500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration') };
}

/**
 * The same kind of browser as `launch()` (persistent profile, same flags, every non-LinkedIn request
 * refused), with no extension or with another unpacked one.
 */
async function plainBrowser(extensionDir?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await ctx.route('**/*', (r) => r.fulfill({ status: 404, body: '' }));
  await routeProfiles(ctx, PROFILES);
  return {
    page: () => ctx.newPage(),
    async dispose() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An extension whose content script does nothing: what any extension on linkedin.com costs. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['cs.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'cs.js'), 'void 0;\n');
  return dir;
}

/** Main-thread time of loading a profile page: no extension, an empty one, ours with the card, ours discreet. */
async function addedMainThread(): Promise<void> {
  const runs: Record<'none' | 'empty' | 'card' | 'discreet', Load[]> = { none: [], empty: [], card: [], discreet: [] };
  const empty = emptyExtension();
  try {
    for (let i = 0; i < 5; i++) {
      for (const kind of ['none', 'empty'] as const) {
        const b = await plainBrowser(kind === 'empty' ? empty : undefined);
        try {
          runs[kind].push(await measureLoad(await b.page()));
        } finally {
          await b.dispose();
        }
      }
      for (const mode of ['card', 'discreet'] as const) {
        const b = await launch();
        try {
          await routeProfiles(b.context, PROFILES);
          if (mode === 'discreet') await sendToBackground(b, 'settings/save', { settings: { discreetMode: true } });
          const page = await b.context.newPage();
          runs[mode].push(await measureLoad(page));
          const cards = await card(page).count();
          if (mode === 'card' && !cards) throw new Error('the card did not render');
          if (mode === 'discreet' && cards) throw new Error('the card rendered in discreet mode');
        } finally {
          await b.dispose();
        }
      }
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  const task = (k: keyof typeof runs) => median(runs[k].map((r) => r.task));
  const script = (k: keyof typeof runs) => median(runs[k].map((r) => r.script));
  add(
    'added main-thread time on a profile page',
    task('card') - task('none'),
    'ms',
    '≤ 50 ms',
    50,
    `all tasks: ${round(task('none'))} ms without an extension, ${round(task('card'))} ms with the card`,
  );
  add('main-thread time with / without', task('card') / task('none'), '×', 'informational', null);
  add(
    'added main-thread time beyond an empty content script',
    task('card') - task('empty'),
    'ms',
    'informational',
    null,
    `an extension whose content script does nothing: ${round(task('empty'))} ms`,
  );
  add(
    'added main-thread time, discreet mode',
    task('discreet') - task('none'),
    'ms',
    '≤ 50 ms',
    50,
    `${round(task('discreet'))} ms (reads the page, no card)`,
  );
  add(
    'extension JavaScript on a profile page (card)',
    script('card') - script('none'),
    'ms',
    'informational',
    null,
    `ScriptDuration; discreet mode ${round(script('discreet') - script('none'))} ms`,
  );
}

/** `npm run bench -- <words>`: only the steps whose name contains one of the words (all when none). */
const only = process.argv.slice(2);

async function step(name: string, fn: () => Promise<void>) {
  if (only.length > 0 && !only.some((w) => name.includes(w))) return;
  try {
    await fn();
  } catch (e) {
    rows.push({ figure: name, value: null, unit: '', target: '', ok: null, note: `skipped: ${(e as Error).message}` });
  }
}

// Other work on the machine inflates every absolute time: recorded beside the figures.
const load = { loadAverage1m: round(loadavg()[0] ?? 0), cpus: availableParallelism() };
console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
await step('content script size', sizes);
await step('read time ratio', readRatio);
await step('overlap', overlap);
await step('popup with 10,000 people', popup);
await step('export and import', transfer);
await step('added main-thread time', addedMainThread);

const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'median'.padStart(10)}  target      ok  note`);
for (const r of rows) {
  const v = r.value === null ? '—' : `${r.value} ${r.unit}`;
  const ok = r.ok === null ? '  ' : r.ok ? 'ok' : 'NO';
  console.log(`${r.figure.padEnd(width)}  ${v.padStart(10)}  ${r.target.padEnd(11)} ${ok}  ${r.note ?? ''}`);
}
mkdirSync(join(ROOT, 'bench'), { recursive: true });
if (load.loadAverage1m > load.cpus / 2)
  console.log(
    `\nNote: the machine was busy before the bench (load ${load.loadAverage1m} on ${load.cpus} CPUs): absolute times are inflated; ratios less so.`,
  );
const summary = { at: new Date().toISOString(), runs: RUNS, node: process.version, ...load, results: rows };
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log('\nbench/results.json written.');
console.log(JSON.stringify(summary));
