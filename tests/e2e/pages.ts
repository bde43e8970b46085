/** Which fixture answers which LinkedIn URL in the browser tests. */
import { fixture } from './browser';

/** A sample profile of an invented person. */
export const SAMPLE = {
  slug: 'maya-lindqvist',
  url: 'https://www.linkedin.com/in/maya-lindqvist/',
  name: 'Maya Lindqvist',
  pages: { 'maya-lindqvist': fixture('e2e', 'maya-lindqvist.html') } as Record<string, string>,
};
