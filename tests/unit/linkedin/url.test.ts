// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LINKEDIN_MATCHES } from '../../../utils/linkedin/hosts';
import {
  detailsSection,
  entityUrl,
  isAuthwall,
  isCheckpoint,
  isCompany,
  isDetailsPage,
  isFeed,
  isGroup,
  isJobs,
  isMessaging,
  isMyNetwork,
  isNewsletter,
  isOwnProfile,
  isPost,
  isProfile,
  isProfileOverlay,
  isRecentActivity,
  isSchool,
  isSearch,
  peopleLinkKind,
  profileSlug,
  profileUrl,
} from '../../../utils/linkedin/url';

/** Every detector with the URLs it must claim. Each URL must be claimed by its own detector only. */
const DETECTORS: Record<string, [(url: string) => boolean, string[]]> = {
  isProfile: [
    isProfile,
    [
      'https://www.linkedin.com/in/ann-lee/',
      'https://www.linkedin.com/in/ann-lee',
      'https://linkedin.com/in/ann-lee/?originalSubdomain=se',
      'https://se.linkedin.com/in/ann-lee',
      'https://www.linkedin.com/in/ann-lee/fr',
      'https://www.linkedin.com/in/ann-lee/#experience',
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/',
      'https://www.linkedin.com/in/%D9%86%D9%88%D8%B1-%D8%AD%D8%AF%D8%A7%D8%AF/',
    ],
  ],
  isOwnProfile: [isOwnProfile, ['https://www.linkedin.com/in/me/', 'https://www.linkedin.com/in/ME']],
  isProfileOverlay: [
    isProfileOverlay,
    [
      'https://www.linkedin.com/in/ann-lee/overlay/contact-info/',
      'https://www.linkedin.com/in/ann-lee/overlay/about-this-profile/',
    ],
  ],
  isDetailsPage: [
    isDetailsPage,
    [
      'https://www.linkedin.com/in/ann-lee/details/experience/',
      'https://www.linkedin.com/in/ann-lee/details/education?profileUrn=urn%3Ali%3Afsd_profile%3AACoAA',
      'https://fr.linkedin.com/in/ann-lee/details/interests/?tabIndex=1',
    ],
  ],
  isRecentActivity: [
    isRecentActivity,
    [
      'https://www.linkedin.com/in/ann-lee/recent-activity/',
      'https://www.linkedin.com/in/ann-lee/recent-activity/all/',
    ],
  ],
  isCompany: [isCompany, ['https://www.linkedin.com/company/1441/', 'https://www.linkedin.com/company/google/about/']],
  isSchool: [
    isSchool,
    ['https://www.linkedin.com/school/6926/', 'https://www.linkedin.com/school/queens-university/?x=1'],
  ],
  isGroup: [isGroup, ['https://www.linkedin.com/groups/7437240']],
  isNewsletter: [isNewsletter, ['https://www.linkedin.com/newsletters/6910248026854830080/']],
  isSearch: [
    isSearch,
    [
      'https://www.linkedin.com/search/results/people/?keywords=ann',
      'https://www.linkedin.com/search/results/all/?keywords=Queens',
    ],
  ],
  isFeed: [isFeed, ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed']],
  isPost: [
    isPost,
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000000/',
      'https://www.linkedin.com/posts/ann-lee_x-activity-1/',
    ],
  ],
  isMessaging: [isMessaging, ['https://www.linkedin.com/messaging/thread/2-abc/']],
  isMyNetwork: [isMyNetwork, ['https://www.linkedin.com/mynetwork/invite-connect/connections/']],
  isJobs: [isJobs, ['https://www.linkedin.com/jobs/view/123/']],
  isAuthwall: [
    isAuthwall,
    [
      'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fann-lee',
      'https://www.linkedin.com/login',
      'https://www.linkedin.com/uas/login?session_redirect=x',
    ],
  ],
  isCheckpoint: [isCheckpoint, ['https://www.linkedin.com/checkpoint/challenge/AgF']],
};

const ALL = Object.entries(DETECTORS).flatMap(([name, [, urls]]) => urls.map((url) => [name, url] as const));

/** URLs no detector claims. */
const NOBODY = [
  'https://www.linkedin.com/',
  'https://www.linkedin.com/in/',
  'https://example.com/in/ann-lee/',
  'https://www.linkedin.com.evil.example/in/ann-lee/',
  'not a url',
  'https://www.linkedin.com/uas/logout',
];

describe('each detector claims its own URLs and no other detector does', () => {
  it.each(ALL)('%s claims %s', (name, url) => {
    const claimed = Object.entries(DETECTORS)
      .filter(([, [detect]]) => detect(url))
      .map(([n]) => n);
    expect(claimed).toEqual([name]);
  });
  it.each(NOBODY)('(negative) nobody claims %s', (url) => {
    const claimed = Object.entries(DETECTORS)
      .filter(([, [detect]]) => detect(url))
      .map(([n]) => n);
    expect(claimed).toEqual([]);
  });
});

describe('profileSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/Ann-Lee/', 'ann-lee'],
    ['https://www.linkedin.com/in/ann-lee/details/skills/', 'ann-lee'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'jürgen-müller'],
    ['https://www.linkedin.com/in/bad%E0%A4%A/', 'bad%e0%a4%a'],
    ['https://www.linkedin.com/company/1441/', null],
    ['https://example.com/in/ann-lee/', null],
  ])('%s → %s', (url, slug) => {
    expect(profileSlug(url)).toBe(slug);
  });
  it('profileUrl round-trips an encoded slug', () => {
    expect(profileUrl('jürgen-müller')).toBe('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/');
    expect(profileSlug(profileUrl('jürgen-müller'))).toBe('jürgen-müller');
    expect(detailsSection('https://www.linkedin.com/in/ann-lee/details/Experience/')).toBe('experience');
    expect(detailsSection('https://www.linkedin.com/in/ann-lee/')).toBeNull();
  });
});

describe('entityUrl keeps LinkedIn’s own links, normalised', () => {
  it.each([
    ['https://www.linkedin.com/company/1441/?trk=x', 'https://www.linkedin.com/company/1441/'],
    ['/company/1441', 'https://www.linkedin.com/company/1441/'],
    ['https://se.linkedin.com/school/6926/?legacySchoolId=6926', 'https://www.linkedin.com/school/6926/'],
    ['https://www.linkedin.com/groups/7437240', 'https://www.linkedin.com/groups/7437240/'],
    ['https://www.linkedin.com/in/dorapalfi', 'https://www.linkedin.com/in/dorapalfi/'],
    ['https://www.linkedin.com/search/results/all/?keywords=Google', undefined],
    ['https://example.com/company/1/', undefined],
    [undefined, undefined],
  ])('%s → %s', (href, expected) => {
    expect(entityUrl(href)).toBe(expected);
  });
});

describe('every LinkedIn host a profile is served from', () => {
  const HOSTS = ['www.linkedin.com', 'linkedin.com', 'se.linkedin.com', 'de.linkedin.com', 'm.linkedin.com'];
  it.each(HOSTS)('%s: the same slug is the same person, canonical URL on www', (host) => {
    const url = `https://${host}/in/Ann-Lee/?originalSubdomain=se`;
    expect(isProfile(url)).toBe(true);
    expect(profileSlug(url)).toBe('ann-lee');
    expect(profileUrl(profileSlug(url) ?? '')).toBe('https://www.linkedin.com/in/ann-lee/');
    expect(isDetailsPage(`https://${host}/in/ann-lee/details/experience/`)).toBe(true);
  });

  /** Chrome's match-pattern rule for `https://*.<domain>/*`: the domain itself or any sub-domain of it. */
  const matches = (pattern: string, url: string) => {
    const m = pattern.match(/^https:\/\/\*\.([^/]+)\/\*$/);
    const u = new URL(url);
    return Boolean(m?.[1]) && u.protocol === 'https:' && (u.hostname === m?.[1] || u.hostname.endsWith(`.${m?.[1]}`));
  };
  it('the content script and host permissions (LINKEDIN_MATCHES) cover every host the detectors accept', () => {
    for (const [, url] of ALL) expect(LINKEDIN_MATCHES.some((p) => matches(p, url))).toBe(true);
  });
  it.each([
    'https://www.linkedin.com.evil.example/in/ann-lee/',
    'https://evil-linkedin.com/in/ann-lee/',
    'https://example.com/in/ann-lee/',
    'http://www.linkedin.com/in/ann-lee/',
  ])('(negative) LinkedIn only: %s is not matched', (url) => {
    expect(LINKEDIN_MATCHES.some((p) => matches(p, url))).toBe(false);
  });
  it.each(['https://business.linkedin.com/in/ann-lee/', 'https://learning.linkedin.com/in/ann-lee/'])(
    '(negative) %s is not a profile (not www, m or a country host)',
    (url) => {
      expect(isProfile(url)).toBe(false);
    },
  );
});

describe('peopleLinkKind tells connections from mutual connections by URL, in any language', () => {
  it.each([
    ['https://www.linkedin.com/mynetwork/invite-connect/connections/', 'connections'],
    [
      'https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&network=%5B%22F%22%5D&connectionOf=%5B%22ACoAA%22%5D',
      'mutual',
    ],
    [
      'https://www.linkedin.com/search/results/people/?connectionOf=%5B%22ACoAA%22%5D&network=%5B%22F%22%2C%22S%22%5D',
      'connections',
    ],
    ['https://www.linkedin.com/search/results/people/?connectionOf=%5B%22ACoAA%22%5D', 'connections'],
    ['https://www.linkedin.com/search/results/people/?facetNetwork=%22F%22&facetConnectionOf=%22ACoAA%22', 'mutual'],
    ['/search/results/people/?facetConnectionOf=%5B%22urn%22%5D&facetNetwork=%5B%22F%22%5D', 'mutual'],
    ['https://www.linkedin.com/search/results/people/?keywords=ann', undefined],
    ['https://example.com/mynetwork/invite-connect/connections/', undefined],
    [undefined, undefined],
  ])('%s → %s', (href, kind) => {
    expect(peopleLinkKind(href)).toBe(kind);
  });
});
