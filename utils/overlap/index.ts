/**
 * Common ground between the user and one profile. First slice: exact school and employer names only;
 * the full engine (aliases, places, interests, fit) replaces this.
 */
import type { MyProfile, Overlap, OverlapItem, Profile, Settings } from '../schema';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Compute the overlap between the user's profile and a person's profile. Pure and deterministic. */
export function computeOverlap(me: MyProfile, profile: Profile, categories?: Settings['categories']): Overlap {
  const items: OverlapItem[] = [];
  if (categories?.almaMater !== false) {
    for (const mine of me.schools)
      for (const ed of profile.education)
        if (norm(mine) === norm(ed.school))
          items.push({
            kind: 'almaMater',
            mine,
            theirs: ed.school,
            evidence: `You: ${mine} · Them: ${ed.school}`,
            strength: 0.9,
          });
  }
  return { items, score: Math.min(100, items.length * 25), fit: { role: 'peer', reasons: [] } };
}
