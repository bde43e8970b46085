/**
 * The constraints a user's limits can set, flattened for the draft check (limits-personal.ts parses
 * them; each phrase pack names a forbidden pattern and a label for every one, phrases/index.ts).
 * Scoped ones: `video` (no video, calls are fine), `calls-weekends` (calls, but not at weekends),
 * `travel-limited` (travel at most N).
 */

/** Every exclusion id, in report order. */
export const EXCLUSION_IDS = [
  'relocation',
  'travel',
  'travel-limited',
  'calls',
  'video',
  'calls-weekends',
  'calls-evenings',
  'calls-mornings',
  'weekends',
  'evenings',
  'mornings',
  'in-person',
  'coffee',
  'meals',
  'remote',
  'management',
  'full-time',
  'part-time',
] as const;

/** One constraint a user can set. */
export type ExclusionId = (typeof EXCLUSION_IDS)[number];
