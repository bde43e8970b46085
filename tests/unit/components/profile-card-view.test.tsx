// @vitest-environment jsdom
/** The card's note box: the background appends the note; the box keeps the text until it is saved. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfileCardView } from '@/components/ProfileCardView';
import { SelfImport } from '@/components/SelfImport';
import type { ProfileCard } from '@/utils/messages';
import { Settings } from '@/utils/schema';
import { samplePerson, sampleProfile } from '../samples';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const card: ProfileCard = {
  profile: sampleProfile('ada'),
  overlap: null,
  person: samplePerson('ada', { notes: 'Earlier note' }),
  meEmpty: false,
  settings: Settings.parse({}),
};
const input = () => root.querySelector<HTMLInputElement>('[data-testid=cg-note-input]')!;
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

async function addNote(onNote: (text: string) => Promise<boolean>, text: string) {
  await act(() =>
    render(
      <ProfileCardView
        view={{ state: 'profile', card }}
        onSave={() => {}}
        onMove={() => {}}
        onNote={onNote}
        onOpenOptions={() => {}}
        SelfImport={SelfImport}
      />,
      root,
    ),
  );
  await act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => input().form?.requestSubmit());
  await settle();
}

describe('the card’s note box', () => {
  it('sends only the new note (the background appends it to what is stored) and clears once saved', async () => {
    const sent: string[] = [];
    await addNote(async (text) => {
      sent.push(text);
      return true;
    }, '  Ask about Rotterdam  ');
    expect(sent).toEqual(['Ask about Rotterdam']);
    expect(input().value).toBe('');
  });

  it('keeps the typed note when saving it failed', async () => {
    await addNote(async () => false, 'Ask about Rotterdam');
    expect(input().value).toBe('Ask about Rotterdam');
  });
});
