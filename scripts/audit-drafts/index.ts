/**
 * `npm run audit:drafts`: draft for the audit corpus and count rule violations per rule.
 * Options: `--verbose` lists every violation; `--engine <path>` audits another engine module exporting
 * `draft` (e.g. an older checkout) over the kinds it knows; exits 1 when anything is found.
 */
import { pathToFileURL } from 'node:url';
import { DraftKind } from '../../utils/schema';
import { SECOND_PEOPLE, SECOND_USERS } from './corpus-second';
import { type DraftFn, runAudit } from './run';

const args = process.argv.slice(2);
const enginePath = args[args.indexOf('--engine') + 1];
let draft: DraftFn | undefined;
let kinds: readonly DraftKind[] = DraftKind.options;
if (args.includes('--engine') && enginePath) {
  const mod = (await import(pathToFileURL(enginePath).href)) as {
    draft: DraftFn;
    DRAFT_KIND_LABELS?: Record<string, string>;
  };
  draft = mod.draft;
  if (mod.DRAFT_KIND_LABELS) kinds = DraftKind.options.filter((k) => k in mod.DRAFT_KIND_LABELS!);
}
let total = 0;
for (const [name, corpus] of [
  ['main corpus', undefined],
  ['second corpus', { users: SECOND_USERS, people: SECOND_PEOPLE }],
] as const) {
  const report = runAudit(draft, kinds, corpus);
  const sum = Object.values(report.counts).reduce((a, b) => a + b, 0);
  total += sum;
  console.log(`${name}: ${report.drafts} drafts audited`);
  for (const [rule, n] of Object.entries(report.counts)) console.log(`  ${rule.padEnd(28)} ${n}`);
  console.log(`  ${'total'.padEnd(28)} ${sum}`);
  if (args.includes('--verbose'))
    for (const v of report.violations) console.log(`- [${v.rule}] ${v.where}: ${v.detail}`);
}
process.exitCode = total ? 1 : 0;
