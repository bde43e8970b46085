/**
 * The knowledge derived from maintained datasets by `scripts/data/*.ts`: the world gazetteer and the
 * institutions list. They are megabytes, so they are not bundled into the background: they are files in
 * `public/overlap/` that the background reads on the first profile it computes common ground for
 * (`utils/background/overlap-data.ts`) and installs here; Node (tests, CLI, bench) reads them from disk
 * (`scripts/data/derived-files.ts`). Until they are installed the matchers use the hand tables alone.
 */
import type { GazetteerData } from './places';
import type { InstitutionData } from './schools';

/** Both derived files, as parsed JSON. */
export interface DerivedData {
  gazetteer: GazetteerData;
  institutions: InstitutionData;
}

/** Where the files are, relative to the extension's root (and to `public/` in the sources). */
export const DERIVED_FILES = {
  gazetteer: 'overlap/gazetteer.json',
  institutions: 'overlap/institutions.json',
} as const satisfies Record<keyof DerivedData, string>;

let current: DerivedData | null = null;
const resets: (() => void)[] = [];

/** Format version of each file the engine reads (the scripts write it); a stale file is refused, not misread. */
export const DERIVED_FORMAT: Readonly<Record<keyof DerivedData, number>> = { gazetteer: 2, institutions: 2 };

/** Install the derived data (replacing any installed before) and drop every index and cache built without it. */
export function installDerivedData(data: DerivedData): void {
  for (const k of Object.keys(DERIVED_FORMAT) as (keyof DerivedData)[]) {
    const got = (data[k] as { format?: unknown } | undefined)?.format;
    if (got !== DERIVED_FORMAT[k])
      throw new Error(`${DERIVED_FILES[k]}: format ${String(got)}, expected ${DERIVED_FORMAT[k]}`);
  }
  current = data;
  for (const r of resets) r();
}

/** Back to the hand tables alone (tests of what runs before the data arrives). */
export function clearDerivedData(): void {
  current = null;
  for (const r of resets) r();
}

/** The installed derived data, or null before `installDerivedData`. */
export const derivedData = (): DerivedData | null => current;

/** Whether the derived data is installed. */
export const hasDerivedData = (): boolean => current !== null;

/** Register a function that drops an index or cache built from the data (run on every install). */
export function onDerivedDataChange(reset: () => void): void {
  resets.push(reset);
}
