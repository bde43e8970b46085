/** Which fixture answers which LinkedIn URL in the browser tests (invented people, tests/fixtures/linkedin). */
import { fixture } from './browser';

const page = (name: string) => fixture('linkedin', `${name}.html`);

/** A 2025–26 SDUI profile of an invented person. */
export const SAMPLE = {
  slug: 'amara-okafor',
  url: 'https://www.linkedin.com/in/amara-okafor/',
  name: 'Amara Okafor',
  pages: { 'amara-okafor': page('sdui-amara-okafor') } as Record<string, string>,
};

/** Every fixture profile by slug, for navigation and journey tests. */
export const PROFILES: Record<string, string> = {
  'amara-okafor': page('sdui-amara-okafor'),
  'noa-ben-david': page('sdui-noa-ben-david'),
  'jonas-berg-42': page('sdui-jonas-berg-self'),
  'amara-okafor-test': page('pvs-2022-amara-okafor'),
  'lior-ben-david-test': page('pvs-2024-07-lior-ben-david'),
  'nour-haddad': page('pvs-2024-11-nour-haddad'),
  'mateo-garcia-ruiz': page('ember-2018-mateo-garcia-ruiz'),
  // Hostile text, escaped: any script that runs would be ours.
  'robin-hostile-test': fixture('e2e', 'robin-escaped.html'),
  'sofia-marquez-ux': page('public-sofia-marquez'),
};
