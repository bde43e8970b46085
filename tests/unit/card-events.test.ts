import { describe, expect, it } from 'vitest';
import { isCardEvent, isFromBackground } from '@/utils/card-events';

const OWN = 'our-extension-id';

describe('change events to the content script', () => {
  it.each([
    [
      'our background (tabs.sendMessage: our id, no tab)',
      { id: OWN, url: `chrome-extension://${OWN}/background.js` },
      true,
    ],
    ['another extension', { id: 'someone-else' }, false],
    ['a sender without an id', {}, false],
    ['anything sent from a tab, even with our id', { id: OWN, tab: { id: 3 } }, false],
  ])('%s: %s', (_label, sender, accepted) => {
    expect(isFromBackground(sender, OWN)).toBe(accepted);
  });

  it.each([
    [{ event: 'cards-changed', slug: 'ada' }, true],
    [{ event: 'cards-changed' }, true],
    [{ event: 'something-else' }, false],
    ['cards-changed', false],
    [null, false],
  ])('recognises %j as a change event: %s', (message, is) => {
    expect(isCardEvent(message)).toBe(is);
  });
});
