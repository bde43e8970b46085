/** The composer for one person, behind a "Draft a message" button where space is short. */
import { useState } from 'preact/hooks';
import { Composer } from './Composer';
import { type UseComposerOptions, useComposer } from './useComposer';

export interface ComposerPanelProps extends UseComposerOptions {
  /** Show a "Draft a message" button first (in-page card); otherwise open at once. */
  toggle?: boolean;
}

/** A button that opens the composer, or the composer itself. */
export function ComposerPanel({ toggle, ...options }: ComposerPanelProps) {
  const [open, setOpen] = useState(!toggle);
  if (!open) {
    return (
      <div class="cg-actions">
        <button type="button" data-testid="cg-draft-open" aria-expanded="false" onClick={() => setOpen(true)}>
          Draft a message
        </button>
      </div>
    );
  }
  return <OpenComposer {...options} />;
}

function OpenComposer(options: UseComposerOptions) {
  return <Composer {...useComposer(options)} />;
}
