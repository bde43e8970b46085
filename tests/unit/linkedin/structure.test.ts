// @vitest-environment node
/**
 * Every generation is read by structure, not tag names: a class, attribute or link decides what an
 * element is, whatever element carries it. The fixtures are re-written with the entry classes on
 * another element (a div in a plain li, a bare div, the li and an inner div both) and must read the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/linkedin/read-page';
import { FIXTURES, parseHtml } from './fixture';

const IN = 'https://www.linkedin.com/in/';

/** Move the `cls` class of every `li` that has it onto another element (DOM-level, so nesting stays). */
function moveClass(html: string, cls: string, how: 'inner-div' | 'div' | 'both'): string {
  const doc = parseHtml(html);
  for (const li of [...doc.querySelectorAll(`li.${cls}`)]) {
    const div = doc.createElement('div');
    div.className = how === 'both' ? cls : li.className;
    div.append(...li.childNodes);
    if (how === 'div') li.replaceWith(div);
    else {
      if (how === 'inner-div') li.className = 'ember-view';
      li.append(div);
    }
  }
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}

const CASES = [
  ['ember-2018-mateo-garcia-ruiz.html', 'mateo-garcia-ruiz-test', 'pv-education-entity', 'education'],
  ['ember-2018-mateo-garcia-ruiz.html', 'mateo-garcia-ruiz-test', 'pv-position-entity', 'experience'],
  ['ember-2018-mateo-garcia-ruiz.html', 'mateo-garcia-ruiz-test', 'pv-interest-entity', 'interests'],
  ['ember-2018-mateo-garcia-ruiz.html', 'mateo-garcia-ruiz-test', 'pv-volunteering-entity', 'volunteering'],
  ['public-sofia-marquez.html', 'sofia-marquez-ux', 'experience-item', 'experience'],
  ['public-sofia-marquez.html', 'sofia-marquez-ux', 'education__list-item', 'education'],
] as const;

describe.each(CASES)('%s: %s on another element', (file, slug, cls, field) => {
  const html = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  const url = `${IN}${slug}/`;
  const want = readPage(parseHtml(html), url).profile?.[field];
  it('the fixture has entries to move', () => {
    expect(html).toContain(cls);
    expect(want?.length).toBeGreaterThan(0);
  });
  it.each(['inner-div', 'div', 'both'] as const)('%s', (how) => {
    const moved = moveClass(html, cls, how);
    expect(moved).not.toBe(html);
    expect(readPage(parseHtml(moved), url).profile?.[field]).toEqual(want);
  });
});

describe('pvs top-card counts in other UI languages', () => {
  const html = fs.readFileSync(path.join(FIXTURES, 'pvs-2024-07-lior-ben-david.html'), 'utf8');
  const url = `${IN}lior-ben-david-test/`;
  it.each([
    ['English (the fixture)', 'connections', 'followers'],
    ['German', 'Kontakte', 'Follower'],
    ['Polish', 'kontaktów', 'obserwujących'],
    ['a language without a table (Indonesian)', 'koneksi', 'pengikut'],
  ])('%s', (_label, connections, followers) => {
    const localised = html
      .replace('</span> connections</a>', `</span> ${connections}</a>`)
      .replace('</span> followers</li>', `</span> ${followers}</li>`);
    const { profile } = readPage(parseHtml(localised), url);
    expect(profile).toMatchObject({ connections: 500, followers: 3480 });
  });
});
