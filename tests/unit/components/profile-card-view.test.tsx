// @vitest-environment jsdom
/** The card: Save by the suggested role, the saved person's controls, and the note box. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { popoverPosition } from '@/components/OverlapBadge';
import { ProfileCardView } from '@/components/ProfileCardView';
import { SelfImport } from '@/components/SelfImport';
import type { ProfileCard } from '@/utils/messages';
import { type FitRole, type Overlap, type PersonRole, Settings } from '@/utils/schema';
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
        onUpdate={() => {}}
        onRemove={() => {}}
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

describe('Save', () => {
  const overlap = (role: FitRole): Overlap => ({ items: [], score: 40, fit: { role, reasons: ['VP'] } });
  function showUnsaved(fit: FitRole | null, saved: PersonRole[]) {
    render(
      <ProfileCardView
        view={{ state: 'profile', card: { ...card, person: null, overlap: fit ? overlap(fit) : null } }}
        onSave={(role) => saved.push(role)}
        onMove={() => {}}
        onUpdate={() => {}}
        onRemove={() => {}}
        onNote={async () => true}
        onOpenOptions={() => {}}
        SelfImport={SelfImport}
      />,
      root,
    );
  }

  it.each<[FitRole | null, PersonRole, string]>([
    ['sponsor', 'sponsor', 'Save as potential sponsor'],
    ['mentor', 'mentor', 'Save as potential mentor'],
    ['peer', 'connector', 'Save as connector'],
    [null, 'mentor', 'Save as potential mentor'],
  ])('follows the suggested role (%s → %s), the others beside it', async (fit, role, label) => {
    const saved: PersonRole[] = [];
    await act(() => showUnsaved(fit, saved));
    const main = root.querySelector<HTMLButtonElement>('[data-testid=cg-save]')!;
    expect(main.textContent).toBe(label);
    main.click();
    const others = [...root.querySelectorAll<HTMLButtonElement>('.cg-save-other')];
    expect(others.map((b) => b.dataset.role).sort()).toEqual(
      (['sponsor', 'mentor', 'both', 'connector'] as const).filter((r) => r !== role).sort(),
    );
    others[0]?.click();
    expect(saved).toEqual([role, others[0]?.dataset.role]);
  });

  it('moves between the save buttons with the arrow keys', async () => {
    await act(() => showUnsaved('peer', []));
    const main = root.querySelector<HTMLButtonElement>('[data-testid=cg-save]')!;
    main.focus();
    main.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-role')).toBe('sponsor');
  });
});

describe('the saved person’s controls', () => {
  it('offers every other stage, the next steps first, and changes role, follow-up and removes', async () => {
    const calls: unknown[] = [];
    await act(() =>
      render(
        <ProfileCardView
          view={{ state: 'profile', card }}
          onSave={() => {}}
          onMove={(s) => calls.push(['move', s])}
          onUpdate={(patch) => calls.push(['update', patch])}
          onRemove={() => calls.push(['remove'])}
          onNote={async () => true}
          onOpenOptions={() => {}}
          SelfImport={SelfImport}
          toast={{ message: 'Moved Ada Okafor to Meeting', undo: () => calls.push(['undo']) }}
          onDismissToast={() => {}}
        />,
        root,
      ),
    );
    const move = root.querySelector<HTMLSelectElement>('[data-testid=cg-move]')!;
    const groups = [...move.querySelectorAll('optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.value),
    ]);
    expect(groups).toEqual([
      ['Next steps', ['researching', 'drafted', 'contacted', 'dormant']],
      ['Any other stage', ['replied', 'meeting', 'sponsoring', 'mentoring', 'declined', 'thanked', 'referral-asked']],
    ]);
    await act(() => {
      move.value = 'meeting';
      move.dispatchEvent(new Event('change', { bubbles: true }));
      const role = root.querySelector<HTMLSelectElement>('[data-testid=cg-role]')!;
      role.value = 'connector';
      role.dispatchEvent(new Event('change', { bubbles: true }));
      const date = root.querySelector<HTMLInputElement>('[data-testid=cg-followup-date]')!;
      date.value = '';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector<HTMLButtonElement>('[data-testid=cg-remove]')!.click();
      root.querySelector<HTMLButtonElement>('[data-testid=cg-undo]')!.click();
    });
    expect(calls).toEqual([
      ['move', 'meeting'],
      ['update', { role: 'connector' }],
      ['update', { nextFollowUp: null }],
      ['remove'],
      ['undo'],
    ]);
    expect(root.querySelector('[data-testid=cg-toast]')?.getAttribute('role')).toBe('status');
  });
});

describe('evidence popovers', () => {
  it.each([
    ['below the badge', { left: 10, top: 100, bottom: 120 }, { left: 10, top: 124 }],
    ['pulled left at the right edge', { left: 900, top: 100, bottom: 120 }, { left: 696, top: 124 }],
    ['above the badge at the bottom edge', { left: 10, top: 700, bottom: 720 }, { left: 10, top: 616 }],
  ])('sits inside the viewport: %s', (_label, anchor, expected) => {
    expect(popoverPosition(anchor, { width: 320, height: 80 }, { width: 1024, height: 768 })).toEqual(expected);
  });
});
