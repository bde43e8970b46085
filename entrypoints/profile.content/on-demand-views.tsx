/**
 * The card's parts that are loaded on first use (utils/on-demand.ts), so the content script that runs
 * on every LinkedIn page does not carry them: the composer behind "Draft a message", and "Use as my
 * profile" on the user's own page. Each renders with its own Preact into a host element; these
 * components load it, keep its props current and unmount it with the card.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComposerPanelProps } from '@/components/ComposerPanel';
import type { SelfImportProps } from '@/components/SelfImport';
import { load, type OnDemand, type OnDemandView } from '@/utils/on-demand';
import { request } from '@/utils/send';

const inject = (script: keyof OnDemand) => request('tab/inject', { script });

/** A loaded view in its host element. `autofocus`: move focus to its first control once. */
function Hosted<P>({ view, props, autofocus }: { view: OnDemandView<P>; props: P; autofocus?: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    view.mount(el, props);
    if (autofocus && !focused.current) {
      focused.current = true;
      el.querySelector<HTMLElement>('select, textarea, input, button')?.focus();
    }
  });
  useEffect(() => {
    const el = host.current;
    return () => {
      if (el) view.unmount(el);
    };
  }, [view]);
  return <div ref={host} />;
}

const failure = (what: string, e: unknown) => `Could not open ${what}: ${e instanceof Error ? e.message : String(e)}`;

/** "Draft a message", then the composer. */
export function LazyComposer(props: Omit<ComposerPanelProps, 'toggle'>) {
  const [view, setView] = useState<OnDemand['composer'] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setLoading(true);
    setError(null);
    try {
      setView(await load('composer', inject));
    } catch (e) {
      setError(failure('the composer', e));
    }
    setLoading(false);
  }

  if (view) return <Hosted view={view} props={props} autofocus />;
  return (
    <div class="cg-actions">
      <button type="button" data-testid="cg-draft-open" aria-expanded="false" disabled={loading} onClick={open}>
        {loading ? 'Opening…' : 'Draft a message'}
      </button>
      {error && (
        <p class="cg-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** "Use as my profile", loaded as soon as the card shows the user's own page. */
export function LazySelfImport(props: SelfImportProps) {
  const [view, setView] = useState<OnDemand['self-import'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load('self-import', inject).then(setView, (e) => setError(failure('Use as my profile', e)));
  }, []);
  if (view) return <Hosted view={view} props={props} />;
  if (error) {
    return (
      <p class="cg-error" role="alert">
        {error}
      </p>
    );
  }
  return <p class="cg-muted">Loading…</p>;
}
