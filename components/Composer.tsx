/**
 * The draft composer: kind and variant pickers, the draft in an editable box, a live character
 * meter against the limit, what to cut when over, Copy and "I sent it". It never sends, types
 * into LinkedIn or clicks anything: the user copies the text and sends it themselves.
 */

import { useId } from 'preact/hooks';
import type { Draft } from '@/utils/messages';
import { suggestCuts } from '@/utils/outreach/cuts';
import { DRAFT_KIND_LABELS } from '@/utils/outreach/draft-kinds';
import { charCount } from '@/utils/outreach/limits';
import type { DraftKind } from '@/utils/schema';

/** What the composer shows and the callbacks that do its I/O (see `useComposer`). */
export interface ComposerProps {
  kind: DraftKind;
  draft: Draft | null;
  /** The user's own words for this kind (what was discussed, the news), when it asks for them. */
  note: string;
  text: string;
  subject: string;
  loading: boolean;
  error: string | null;
  /** What the last action did ("Copied. Marked as drafted."). */
  status: string | null;
  /** Copy and "I sent it" track the person: only for someone saved. */
  saved: boolean;
  onKind(kind: DraftKind): void;
  onNote(note: string): void;
  onVariant(step: 1 | -1): void;
  onText(text: string): void;
  onSubject(subject: string): void;
  onCopy(): void;
  onSent(): void;
}

/** The composer. Renders props only: drafting, copying and tracking happen in the callbacks. */
export function Composer(p: ComposerProps) {
  // Unique ids: the popup can show a composer in more than one row.
  const uid = useId();
  const ids = {
    kind: `${uid}-kind`,
    subject: `${uid}-subject`,
    meter: `${uid}-meter`,
    note: `${uid}-note`,
    noteHint: `${uid}-note-hint`,
  };
  // The kinds that fit this person now, the one their stage suggests first.
  const kinds = p.draft?.kinds?.length ? p.draft.kinds : (Object.keys(DRAFT_KIND_LABELS) as DraftKind[]);
  const length = charCount(p.text);
  const limit = p.draft?.limit ?? 0;
  const over = limit ? length - limit : 0;
  const cuts = p.draft && over > 0 ? suggestCuts(p.text, p.draft.sentences, limit) : [];
  const subjectOver = p.draft?.subjectLimit ? charCount(p.subject) - p.draft.subjectLimit : 0;
  return (
    <section class="cg-composer" aria-label="Draft a message" data-testid="cg-composer">
      <div class="cg-row">
        <label for={ids.kind}>Draft</label>
        <select
          id={ids.kind}
          data-testid="cg-draft-kind"
          value={p.kind}
          onChange={(e) => p.onKind((e.currentTarget as HTMLSelectElement).value as DraftKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {DRAFT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {p.draft && p.draft.variants > 1 && (
          <span class="cg-variant" data-testid="cg-draft-variant">
            <button type="button" aria-label="Previous variant" onClick={() => p.onVariant(-1)}>
              ‹
            </button>
            <span>
              Variant {p.draft.variant + 1} of {p.draft.variants}
            </span>
            <button type="button" aria-label="Next variant" onClick={() => p.onVariant(1)}>
              ›
            </button>
          </span>
        )}
      </div>
      {p.loading && (!p.draft || p.draft.kind !== p.kind) && (
        <p class="cg-muted" data-testid="cg-draft-loading">
          Drafting…
        </p>
      )}
      {p.draft?.hint && (
        <p class="cg-muted" data-testid="cg-draft-hint">
          {p.draft.hint}
        </p>
      )}
      {p.draft?.note && (
        <div class="cg-field">
          <label for={ids.note}>{p.draft.note.label}</label>
          <textarea
            id={ids.note}
            data-testid="cg-draft-note"
            rows={2}
            aria-describedby={ids.noteHint}
            value={p.note}
            onChange={(e) => p.onNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <span id={ids.noteHint} class="cg-hint">
            {p.draft.note.hint}
          </span>
        </div>
      )}
      {p.draft?.notice && (
        <p class="cg-muted" role="note" data-testid="cg-draft-notice">
          {p.draft.notice}
        </p>
      )}
      {p.draft?.subjectLimit !== undefined && (
        <div class="cg-field">
          <label for={ids.subject}>Subject</label>
          <input
            id={ids.subject}
            data-testid="cg-draft-subject"
            value={p.subject}
            onInput={(e) => p.onSubject((e.currentTarget as HTMLInputElement).value)}
          />
          {subjectOver > 0 && (
            <span class="cg-field-error">
              Subject is {subjectOver} over {p.draft.subjectLimit} characters.
            </span>
          )}
        </div>
      )}
      {p.draft && (
        <>
          <textarea
            class="cg-draft-text"
            data-testid="cg-draft-text"
            aria-label="Message (edit freely)"
            aria-describedby={ids.meter}
            rows={p.draft.kind === 'connection-note' ? 4 : 8}
            value={p.text}
            onInput={(e) => p.onText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p
            id={ids.meter}
            class={over > 0 ? 'cg-meter cg-over' : 'cg-meter'}
            data-testid="cg-draft-meter"
            aria-live="polite"
          >
            {length} / {limit}
            {over > 0 ? ` — ${over} over` : ''}
          </p>
          {cuts.length > 0 && (
            <div class="cg-cuts" data-testid="cg-draft-cuts">
              To fit, cut:
              <ul>
                {cuts.map((c) => (
                  <li key={c}>“{c}”</li>
                ))}
              </ul>
            </div>
          )}
          <div class="cg-actions">
            <button
              type="button"
              class="cg-primary"
              data-testid="cg-draft-copy"
              disabled={p.loading}
              onClick={p.onCopy}
            >
              Copy
            </button>
            {p.saved && (
              <button type="button" data-testid="cg-draft-sent" disabled={p.loading} onClick={p.onSent}>
                I sent it
              </button>
            )}
          </div>
          {p.draft.evidence?.length > 0 && (
            <p class="cg-muted" data-testid="cg-draft-evidence">
              Based on: {p.draft.evidence.join('; ')}
            </p>
          )}
          {!p.saved && <p class="cg-muted">Save this person to track the draft.</p>}
          <p class="cg-muted">Common Ground never sends anything: copy the message and send it yourself on LinkedIn.</p>
        </>
      )}
      {p.status && (
        <p role="status" data-testid="cg-draft-status">
          {p.status}
        </p>
      )}
      {p.error && (
        <p class="cg-error" role="alert">
          {p.error}
        </p>
      )}
    </section>
  );
}
