/**
 * The composer's state and actions, shared by the in-page card, the side panel and the popup.
 * Drafts come from the background (`draft/make`), so no surface bundles the drafting tables.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MessageType, RequestOf, Responses } from '@/utils/messages';
import type { DraftKind, PersonRole, Profile } from '@/utils/schema';
import type { ComposerProps } from './Composer';

/** `request` from utils/send.ts, passed in so the hook has no browser dependency of its own. */
type Request = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Responses[T]>;

/** Who the composer drafts for, and how it reaches the background. */
export interface UseComposerOptions {
  slug: string;
  /** The profile on screen, to draft for someone not saved yet. */
  profile?: Profile;
  role?: PersonRole;
  saved: boolean;
  request: Request;
  /** Called after copy / sent changed the person (to refresh the card or list). */
  onChanged?(): void;
  initialKind?: DraftKind;
}

/** The pipeline refuses the move (utils/outreach/pipeline.ts `move`): the person is already past it. */
const isDisallowedMove = (e: unknown) => e instanceof Error && /^Cannot move\b/.test(e.message);

/** Composer props for one person. */
export function useComposer(o: UseComposerOptions): ComposerProps {
  // No kind yet: the background drafts the kind the person's stage suggests first.
  const [kind, setKind] = useState<DraftKind | undefined>(o.initialKind);
  const [note, setNote] = useState('');
  const [variant, setVariant] = useState(0);
  const [draft, setDraft] = useState<ComposerProps['draft']>(null);
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    o.request('draft/make', { slug: o.slug, kind, variant, profile: o.profile, role: o.role, note: note || undefined })
      .then((d) => {
        if (!live) return;
        setDraft(d);
        setText(d.body);
        setSubject(d.subject ?? '');
      })
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [o.slug, kind, variant, note]);

  const run = async (fn: () => Promise<string>) => {
    setLoading(true);
    setError(null);
    try {
      setStatus(await fn());
      o.onChanged?.();
    } catch (e) {
      setError((e as Error).message);
    }
    setLoading(false);
  };

  return {
    kind: kind ?? draft?.kind ?? 'connection-note',
    draft,
    note,
    text,
    subject,
    loading,
    error,
    status,
    saved: o.saved,
    onKind: (k) => {
      setKind(k);
      setVariant(0);
      setNote('');
      setStatus(null);
    },
    onNote: setNote,
    onVariant: (step) => {
      const n = draft?.variants ?? 1;
      setVariant((variant + step + n) % n);
      setStatus(null);
    },
    onText: setText,
    onSubject: setSubject,
    onCopy: () =>
      run(async () => {
        await navigator.clipboard.writeText(subject ? `Subject: ${subject}\n\n${text}` : text);
        if (!o.saved) return 'Copied.';
        try {
          await o.request('person/move', { slug: o.slug, status: 'drafted' });
          return 'Copied. Marked as drafted.';
        } catch (e) {
          // Already past "drafted" (e.g. a follow-up to someone contacted): copying changes nothing.
          if (isDisallowedMove(e)) return 'Copied.';
          throw new Error(`Copied, but could not mark as drafted: ${(e as Error).message}`);
        }
      }),
    onSent: () =>
      run(async () => {
        await o.request('person/touch', { slug: o.slug });
        return 'Marked as contacted; the message is counted.';
      }),
  };
}
