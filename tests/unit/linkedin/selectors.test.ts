// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SELECTORS } from '../../../utils/linkedin/selectors';
import { loadFixture, parseHtml } from './fixture';

type Row = [generation: keyof typeof SELECTORS, selector: string, fixture: string, count: number];

/**
 * How many elements each selector row matches on the fixture of its generation. When LinkedIn
 * changes its markup and a fixture is updated to match, exactly the affected rows fail.
 */
const COUNTS: Row[] = [
  ['ember-2018', 'topCard', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'name', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'headline', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'location', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'distanceBadge', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'topCardEntity', 'ember-2018-mateo-garcia-ruiz.html', 3],
  ['ember-2018', 'connections', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'about', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'highlights', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'highlightTitle', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'mutual', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'followers', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'experienceSection', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'position', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'groupedRole', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'educationSection', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'school', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'skill', 'ember-2018-mateo-garcia-ruiz.html', 4],
  ['ember-2018', 'interest', 'ember-2018-mateo-garcia-ruiz.html', 3],
  ['ember-2018', 'volunteering', 'ember-2018-mateo-garcia-ruiz.html', 1],
  ['ember-2018', 'cause', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'language', 'ember-2018-mateo-garcia-ruiz.html', 2],
  ['ember-2018', 'selfMarker', 'ember-2018-mateo-garcia-ruiz.html', 0],
  ['pvs-2022', 'topCard', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'name', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'headline', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'location', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'pronouns', 'pvs-2022-amara-okafor.html', 2],
  ['pvs-2022', 'distanceBadge', 'pvs-2022-amara-okafor.html', 2],
  ['pvs-2022', 'contactInfo', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'currentCompany', 'pvs-2022-amara-okafor.html', 2],
  ['pvs-2022', 'currentSchool', 'pvs-2022-amara-okafor.html', 2],
  ['pvs-2022', 'topCardCounts', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'mutual', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'sectionAnchor', 'pvs-2022-amara-okafor.html', 9],
  ['pvs-2022', 'sectionTitle', 'pvs-2022-amara-okafor.html', 12],
  ['pvs-2022', 'followers', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2022', 'entity', 'pvs-2022-amara-okafor.html', 20],
  ['pvs-2022', 'tab', 'pvs-2022-amara-okafor.html', 3],
  ['pvs-2022', 'tabPanel', 'pvs-2022-amara-okafor.html', 3],
  ['pvs-2022', 'cardText', 'pvs-2022-amara-okafor.html', 20],
  ['pvs-2022', 'selfMarker', 'pvs-2022-amara-okafor.html', 0],
  ['pvs-2022', 'otherMarker', 'pvs-2022-amara-okafor.html', 1],
  ['pvs-2024-07', 'topCard', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'name', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'headline', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'location', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'pronouns', 'pvs-2024-07-lior-ben-david.html', 4],
  ['pvs-2024-07', 'distanceBadge', 'pvs-2024-07-lior-ben-david.html', 2],
  ['pvs-2024-07', 'contactInfo', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'currentCompany', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'currentSchool', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'topCardCounts', 'pvs-2024-07-lior-ben-david.html', 2],
  ['pvs-2024-07', 'mutual', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'sectionAnchor', 'pvs-2024-07-lior-ben-david.html', 6],
  ['pvs-2024-07', 'sectionTitle', 'pvs-2024-07-lior-ben-david.html', 7],
  ['pvs-2024-07', 'followers', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-07', 'entity', 'pvs-2024-07-lior-ben-david.html', 14],
  ['pvs-2024-07', 'tab', 'pvs-2024-07-lior-ben-david.html', 5],
  ['pvs-2024-07', 'tabPanel', 'pvs-2024-07-lior-ben-david.html', 5],
  ['pvs-2024-07', 'cardText', 'pvs-2024-07-lior-ben-david.html', 5],
  ['pvs-2024-07', 'selfMarker', 'pvs-2024-07-lior-ben-david.html', 0],
  ['pvs-2024-07', 'otherMarker', 'pvs-2024-07-lior-ben-david.html', 1],
  ['pvs-2024-11', 'topCard', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'name', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'headline', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'location', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'pronouns', 'pvs-2024-11-nour-haddad.html', 2],
  ['pvs-2024-11', 'distanceBadge', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'contactInfo', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'currentCompany', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'currentSchool', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'topCardCounts', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'mutual', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'sectionAnchor', 'pvs-2024-11-nour-haddad.html', 2],
  ['pvs-2024-11', 'sectionTitle', 'pvs-2024-11-nour-haddad.html', 3],
  ['pvs-2024-11', 'followers', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'entity', 'pvs-2024-11-nour-haddad.html', 2],
  ['pvs-2024-11', 'tab', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'tabPanel', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'cardText', 'pvs-2024-11-nour-haddad.html', 1],
  ['pvs-2024-11', 'selfMarker', 'pvs-2024-11-nour-haddad.html', 0],
  ['pvs-2024-11', 'otherMarker', 'pvs-2024-11-nour-haddad.html', 1],
  ['details', 'main', 'details-amara-okafor-experience.html', 1],
  ['details', 'pagedItem', 'details-amara-okafor-experience.html', 4],
  ['details', 'entity', 'details-amara-okafor-experience.html', 6],
  ['details', 'list', 'details-amara-okafor-experience.html', 3],
  ['details', 'title', 'details-amara-okafor-experience.html', 1],
  ['details', 'tab', 'details-amara-okafor-experience.html', 0],
  ['details', 'tabPanel', 'details-amara-okafor-experience.html', 0],
];

/** Labelled negatives: a generation's hook must NOT match the markup it was replaced in. */
const NEGATIVES: [label: string, ...Row][] = [
  ['Nov 2024 hashed the h1 class', 'pvs-2024-07', 'name', 'pvs-2024-11-nour-haddad.html', 0],
  ['Jul 2024 renamed the anchor to __anchor', 'pvs-2022', 'sectionAnchor', 'pvs-2024-07-lior-ben-david.html', 0],
  ['2022 has no data-view-name entries', 'pvs-2024-07', 'entity', 'pvs-2022-amara-okafor.html', 0],
  ['2022 current company is a link, not a button', 'pvs-2024-07', 'currentCompany', 'pvs-2022-amara-okafor.html', 0],
  ['Ember top card is gone in pvs', 'ember-2018', 'topCard', 'pvs-2022-amara-okafor.html', 0],
  ['details pages have no member top card', 'pvs-2024-07', 'topCard', 'details-amara-okafor-experience.html', 0],
];

const cache = new Map<string, Document>();
function fixture(name: string): Document {
  let doc = cache.get(name);
  if (!doc) {
    doc = loadFixture(name);
    cache.set(name, doc);
  }
  return doc;
}

function selector(generation: keyof typeof SELECTORS, name: string): string {
  const table = SELECTORS[generation] as Readonly<Record<string, string>>;
  const value = table[name];
  if (value === undefined) throw new Error(`no selector ${generation}.${name}`);
  return value;
}

describe('selector registry: matches per row on the fixtures', () => {
  it.each(COUNTS)('%s.%s on %s matches %i', (generation, name, file, count) => {
    expect(fixture(file).querySelectorAll(selector(generation, name))).toHaveLength(count);
  });
  it.each(NEGATIVES)('(negative) %s: %s.%s on %s matches %i', (_label, generation, name, file, count) => {
    expect(fixture(file).querySelectorAll(selector(generation, name))).toHaveLength(count);
  });
});

describe('selector registry: every row is valid and counted', () => {
  const mine = ['ember-2018', 'pvs-2022', 'pvs-2024-07', 'pvs-2024-11', 'details'] as const;
  const empty = parseHtml('<html><body></body></html>');
  it.each(Object.entries(SELECTORS).flatMap(([g, table]) => Object.entries(table).map(([n, s]) => [g, n, s])))(
    '%s.%s is a valid selector',
    (_g, _n, s) => {
      expect(() => empty.querySelectorAll(String(s))).not.toThrow();
    },
  );
  it.each(mine)('every %s row has a count row', (generation) => {
    const counted = new Set(COUNTS.filter(([g]) => g === generation).map(([, n]) => n));
    expect(Object.keys(SELECTORS[generation]).filter((n) => !counted.has(n))).toEqual([]);
  });
});
