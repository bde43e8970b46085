// @vitest-environment jsdom
/** The composer as a person uses it: the meter, what to cut, variants, edits kept, copy and "I sent it". */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from '@/components/Composer';
import { type UseComposerOptions, useComposer } from '@/components/useComposer';
import type { Draft } from '@/utils/messages';
import { DraftKind } from '@/utils/schema';

const GREETING = 'Hi Amara,';
const OPENER = 'We both studied at Erasmus University Rotterdam.';
const GOAL = 'I am growing into an engineering manager role.';
const THANKS = 'Thank you for reading this far.';
const ASK = 'Would you have 15 minutes for a coffee?';

/** A draft as the background would send it (sentences joined by spaces). */
function makeDraft(over: Partial<Draft> = {}): Draft {
  const sentences = [
    { text: GREETING, importance: 3, before: ' ' },
    { text: OPENER, importance: 3, before: ' ' },
    { text: GOAL, importance: 2, before: ' ' },
    { text: THANKS, importance: 0, before: ' ' },
    { text: ASK, importance: 3, before: ' ' },
  ] as Draft['sentences'];
  const body = sentences.map((s) => s.text).join(' ');
  return {
    kind: 'first-message',
    variant: 0,
    variants: 3,
    body,
    limit: 3000,
    length: body.length,
    over: 0,
    cuts: [],
    sentences,
    kinds: DraftKind.options,
    evidence: [],
    ...over,
  };
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const $ = (testid: string) => root.querySelector<HTMLElement>(`[data-testid=${testid}]`);
const text = () => $('cg-draft-text') as HTMLTextAreaElement;
const meter = () => $('cg-draft-meter')?.textContent ?? '';
/** Let pending promises settle and Preact re-render. */
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => el.click());
  await settle();
}
async function choose(kind: DraftKind) {
  const select = $('cg-draft-kind') as HTMLSelectElement;
  await act(() => {
    select.value = kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('Composer (props only)', () => {
  const props = (over: Partial<ComposerProps> = {}): ComposerProps => {
    const draft = makeDraft({ kind: 'connection-note', limit: 60 });
    return {
      kind: draft.kind,
      draft,
      text: draft.body,
      subject: '',
      loading: false,
      error: null,
      status: null,
      saved: true,
      note: '',
      onKind: vi.fn(),
      onNote: vi.fn(),
      onVariant: vi.fn(),
      onText: vi.fn(),
      onSubject: vi.fn(),
      onCopy: vi.fn(),
      onSent: vi.fn(),
      ...over,
    };
  };

  it.each([
    { label: 'well under the limit', text: 'Hi!', meter: '3 / 60', over: false },
    { label: 'exactly at the limit', text: 'x'.repeat(60), meter: '60 / 60', over: false },
    { label: 'one over', text: 'x'.repeat(61), meter: '61 / 60 — 1 over', over: true },
    { label: 'a line break counts twice', text: `${'x'.repeat(58)}\nx`, meter: '61 / 60 — 1 over', over: true },
    { label: 'an emoji counts its code units', text: `${'x'.repeat(58)}👍`, meter: '60 / 60', over: false },
  ])('meter: $label → "$meter"', ({ text: t, meter: m, over }) => {
    render(<Composer {...props({ text: t })} />, root);
    expect(meter()).toBe(m);
    expect($('cg-draft-meter')?.classList.contains('cg-over')).toBe(over);
    expect($('cg-draft-meter')?.getAttribute('aria-live')).toBe('polite');
  });

  it('when over, lists the least important sentences still in the text first, never the core ones', () => {
    const p = props();
    render(<Composer {...p} />, root);
    const cuts = [...root.querySelectorAll('[data-testid=cg-draft-cuts] li')].map((li) => li.textContent);
    expect(cuts[0]).toBe(`“${THANKS}”`);
    expect(cuts).toContain(`“${GOAL}”`);
    expect(cuts.join(' ')).not.toMatch(/Erasmus|coffee|Hi Amara/);
    expect($('cg-draft-cuts')?.textContent).toMatch(/^To fit, cut:/);
  });

  it.each([
    { label: 'fits', text: 'Hi Amara, coffee?', shown: false },
    { label: 'over, but the cuttable sentences were edited away', text: `${GREETING} ${OPENER} ${ASK}`, shown: false },
    { label: 'over with a cuttable sentence left', text: `${GREETING} ${OPENER} ${THANKS} ${ASK}`, shown: true },
  ])('cuts: $label → shown $shown', ({ text: t, shown }) => {
    render(<Composer {...props({ text: t })} />, root);
    expect($('cg-draft-cuts') !== null).toBe(shown);
  });

  it.each([
    { label: 'saved: Copy and I sent it', saved: true, sent: true, note: false },
    { label: 'not saved: Copy only, and a note to save', saved: false, sent: false, note: true },
  ])('$label', ({ saved, sent, note }) => {
    render(<Composer {...props({ saved })} />, root);
    expect($('cg-draft-copy')).not.toBeNull();
    expect($('cg-draft-sent') !== null).toBe(sent);
    expect(root.textContent?.includes('Save this person to track the draft.')).toBe(note);
    expect(root.textContent).toContain('Common Ground never sends anything');
  });

  it.each([
    { label: 'InMail has a subject', kind: 'inmail' as const, subjectLimit: 200, shown: true },
    { label: 'a first message has none', kind: 'first-message' as const, subjectLimit: undefined, shown: false },
  ])('subject: $label', ({ kind, subjectLimit, shown }) => {
    const draft = makeDraft({ kind, subjectLimit, subject: subjectLimit ? 'A question' : undefined });
    render(<Composer {...props({ kind, draft, text: draft.body, subject: draft.subject ?? '' })} />, root);
    expect($('cg-draft-subject') !== null).toBe(shown);
  });

  it('labels every control (kind, message, subject) by its own id', () => {
    const draft = makeDraft({ kind: 'inmail', subjectLimit: 200, subject: 'Hello' });
    render(<Composer {...props({ kind: 'inmail', draft, text: draft.body, subject: 'Hello' })} />, root);
    for (const id of ['cg-draft-kind', 'cg-draft-subject']) {
      const el = $(id) as HTMLElement;
      expect(root.querySelector(`label[for="${el.id}"]`)).not.toBeNull();
    }
    expect(text().getAttribute('aria-describedby')).toBe($('cg-draft-meter')?.id);
    expect($('cg-draft-variant')?.textContent).toContain('Variant 1 of 3');
  });

  it('shows an error and no draft', () => {
    render(<Composer {...props({ draft: null, text: '', error: 'The extension could not be reached.' })} />, root);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The extension could not be reached.');
    expect($('cg-draft-text')).toBeNull();
  });
});

describe('useComposer (with a fake background)', () => {
  let calls: { type: string; payload: Record<string, unknown> }[];
  let writeText: ReturnType<typeof vi.fn>;
  let moveError: string | null;

  beforeEach(() => {
    calls = [];
    moveError = null;
    writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  const request = (async (type: string, payload: Record<string, unknown>) => {
    calls.push({ type, payload });
    if (type === 'draft/make') {
      // No kind: the background drafts the kind the stage suggests first.
      const kind = (payload.kind as DraftKind | undefined) ?? 'connection-note';
      const variant = ((payload.variant as number) ?? 0) % 3;
      const inmail = kind === 'inmail';
      const note = payload.note as string | undefined;
      return makeDraft({
        kind,
        variant,
        body: `${kind} variant ${variant + 1}${note ? ` about ${note}` : ''}`,
        ...(kind === 'thank-you' ? { note: { label: 'What you discussed', hint: 'In your words.' } } : {}),
        ...(kind === 'thank-you' && !note ? { notice: 'Add “What you discussed” above.' } : {}),
        ...(inmail ? { subject: 'Erasmus alumni question', subjectLimit: 200 } : {}),
      });
    }
    if (type === 'person/move' && moveError) throw new Error(moveError);
    return null;
  }) as unknown as UseComposerOptions['request'];

  function Harness({ options }: { options: Omit<UseComposerOptions, 'request'> }) {
    return <Composer {...useComposer({ ...options, request })} />;
  }
  async function mount(saved = true) {
    await act(() => render(<Harness options={{ slug: 'amara-okafor', saved, role: 'mentor' }} />, root));
    await settle();
  }
  const ofType = (type: string) => calls.filter((c) => c.type === type);

  it('drafts a connection note first, then the chosen kind', async () => {
    await mount();
    expect(text().value).toBe('connection-note variant 1');
    await choose('first-message');
    expect(text().value).toBe('first-message variant 1');
    expect(ofType('draft/make').at(-1)?.payload).toMatchObject({ slug: 'amara-okafor', kind: 'first-message' });
  });

  it('asks for what only the user knows, and drafts with their words', async () => {
    await mount();
    expect($('cg-draft-note')).toBeNull();
    await choose('thank-you');
    expect($('cg-draft-notice')?.textContent).toContain('What you discussed');
    const field = $('cg-draft-note') as HTMLTextAreaElement;
    expect(root.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('What you discussed');
    await act(() => {
      field.value = 'the promotion panel';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(ofType('draft/make').at(-1)?.payload).toMatchObject({ kind: 'thank-you', note: 'the promotion panel' });
    expect(text().value).toBe('thank-you variant 1 about the promotion panel');
    expect($('cg-draft-notice')).toBeNull();
  });

  it('steps through the variants and wraps around', async () => {
    await mount();
    const [prev, next] = [...($('cg-draft-variant')?.querySelectorAll('button') ?? [])];
    await click(next);
    expect($('cg-draft-variant')?.textContent).toContain('Variant 2 of 3');
    expect(text().value).toBe('connection-note variant 2');
    await click(prev);
    await click(prev);
    expect($('cg-draft-variant')?.textContent).toContain('Variant 3 of 3');
    expect(ofType('draft/make').at(-1)?.payload.variant).toBe(2);
  });

  it('keeps edits (and measures them live) until the kind or variant changes', async () => {
    await mount();
    await type(text(), 'My own words');
    expect(meter()).toBe('12 / 3000');
    await click($('cg-draft-copy'));
    expect(text().value).toBe('My own words');
    expect(writeText).toHaveBeenLastCalledWith('My own words');
    await choose('thank-you');
    expect(text().value).toBe('thank-you variant 1');
  });

  it.each([
    { label: 'saved: copies and marks drafted', saved: true, moves: 1, status: 'Copied. Marked as drafted.' },
    { label: 'not saved: copies only', saved: false, moves: 0, status: 'Copied.' },
  ])('copy, $label', async ({ saved, moves, status }) => {
    await mount(saved);
    await click($('cg-draft-copy'));
    expect(writeText).toHaveBeenCalledWith('connection-note variant 1');
    expect(ofType('person/move')).toHaveLength(moves);
    if (moves) expect(ofType('person/move')[0]?.payload).toEqual({ slug: 'amara-okafor', status: 'drafted' });
    expect($('cg-draft-status')?.textContent).toBe(status);
  });

  it('copies an InMail with its (edited) subject first', async () => {
    await mount();
    await choose('inmail');
    await type($('cg-draft-subject') as HTMLInputElement, 'Fellow Erasmus alum');
    await click($('cg-draft-copy'));
    expect(writeText).toHaveBeenCalledWith('Subject: Fellow Erasmus alum\n\ninmail variant 1');
  });

  it.each([
    {
      label: 'already past drafted: copied, no error',
      error: 'Cannot move from contacted to drafted (allowed: replied)',
      status: 'Copied.',
      alert: null,
    },
    {
      label: 'any other failure is shown',
      error: 'No saved person "amara-okafor".',
      status: null,
      alert: 'Copied, but could not mark as drafted: No saved person "amara-okafor".',
    },
  ])('copy when the move fails — $label', async ({ error, status, alert }) => {
    moveError = error;
    await mount();
    await click($('cg-draft-copy'));
    expect(writeText).toHaveBeenCalled();
    expect($('cg-draft-status')?.textContent ?? null).toBe(status);
    expect(root.querySelector('[role=alert]')?.textContent ?? null).toBe(alert);
  });

  it('I sent it counts a touch', async () => {
    await mount();
    await click($('cg-draft-sent'));
    expect(ofType('person/touch')).toEqual([{ type: 'person/touch', payload: { slug: 'amara-okafor' } }]);
    expect($('cg-draft-status')?.textContent).toMatch(/contacted/);
  });

  it('a clipboard refusal is shown, and nothing is marked', async () => {
    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    await mount();
    await click($('cg-draft-copy'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Document is not focused.');
    expect(ofType('person/move')).toHaveLength(0);
  });
});
