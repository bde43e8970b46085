// @vitest-environment jsdom
/**
 * The tracker's notes editor while the person changes elsewhere: it follows the stored notes until the
 * user types, then keeps their text, shows the newer notes and lets them choose; every save carries
 * the stored text it started from (`base`), so the background can refuse a stale one.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DetailsEdit, PersonDetails } from '@/components/PersonDetails';
import type { Person } from '@/utils/schema';
import { samplePerson } from '../samples';

let root: HTMLDivElement;
let edits: DetailsEdit[];
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  edits = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const $ = (testid: string) => root.querySelector<HTMLElement>(`[data-testid=${testid}]`);
const box = () => $('cg-notes-edit') as HTMLTextAreaElement;

/** Render the details for `person`, as the popup does after every (re)load. */
async function show(person: Person, busy = false) {
  await act(() =>
    render(
      <PersonDetails
        person={person}
        busy={busy}
        onMove={() => {}}
        onEdit={(_p, e) => edits.push(e)}
        onRemove={() => {}}
      />,
      root,
    ),
  );
}
async function type(value: string) {
  await act(() => {
    box().value = value;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (testid: string) => act(() => $(testid)?.click());

describe('the notes editor', () => {
  it('saves the whole text with the stored notes it started from', async () => {
    await show(samplePerson('ada', { notes: 'Met at the dinner' }));
    await type('Met at the dinner; likes cycling');
    await click('cg-notes-save');
    expect(edits).toEqual([{ kind: 'notes', notes: 'Met at the dinner; likes cycling', base: 'Met at the dinner' }]);
  });

  it('shows notes that changed elsewhere while the user had not typed', async () => {
    await show(samplePerson('ada', { notes: 'First' }));
    await show(samplePerson('ada', { notes: 'First\nAdded in a tab' }));
    expect(box().value).toBe('First\nAdded in a tab');
    expect($('cg-notes-conflict')).toBeNull();
    expect(($('cg-notes-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps what the user typed when the notes change elsewhere, and shows both', async () => {
    await show(samplePerson('ada', { notes: 'First' }));
    await type('First, edited in the popup');
    await show(samplePerson('ada', { notes: 'First\nAdded in a tab' }));
    expect(box().value).toBe('First, edited in the popup');
    expect($('cg-notes-conflict')?.getAttribute('role')).toBe('alert');
    expect($('cg-notes-conflict')?.textContent).toContain('These notes changed in another window');
    expect($('cg-notes-saved')?.textContent).toBe('First\nAdded in a tab');
    expect($('cg-notes-save')).toBeNull();
  });

  it('replaces the newer notes only when the user says so, based on what they saw', async () => {
    await show(samplePerson('ada', { notes: 'First' }));
    await type('Mine');
    await show(samplePerson('ada', { notes: 'Theirs' }));
    await click('cg-notes-overwrite');
    expect(edits).toEqual([{ kind: 'notes', notes: 'Mine', base: 'Theirs' }]);
    // The save lands: the stored notes are the user's, and the editor is calm again.
    await show(samplePerson('ada', { notes: 'Mine' }));
    expect($('cg-notes-conflict')).toBeNull();
    expect(box().value).toBe('Mine');
    await show(samplePerson('ada', { notes: 'Mine\nLater from a tab' }));
    expect(box().value).toBe('Mine\nLater from a tab');
  });

  it('drops the user’s text for the saved notes on "Discard my text"', async () => {
    await show(samplePerson('ada', { notes: 'First' }));
    await type('Mine');
    await show(samplePerson('ada', { notes: 'Theirs' }));
    await click('cg-notes-discard');
    expect(box().value).toBe('Theirs');
    expect($('cg-notes-conflict')).toBeNull();
    expect(edits).toEqual([]);
  });

  it('keeps the text after a refused save (the popup reloads the person and the conflict shows)', async () => {
    await show(samplePerson('ada', { notes: 'First' }));
    await type('Mine');
    await click('cg-notes-save');
    await show(samplePerson('ada', { notes: 'First' }), true);
    await show(samplePerson('ada', { notes: 'First\nAdded in a tab' }));
    expect(box().value).toBe('Mine');
    expect($('cg-notes-saved')?.textContent).toBe('First\nAdded in a tab');
  });
});

describe('the other details', () => {
  it('adds deeds and projects as single entries, not whole lists', async () => {
    await show(samplePerson('ada', { gave: [{ what: 'Old', at: '2026-01-01T00:00:00.000Z' }] }));
    const input = root.querySelector<HTMLInputElement>('[aria-label="Add to: What you did for them"]')!;
    await act(() => {
      input.value = 'Reviewed their talk';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => input.form?.requestSubmit());
    expect(edits).toEqual([{ kind: 'add', side: 'gave', what: 'Reviewed their talk' }]);
  });
});

describe('the give-and-take and project boxes', () => {
  const input = () => root.querySelector<HTMLInputElement>('[data-testid=cg-projects] input') as HTMLInputElement;
  async function add(value: string) {
    await act(() => {
      input().value = value;
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLFormElement>('[data-testid=cg-projects] form')?.requestSubmit());
  }

  it('keeps what the user typed until it is stored, then clears', async () => {
    const ada = samplePerson('ada');
    await show(ada);
    await add('Opening the Rotterdam hub');
    expect(edits).toEqual([{ kind: 'add', side: 'projects', what: 'Opening the Rotterdam hub' }]);
    // Not stored yet (or refused: storage full): the text stays.
    await show(ada);
    expect(input().value).toBe('Opening the Rotterdam hub');
    // Stored: the person comes back with it, and the box is empty for the next one.
    await show({ ...ada, projects: ['Opening the Rotterdam hub'] });
    expect(input().value).toBe('');
  });
});
