/**
 * The user's own message templates: list, add, edit, delete. Placeholders are checked at save time;
 * an unknown one is a clear error and nothing is saved. The built-in templates are shown read-only for
 * reference. Renders props only.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DRAFT_KIND_LABELS } from '@/utils/outreach/draft-kinds';
import { BUILT_IN_TEMPLATES, type BuiltInTemplate, PLACEHOLDERS, validateTemplate } from '@/utils/outreach/templates';
import type { DraftKind, Template } from '@/utils/schema';

export interface TemplatesEditorProps {
  templates: Template[];
  busy: boolean;
  /** Save one template; rejects with a readable message when the background refuses it. */
  onSave(t: Template): Promise<void>;
  onDelete(id: string): void;
}

/** Text with `{{name}}` put in place of the selection [start, end), and where the caret goes after it. */
export function insertPlaceholder(
  text: string,
  start: number,
  end: number,
  name: string,
): { text: string; caret: number } {
  const a = Math.max(0, Math.min(start, end, text.length));
  const b = Math.min(text.length, Math.max(start, end, a));
  const token = `{{${name}}}`;
  return { text: text.slice(0, a) + token + text.slice(b), caret: a + token.length };
}

/**
 * Why a template cannot be saved (name missing, empty body, unknown or malformed placeholder in the body
 * or the subject), or null when it can. The subject only counts for InMail.
 */
export function templateProblem(t: Template): string | null {
  if (!t.name.trim()) return 'Give the template a name.';
  const body = validateTemplate(t.body);
  if (!body.ok) return body.error;
  if (t.kind === 'inmail' && t.subject?.trim()) {
    const subject = validateTemplate(t.subject);
    if (!subject.ok) return `Subject: ${subject.error}`;
  }
  return null;
}

/** The template as it will be stored: trimmed name, a subject only for InMail and only when given. */
export function cleanTemplate(t: Template): Template {
  const { subject, ...rest } = t;
  const s = t.kind === 'inmail' ? subject?.trim() : undefined;
  return { ...rest, name: t.name.trim(), ...(s ? { subject: s } : {}) };
}

/** A built-in template as one text: the first wording of each sentence, with its line breaks. */
export function builtInPreview(t: BuiltInTemplate): string {
  return t.sentences
    .map((s, i) => {
      const text = typeof s.text === 'string' ? s.text : (s.text[0] ?? '');
      return i === 0 ? text : `${s.before ?? ' '}${text}`;
    })
    .join('');
}

const blank = (): Template => ({ id: `tpl-${Date.now().toString(36)}`, kind: 'first-message', name: '', body: '' });
const KINDS = Object.keys(DRAFT_KIND_LABELS) as DraftKind[];

/** The editor. */
export function TemplatesEditor({ templates, busy, onSave, onDelete }: TemplatesEditorProps) {
  const [editing, setEditing] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<'body' | 'subject'>('body');
  const body = useRef<HTMLTextAreaElement>(null);
  const subject = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  // Put the caret back after a placeholder was inserted (the field re-rendered with the new text).
  useLayoutEffect(() => {
    const field = target === 'subject' ? subject.current : body.current;
    if (caret.current === null || !field) return;
    field.focus();
    field.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const open = (t: Template) => {
    setEditing(t);
    setError(null);
    setTarget('body');
    requestAnimationFrame(() => nameInput.current?.focus());
  };
  const close = () => {
    setEditing(null);
    setError(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const insert = (p: string) => {
    if (!editing) return;
    const useSubject = target === 'subject' && editing.kind === 'inmail';
    const field = useSubject ? subject.current : body.current;
    const text = (useSubject ? editing.subject : editing.body) ?? '';
    const r = insertPlaceholder(text, field?.selectionStart ?? text.length, field?.selectionEnd ?? text.length, p);
    caret.current = r.caret;
    setEditing(useSubject ? { ...editing, subject: r.text } : { ...editing, body: r.text });
  };

  return (
    <div>
      <p class="cg-hint">
        Your own templates appear next to the built-in ones in the composer. Write sentences; a sentence whose
        placeholder has no value (say, no common ground) is left out rather than printed half-filled.
      </p>
      {templates.length === 0 ? (
        <p class="cg-muted" data-testid="tpl-empty">
          No templates of your own yet. The built-in ones below are always available.
        </p>
      ) : (
        <ul class="cg-people" aria-label="Your templates">
          {templates.map((t) => (
            <li key={t.id} class="cg-person" data-testid="tpl-row" data-id={t.id}>
              <strong>{t.name}</strong> <span class="cg-muted">· {DRAFT_KIND_LABELS[t.kind]}</span>
              <div class="cg-clip cg-muted">{t.body}</div>
              <div class="cg-row-actions">
                <button type="button" onClick={() => open(t)} aria-label={`Edit template ${t.name}`}>
                  Edit
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => onDelete(t.id)}
                  aria-label={`Delete template ${t.name}`}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!editing ? (
        <button type="button" ref={newButton} data-testid="tpl-new" onClick={() => open(blank())}>
          New template
        </button>
      ) : (
        <form
          aria-label={editing.name ? `Template ${editing.name}` : 'New template'}
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const problem = templateProblem(editing);
            if (problem) return setError(problem);
            setError(null);
            try {
              await onSave(cleanTemplate(editing));
              close();
            } catch (err) {
              setError(`Not saved: ${(err as Error).message}`);
            }
          }}
        >
          <div class="cg-field">
            <label for="tpl-name">Name</label>
            <input
              id="tpl-name"
              ref={nameInput}
              data-testid="tpl-name"
              value={editing.name}
              onInput={(e) => setEditing({ ...editing, name: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="cg-field">
            <label for="tpl-kind">Kind</label>
            <select
              id="tpl-kind"
              data-testid="tpl-kind"
              value={editing.kind}
              onChange={(e) =>
                setEditing({ ...editing, kind: (e.currentTarget as HTMLSelectElement).value as DraftKind })
              }
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {DRAFT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          {editing.kind === 'inmail' && (
            <div class="cg-field">
              <label for="tpl-subject">Subject</label>
              <input
                id="tpl-subject"
                ref={subject}
                data-testid="tpl-subject"
                value={editing.subject ?? ''}
                onFocus={() => setTarget('subject')}
                onInput={(e) => setEditing({ ...editing, subject: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
          )}
          <div class="cg-field">
            <label for="tpl-body">Message</label>
            <textarea
              id="tpl-body"
              ref={body}
              data-testid="tpl-body"
              rows={6}
              value={editing.body}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'tpl-error' : undefined}
              onFocus={() => setTarget('body')}
              onInput={(e) => setEditing({ ...editing, body: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </div>
          <fieldset class="cg-toolbar">
            <legend class="cg-hint">
              {target === 'subject' && editing.kind === 'inmail'
                ? 'Insert a placeholder in the subject:'
                : 'Insert a placeholder in the message, at the cursor:'}
            </legend>
            {PLACEHOLDERS.map((p) => (
              <button
                type="button"
                key={p}
                class="cg-chip-button"
                data-testid="tpl-placeholder"
                // Keep the text field's selection: a mouse click would move focus to the button first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(p)}
              >
                {`{{${p}}}`}
              </button>
            ))}
          </fieldset>
          {error && (
            <p id="tpl-error" class="cg-field-error" role="alert" data-testid="tpl-error">
              {error}
            </p>
          )}
          <div class="cg-toolbar">
            <button type="submit" class="cg-primary" data-testid="tpl-save" disabled={busy}>
              Save template
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <details class="cg-more" data-testid="tpl-built-in">
        <summary>Built-in templates (for reference)</summary>
        <p class="cg-hint">
          The composer picks the first wording of each sentence whose placeholders all have values; these show that
          first wording.
        </p>
        {KINDS.map((k) => (
          <div key={k}>
            <h3>{DRAFT_KIND_LABELS[k]}</h3>
            {BUILT_IN_TEMPLATES.filter((t) => t.kind === k).map((t) => (
              <div key={t.id} class="cg-person">
                <strong>{t.name}</strong>
                {t.subject?.[0] && <div class="cg-muted">Subject: {t.subject[0]}</div>}
                <div class="cg-notes">{builtInPreview(t)}</div>
              </div>
            ))}
          </div>
        ))}
      </details>
    </div>
  );
}
