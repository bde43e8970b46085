/**
 * No lost updates (issue #12): two tabs adding notes to one person both keep theirs and each card
 * shows the other's; the popup's notes editor follows changes made on the card while untouched, and
 * keeps the user's text beside the newer notes when they changed while it was being edited.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, openExtensionPage, routeProfiles, sendToBackground, tabIdOf } from './browser';
import { card } from './card';
import { PROFILES, SAMPLE } from './pages';

let browser: ExtensionBrowser | null = null;
afterEach(async () => {
  await browser?.dispose();
  browser = null;
});

const panel = (page: Page, inner: string) => card(page).locator(inner);
const notesOnCard = (page: Page) =>
  panel(page, '[data-testid=cg-notes]')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''))
    .then((texts) => texts[0] ?? '');
const storedNotes = async (b: ExtensionBrowser) =>
  ((await sendToBackground(b, 'person/get', { slug: SAMPLE.slug })) as { notes: string } | null)?.notes;

async function addNote(page: Page, text: string): Promise<void> {
  await panel(page, '[data-testid=cg-note-input]').fill(text);
  await panel(page, '[data-testid=cg-note-add]').click();
}

/** Two tabs at the sample profile; saved in the first, which the second's card then shows. */
async function twoTabs(): Promise<{ b: ExtensionBrowser; one: Page; two: Page }> {
  const b = await launch();
  browser = b;
  await routeProfiles(b.context, PROFILES);
  const one = await b.context.newPage();
  await one.goto(SAMPLE.url);
  const two = await b.context.newPage();
  await two.goto(SAMPLE.url);
  await expect.poll(() => panel(two, '[data-testid=cg-save]').count()).toBe(1);
  await panel(one, '[data-testid=cg-save]').click();
  await expect.poll(() => panel(one, '[data-testid=cg-status]').count()).toBe(1);
  // The second tab was never reloaded: it hears that the person was saved and shows them saved.
  await expect.poll(() => panel(two, '[data-testid=cg-status]').getAttribute('data-status')).toBe('saved');
  return { b, one, two };
}

describe('two tabs editing one person', () => {
  it('keeps a note added in each tab, and each card shows the other’s', async () => {
    const { b, one, two } = await twoTabs();
    await addNote(one, 'Met at the Rotterdam meetup');
    await expect.poll(() => notesOnCard(one)).toBe('Met at the Rotterdam meetup');
    await expect.poll(() => notesOnCard(two)).toBe('Met at the Rotterdam meetup');
    await addNote(two, 'Ask about the freight hub');
    const both = 'Met at the Rotterdam meetup\nAsk about the freight hub';
    await expect.poll(() => storedNotes(b)).toBe(both);
    await expect.poll(() => notesOnCard(two)).toBe(both);
    await expect.poll(() => notesOnCard(one)).toBe(both);

    // Both at once: neither replaces the other.
    await Promise.all([addNote(one, 'From the first tab'), addNote(two, 'From the second tab')]);
    await expect
      .poll(async () => (await storedNotes(b))?.split('\n').slice(2).sort())
      .toEqual(['From the first tab', 'From the second tab']);
    await expect.poll(async () => (await notesOnCard(one)).split('\n').length).toBe(4);
    await expect.poll(async () => (await notesOnCard(two)).split('\n').length).toBe(4);
  });

  it('shows a stage moved in the other tab, and the Save button again when the person is deleted elsewhere', async () => {
    const { b, one, two } = await twoTabs();
    await panel(one, '[data-testid=cg-move]').selectOption('researching');
    await expect.poll(() => panel(two, '[data-testid=cg-status]').getAttribute('data-status')).toBe('researching');
    await sendToBackground(b, 'person/delete', { slug: SAMPLE.slug });
    await expect.poll(() => panel(one, '[data-testid=cg-save]').count()).toBe(1);
    await expect.poll(() => panel(two, '[data-testid=cg-save]').count()).toBe(1);
  });
});

describe('the popup and the card editing at once', () => {
  async function popupWithDetails(b: ExtensionBrowser): Promise<Page> {
    const popup = await openExtensionPage(b, 'popup.html');
    const row = popup.locator(`[data-testid=cg-person][data-slug="${SAMPLE.slug}"]`);
    await row.getByTestId('cg-details').click();
    await expect.poll(() => popup.getByTestId('cg-notes-edit').count()).toBe(1);
    return popup;
  }

  it('refreshes the untouched notes editor; keeps typed text beside newer notes and saves only on request', async () => {
    const { b, one } = await twoTabs();
    const popup = await popupWithDetails(b);
    const editor = popup.getByTestId('cg-notes-edit');
    expect(await editor.inputValue()).toBe('');

    // Untouched: a note added on the card shows in the popup at once.
    await addNote(one, 'Met at the Rotterdam meetup');
    await expect.poll(() => editor.inputValue()).toBe('Met at the Rotterdam meetup');

    // Edited in the popup while the card adds another note: the popup's text stays, the newer notes show.
    await editor.fill('Met at the Rotterdam meetup (she runs it)');
    await addNote(one, 'Ask about the freight hub');
    const conflict = popup.getByTestId('cg-notes-conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('These notes changed in another window while you were editing');
    expect(await popup.getByTestId('cg-notes-saved').textContent()).toBe(
      'Met at the Rotterdam meetup\nAsk about the freight hub',
    );
    expect(await editor.inputValue()).toBe('Met at the Rotterdam meetup (she runs it)');
    // Nothing was overwritten.
    expect(await storedNotes(b)).toBe('Met at the Rotterdam meetup\nAsk about the freight hub');

    // The user merges by hand and replaces the newer notes: the card shows their text.
    await editor.fill('Runs the Rotterdam meetup\nAsk about the freight hub');
    expect(await conflict.count()).toBe(1);
    await popup.getByTestId('cg-notes-overwrite').click();
    await expect.poll(() => storedNotes(b)).toBe('Runs the Rotterdam meetup\nAsk about the freight hub');
    await expect.poll(() => notesOnCard(one)).toBe('Runs the Rotterdam meetup\nAsk about the freight hub');
    await expect.poll(() => conflict.count()).toBe(0);
  });

  it('refuses a save based on notes that changed, with the reason, and keeps the typed text', async () => {
    const { b, one } = await twoTabs();
    await addNote(one, 'First note');
    const popup = await popupWithDetails(b);
    const editor = popup.getByTestId('cg-notes-edit');
    await expect.poll(() => editor.inputValue()).toBe('First note');
    await editor.fill('First note, rewritten');
    // Another window replaces the notes while the popup's save is on its way (as a slow event would).
    const answer = await popup.evaluate(async (slug) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      await chrome.runtime.sendMessage({ type: 'person/note', payload: { slug, text: 'Second note' } });
      return chrome.runtime.sendMessage({
        type: 'person/notes',
        payload: { slug, notes: 'First note, rewritten', base: 'First note' },
      });
    }, SAMPLE.slug);
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringContaining('These notes changed in another window'),
    });
    expect(await storedNotes(b)).toBe('First note\nSecond note');
    await expect.poll(() => popup.getByTestId('cg-notes-saved').textContent()).toBe('First note\nSecond note');
    expect(await editor.inputValue()).toBe('First note, rewritten');
  });

  it('shows a note added in the side panel on the card, and one added on the card in the side panel', async () => {
    const { b, one } = await twoTabs();
    const tabId = await tabIdOf(b, SAMPLE.url);
    const side = await openExtensionPage(b, `sidepanel.html?tab=${tabId}`);
    const at = (s: string) => side.locator(`[data-testid=cg-sidepanel] ${s}`);
    await expect.poll(() => at('[data-testid=cg-status]').count()).toBe(1);
    await at('[data-testid=cg-note-input]').fill('Added beside the page');
    await at('[data-testid=cg-note-add]').click();
    await expect.poll(() => notesOnCard(one)).toBe('Added beside the page');
    await addNote(one, 'Added on the card');
    await expect
      .poll(() => at('[data-testid=cg-notes]').textContent())
      .toBe('Added beside the page\nAdded on the card');
  });
});
