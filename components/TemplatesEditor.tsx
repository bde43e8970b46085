/**
 * The user's own message templates: list, add, edit, delete. Placeholders are checked at save time;
 * an unknown one is a clear error and nothing is saved. Renders props only.
 */
import { useState } from 'preact/hooks';
import { DRAFT_KIND_LABELS } from '@/utils/outreach/draft-kinds';
import { PLACEHOLDERS, validateTemplate } from '@/utils/outreach/templates';
import type { DraftKind, Template } from '@/utils/schema';

export interface TemplatesEditorProps {
  templates: Template[];
  busy: boolean;
  onSave(t: Template): Promise<void>;
  onDelete(id: string): void;
}

const blank = (): Template => ({ id: `tpl-${Date.now().toString(36)}`, kind: 'first-message', name: '', body: '' });

/** The editor. */
export function TemplatesEditor({ templates, busy, onSave, onDelete }: TemplatesEditorProps) {
  const [editing, setEditing] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);
  const insert = (p: string) => editing && setEditing({ ...editing, body: `${editing.body}{{${p}}}` });
  return (
    <div>
      <p class="cg-hint">
        Your own templates appear next to the built-in ones in the composer. Write sentences; a sentence whose
        placeholder has no value (say, no common ground) is left out rather than printed half-filled.
      </p>
      {templates.length === 0 ? (
        <p class="cg-muted">No templates of your own yet.</p>
      ) : (
        <ul class="cg-people">
          {templates.map((t) => (
            <li key={t.id} class="cg-person" data-testid="tpl-row">
              <strong>{t.name}</strong> <span class="cg-muted">· {DRAFT_KIND_LABELS[t.kind]}</span>
              <div class="cg-clip cg-muted">{t.body}</div>
              <div class="cg-row-actions">
                <button type="button" onClick={() => setEditing(t)}>
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
        <button type="button" data-testid="tpl-new" onClick={() => setEditing(blank())}>
          New template
        </button>
      ) : (
        <form
          aria-label="Template"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!editing.name.trim()) return setError('Give the template a name.');
            const checks = [
              validateTemplate(editing.body),
              ...(editing.subject ? [validateTemplate(editing.subject)] : []),
            ];
            const bad = checks.find((c) => !c.ok);
            if (bad && !bad.ok) return setError(bad.error);
            setError(null);
            await onSave({ ...editing, name: editing.name.trim(), subject: editing.subject?.trim() || undefined });
            setEditing(null);
          }}
        >
          <div class="cg-field">
            <label for="tpl-name">Name</label>
            <input
              id="tpl-name"
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
              {(Object.keys(DRAFT_KIND_LABELS) as DraftKind[]).map((k) => (
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
                value={editing.subject ?? ''}
                onInput={(e) => setEditing({ ...editing, subject: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
          )}
          <div class="cg-field">
            <label for="tpl-body">Message</label>
            <textarea
              id="tpl-body"
              data-testid="tpl-body"
              rows={6}
              value={editing.body}
              aria-invalid={error ? true : undefined}
              onInput={(e) => setEditing({ ...editing, body: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </div>
          <fieldset class="cg-toolbar">
            <legend class="cg-sr">Insert a placeholder</legend>
            {PLACEHOLDERS.map((p) => (
              <button type="button" key={p} class="cg-chip-button" onClick={() => insert(p)}>
                {`{{${p}}}`}
              </button>
            ))}
          </fieldset>
          {error && (
            <p class="cg-field-error" role="alert" data-testid="tpl-error">
              {error}
            </p>
          )}
          <div class="cg-toolbar">
            <button type="submit" class="cg-primary" data-testid="tpl-save" disabled={busy}>
              Save template
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
