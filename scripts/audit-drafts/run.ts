/**
 * Generate every draft of the audit corpus — users × people × kinds the person is offered × variants — and
 * judge each with the audit rules. Pure: the engine is passed in, so the same audit can judge an older engine.
 */
import { draft as currentDraft, offeredKinds } from '../../utils/outreach/drafts';
import { computeOverlap } from '../../utils/overlap/index';
import { DraftKind } from '../../utils/schema';
import { type AuditPerson, type AuditUser, NOTES, PEOPLE, USERS } from './corpus';
import { type Case, check, RULES, type Rule, repeats, type Violation } from './rules';

/** The drafting function the audit calls (the current engine's `draft`, or an older one with the same shape). */
export type DraftFn = (input: Parameters<typeof currentDraft>[0]) => ReturnType<typeof currentDraft>;

/** What one audit run found. */
export interface AuditReport {
  drafts: number;
  counts: Record<Rule, number>;
  violations: (Violation & { where: string })[];
}

/** Run the audit. `kinds` limits the kinds (an older engine may lack some); `corpus` defaults to the main one. */
export function runAudit(
  draft: DraftFn = currentDraft,
  kinds: readonly DraftKind[] = DraftKind.options,
  corpus: { users: readonly AuditUser[]; people: readonly AuditPerson[] } = { users: USERS, people: PEOPLE },
): AuditReport {
  const counts = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<Rule, number>;
  const violations: AuditReport['violations'] = [];
  let drafts = 0;
  const settings = { accountType: 'free' as const, reevaluateDays: 90 };
  for (const user of corpus.users)
    for (const person of corpus.people) {
      const overlap = computeOverlap(user.me, person.profile);
      const offered = offeredKinds(person.profile, person.stage, { daysAtStage: person.daysAtStage }).filter((k) =>
        kinds.includes(k),
      );
      const variants = draft({
        kind: 'first-message',
        me: user.me,
        profile: person.profile,
        overlap,
        role: person.role,
        settings,
      }).variants;
      for (let variant = 0; variant < variants; variant++) {
        const sequence: { kind: DraftKind; body: string }[] = [];
        const where = `${user.id} → ${person.id} v${variant + 1}`;
        for (const kind of offered) {
          const note = variant % 2 === 0 ? NOTES[kind] : undefined;
          const d = draft({
            kind,
            variant,
            me: user.me,
            profile: person.profile,
            overlap,
            role: person.role,
            settings,
            stage: person.stage,
            daysAtStage: person.daysAtStage,
            note,
          });
          drafts++;
          sequence.push({ kind: d.kind, body: d.body });
          const c: Case = {
            user,
            person,
            asked: kind,
            kind: d.kind,
            body: d.body,
            subject: d.subject,
            length: d.length,
            limit: d.limit,
            subjectLimit: d.subjectLimit,
            note,
          };
          for (const x of check(c)) {
            counts[x.rule]++;
            violations.push({ ...x, where: `${where} ${d.kind}` });
          }
        }
        for (const x of repeats(sequence)) {
          counts[x.rule]++;
          violations.push({ ...x, where });
        }
      }
    }
  return { drafts, counts, violations };
}
