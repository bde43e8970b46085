/** The toolbar badge: common-ground count on a profile tab, otherwise the number of follow-ups due. */
import type { TabCard } from '../messages';

/** Badge text for a tab's card: the count of common-ground items, or null when the tab shows no profile. */
export function badgeForCard(card: TabCard): string | null {
  if (card.state !== 'profile') return null;
  return String(card.card.overlap?.items.length ?? 0);
}

/** Badge text for the number of follow-ups due ("" when none). */
export function badgeForDue(due: number): string {
  return due > 0 ? String(due) : '';
}
