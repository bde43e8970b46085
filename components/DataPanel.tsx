/** Your data: export JSON / CSV, import JSON (validated whole), delete everything with confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Props of the panel. */
export interface DataPanelProps {
  busy: boolean;
  /** A long export or import under way: what it is doing, and how far (0–1, null: not known). */
  progress: { label: string; value: number | null } | null;
  /** The last import's report: a summary, and per merged person what was merged; or null. */
  report: { summary: string; details: string[] } | null;
  /** Why the last import was refused (field paths included) or null. */
  importError: string | null;
  /** Why an export or a delete failed, or null. */
  error: string | null;
  /** True after Delete all data finished. */
  deleted: boolean;
  onExport(format: 'json' | 'csv'): void;
  /** Import an export file (the page reads it). */
  onImport(file: File): void;
  onDeleteAll(): void;
}

/** The panel. */
export function DataPanel(props: DataPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const typedInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Move focus into the confirmation when it opens, and back to the button when it closes.
  useEffect(() => {
    if (confirming) typedInput.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const cancel = () => {
    setConfirming(false);
    setTyped('');
  };
  return (
    <div>
      <p class="cg-hint">
        Everything is stored in this browser only. Export it to keep a copy or move it to another browser.
      </p>
      <div class="cg-toolbar">
        <button
          type="button"
          data-testid="data-export-json"
          disabled={props.busy}
          onClick={() => props.onExport('json')}
        >
          Export JSON (everything, for import)
        </button>
        <button type="button" data-testid="data-export-csv" disabled={props.busy} onClick={() => props.onExport('csv')}>
          Export CSV (for spreadsheets)
        </button>
      </div>
      {props.progress && (
        <div role="status" aria-live="polite" data-testid="data-progress">
          <progress max={1} value={props.progress.value ?? undefined} aria-label={props.progress.label} />{' '}
          <span>{props.progress.label}</span>
        </div>
      )}
      {props.error && (
        <p class="cg-field-error" role="alert" data-testid="data-error">
          {props.error}
        </p>
      )}
      <h3>Import</h3>
      <p class="cg-hint">
        A Common Ground JSON export. The whole file is checked first: if anything is wrong nothing changes. People are
        merged field by field, so nothing you wrote is lost: both notes are kept when they differ, stage histories,
        give-and-take and tags are combined, and the newer profile snapshot is kept. Your My profile and settings are
        kept when you have them; otherwise the file’s are taken.
      </p>
      <div class="cg-toolbar">
        <input
          type="file"
          accept="application/json,.json"
          aria-label="Export file to import"
          data-testid="data-import-file"
          onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
        <button
          type="button"
          data-testid="data-import"
          disabled={props.busy || !file}
          onClick={() => {
            if (file) props.onImport(file);
          }}
        >
          Import
        </button>
      </div>
      {props.report && (
        <div role="status" data-testid="data-import-report">
          <p>{props.report.summary}</p>
          {props.report.details.length > 0 && (
            <details>
              <summary>What was merged, per person</summary>
              <ul data-testid="data-import-merged">
                {props.report.details.map((line, i) => (
                  <li key={`${i}:${line}`}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {props.importError && (
        <pre class="cg-error" role="alert" data-testid="data-import-error">
          {props.importError}
        </pre>
      )}
      <h3>Delete all data</h3>
      {!confirming ? (
        <button type="button" ref={deleteButton} data-testid="data-delete" onClick={() => setConfirming(true)}>
          Delete all data…
        </button>
      ) : (
        <fieldset
          class="cg-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <legend class="cg-sr">Confirm deleting all data</legend>
          <label for="cg-delete-confirm">
            This deletes everyone you saved, My profile, settings and templates from this browser. Type DELETE to
            confirm.
          </label>
          <div class="cg-toolbar">
            <input
              id="cg-delete-confirm"
              ref={typedInput}
              autoComplete="off"
              spellcheck={false}
              data-testid="data-delete-typed"
              value={typed}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
            />
            <button
              type="button"
              class="cg-danger"
              data-testid="data-delete-confirm"
              disabled={typed !== 'DELETE' || props.busy}
              onClick={() => {
                props.onDeleteAll();
                cancel();
              }}
            >
              Delete everything
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {props.deleted && (
        <p role="status" data-testid="data-deleted">
          All data deleted: no one is saved, My profile and your templates are empty, and settings are back to their
          defaults.
        </p>
      )}
    </div>
  );
}
