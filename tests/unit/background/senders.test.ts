import { describe, expect, it } from 'vitest';
import { classifySender } from '@/utils/background/senders';

const OWN = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };

describe('classifySender', () => {
  it.each([
    ['the popup', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, { kind: 'extension-page' }],
    [
      'the options page in a tab',
      {
        id: 'ext-id',
        url: 'chrome-extension://ext-id/options.html',
        tab: { id: 7, url: 'chrome-extension://ext-id/options.html' },
      },
      { kind: 'extension-page', tabId: 7 },
    ],
    [
      "a content script in a LinkedIn tab's top frame",
      {
        id: 'ext-id',
        url: 'https://www.linkedin.com/in/ada/',
        tab: { id: 3, url: 'https://www.linkedin.com/in/ada/' },
        frameId: 0,
      },
      { kind: 'content-script', tabId: 3, frameId: 0, url: 'https://www.linkedin.com/in/ada/' },
    ],
    [
      'a content script in a sub-frame (the frame URL counts)',
      {
        id: 'ext-id',
        url: 'https://www.linkedin.com/in/bob/',
        tab: { id: 3, url: 'https://www.linkedin.com/feed/' },
        frameId: 5,
      },
      { kind: 'content-script', tabId: 3, frameId: 5, url: 'https://www.linkedin.com/in/bob/' },
    ],
  ])('%s', (_label, sender, expected) => {
    expect(classifySender(sender, OWN)).toEqual(expected);
  });

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['no id', { url: 'https://www.linkedin.com/in/ada/', tab: { id: 1 } }],
    ['our id but no tab and a web URL', { id: 'ext-id', url: 'https://www.linkedin.com/in/ada/' }],
    ['a look-alike origin', { id: 'ext-id', url: 'chrome-extension://ext-id-evil/popup.html' }],
    [
      'a tab at a non-https URL',
      { id: 'ext-id', url: 'http://www.linkedin.com/in/ada/', tab: { id: 2, url: 'http://www.linkedin.com/in/ada/' } },
    ],
  ])('%s is foreign', (_label, sender) => {
    expect(classifySender(sender, OWN)).toEqual({ kind: 'foreign' });
  });
});
