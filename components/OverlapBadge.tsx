/**
 * One common-ground badge: its kind (School, Place, Interest, Employer) and strength (strong / weak)
 * shown and spoken, the short text, and its evidence in a popover. The card decides which popover is
 * open (one at a time); the popover is placed inside the viewport, below the badge or above it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OverlapItem } from '@/utils/schema';
import { KIND_LABELS, KIND_PREFIX, strengthOf } from './labels';

/** How a popover was opened: a click pins it, hover shows it until the pointer leaves. */
export type OpenedBy = 'pin' | 'hover';

export interface OverlapBadgeProps {
  item: OverlapItem;
  /** Unique id prefix for aria wiring. */
  id: string;
  /** How its evidence is open now, or null when closed. */
  open: OpenedBy | null;
  /** Open (pinned or by hover) or close (null) this badge's evidence. */
  onOpen(how: OpenedBy | null): void;
}

/** Room kept between the popover and the viewport's edges, in CSS pixels. */
const EDGE = 8;

/** Where a popover of `size` goes for a badge at `anchor` in a `viewport`: inside it, below or above the badge. */
export function popoverPosition(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - size.width - EDGE));
  const below = anchor.bottom + 4;
  const top = below + size.height <= viewport.height - EDGE ? below : Math.max(EDGE, anchor.top - 4 - size.height);
  return { left, top };
}

/** A badge button with its evidence. */
export function OverlapBadge({ item, id, open, onOpen }: OverlapBadgeProps) {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLSpanElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const evidenceId = `${id}-evidence`;
  const strength = strengthOf(item);
  const text = item.label ?? item.theirs;

  // Measure once shown, then place: the popover never runs off the window (issue #15).
  useLayoutEffect(() => {
    if (!open || !button.current || !popover.current) {
      setAt(null);
      return;
    }
    const view = button.current.ownerDocument.defaultView;
    if (!view) return;
    const r = button.current.getBoundingClientRect();
    const p = popover.current.getBoundingClientRect();
    setAt(
      popoverPosition(r, { width: p.width, height: p.height }, { width: view.innerWidth, height: view.innerHeight }),
    );
  }, [open]);

  return (
    <span class="cg-badge-wrap">
      <button
        ref={button}
        type="button"
        class={`cg-badge cg-kind-${item.kind} cg-${strength}`}
        data-testid="cg-badge"
        data-kind={item.kind}
        data-strength={strength}
        aria-expanded={open !== null}
        aria-describedby={evidenceId}
        aria-label={`${KIND_PREFIX[item.kind]}, ${strength} match: ${text}. ${KIND_LABELS[item.kind]}. Show evidence`}
        onClick={() => onOpen(open === 'pin' ? null : 'pin')}
        onMouseEnter={() => open === null && onOpen('hover')}
        onMouseLeave={() => open === 'hover' && onOpen(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            onOpen(null);
          }
        }}
      >
        <span class="cg-badge-kind" aria-hidden="true">
          {KIND_PREFIX[item.kind]}
        </span>
        <span class="cg-badge-text">{text}</span>
        <span class="cg-badge-strength" aria-hidden="true" title={`${strength} match`}>
          {strength === 'strong' ? '●' : '○'}
        </span>
      </button>
      <span
        ref={popover}
        id={evidenceId}
        role="tooltip"
        class="cg-evidence"
        data-testid="cg-evidence"
        hidden={!open}
        style={at ? { left: `${at.left}px`, top: `${at.top}px` } : { visibility: 'hidden' }}
      >
        {item.evidence}
      </span>
    </span>
  );
}
