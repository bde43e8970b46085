/**
 * What the last change did, with Undo (issue #15): "Moved Ada Okafor to Meeting · Undo". A polite live
 * region, so screen readers hear it; it goes by itself after `TOAST_MS` or when dismissed.
 * Renders props only, plus the timer that dismisses it.
 */
import { useEffect } from 'preact/hooks';

/** How long a toast stays: long enough to read it and reach Undo. */
export const TOAST_MS = 10_000;

/** One toast: what happened and, when it can be undone, how. */
export interface Toast {
  message: string;
  undo?: () => void;
}

export interface UndoToastProps {
  toast: Toast | null;
  busy?: boolean;
  onDismiss(): void;
}

/** The toast, or an empty live region (kept in the document so the next message is announced). */
export function UndoToast({ toast, busy, onDismiss }: UndoToastProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div class={toast ? 'cg-toast' : 'cg-toast-idle'} role="status" aria-live="polite" data-testid="cg-toast">
      {toast && (
        <>
          <span data-testid="cg-toast-message">{toast.message}</span>
          {toast.undo && (
            <button type="button" class="cg-link" data-testid="cg-undo" disabled={busy} onClick={toast.undo}>
              Undo
            </button>
          )}
          <button type="button" class="cg-icon" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
