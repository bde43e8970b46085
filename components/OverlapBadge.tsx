/** One common-ground badge: short text; its evidence opens by click, keyboard (Enter/Space) and hover. */
import { useState } from 'preact/hooks';
import type { OverlapItem } from '@/utils/schema';
import { KIND_LABELS } from './labels';

export interface OverlapBadgeProps {
  item: OverlapItem;
  /** Unique id prefix for aria wiring. */
  id: string;
}

/** A badge button with its evidence in a popover below it. */
export function OverlapBadge({ item, id }: OverlapBadgeProps) {
  // Click pins the evidence open or closed; hover shows it until the pointer leaves.
  const [pinned, setPinned] = useState(false);
  const [hover, setHover] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = pinned || (hover && !dismissed);
  const evidenceId = `${id}-evidence`;
  return (
    <span class="cg-badge-wrap">
      <button
        type="button"
        class={`cg-badge cg-kind-${item.kind}`}
        data-testid="cg-badge"
        data-kind={item.kind}
        aria-expanded={open}
        aria-describedby={evidenceId}
        aria-label={`${KIND_LABELS[item.kind]}: ${item.label ?? item.theirs}. Show evidence`}
        onClick={() => {
          setPinned(!pinned);
          setDismissed(pinned);
        }}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => {
          setHover(false);
          setDismissed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setPinned(false);
            setDismissed(true);
          }
        }}
      >
        {item.label ?? item.theirs}
      </button>
      <span id={evidenceId} role="tooltip" class="cg-evidence" data-testid="cg-evidence" hidden={!open}>
        {item.evidence}
      </span>
    </span>
  );
}
