/**
 * The background reads the derived knowledge (`public/overlap/*.json`, see utils/overlap/derived.ts) on the
 * first profile it computes common ground for, not when the worker starts: a worker woken for an alarm, the
 * popup or a save without My profile never pays for it. Reading the extension's own files is no network
 * request (the request audit, tests/e2e/audit.test.ts, allows only the extension's own URLs besides LinkedIn).
 */
import { DERIVED_FILES, type DerivedData, hasDerivedData, installDerivedData } from '../overlap/derived';

/** Reads one of the extension's own files as parsed JSON (path relative to the extension's root). */
export type ReadOwnFile = (path: string) => Promise<unknown>;

/**
 * A function that installs the derived data once: concurrent callers share one read; a failed read leaves
 * the hand tables in use (common ground is still computed) and is tried again on the next call.
 */
export function overlapDataLoader(read: ReadOwnFile, warn: (e: unknown) => void = () => undefined) {
  let loading: Promise<void> | null = null;
  return (): Promise<void> => {
    if (hasDerivedData()) return Promise.resolve();
    loading ??= Promise.all([read(DERIVED_FILES.gazetteer), read(DERIVED_FILES.institutions)])
      .then(([gazetteer, institutions]) => {
        installDerivedData({ gazetteer, institutions } as DerivedData);
      })
      .catch((e: unknown) => {
        loading = null;
        warn(e);
      });
    return loading;
  };
}
