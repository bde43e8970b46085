/**
 * The derived data files (`public/overlap/`, written by `scripts/data/places.ts` and `schools.ts`) read from
 * disk, for Node: unit tests (their setup file), the CLI and the bench. The extension reads the same files
 * with `fetch` in the background (`utils/background/overlap-data.ts`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DERIVED_FILES, type DerivedData, installDerivedData } from '../../utils/overlap/derived';

/** The sources' `public/` folder, where the files live. */
export const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

/** Path of each derived file on disk. */
export const derivedPaths = (): Record<keyof DerivedData, string> => ({
  gazetteer: join(PUBLIC_DIR, DERIVED_FILES.gazetteer),
  institutions: join(PUBLIC_DIR, DERIVED_FILES.institutions),
});

/** Read and parse both files. */
export function readDerivedFiles(): DerivedData {
  const p = derivedPaths();
  return {
    gazetteer: JSON.parse(readFileSync(p.gazetteer, 'utf8')),
    institutions: JSON.parse(readFileSync(p.institutions, 'utf8')),
  };
}

/** Read both files and install them into the engine. */
export function installDerivedFiles(): void {
  installDerivedData(readDerivedFiles());
}
