// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isProfileUrlOf, openableProfileUrl, profileUrlProblem } from '@/utils/linkedin/profile-url';
import { Profile } from '@/utils/schema';
import { sampleProfile } from '../samples';

describe('profile URL check', () => {
  it.each([
    ['www', 'https://www.linkedin.com/in/ada-okafor/', 'ada-okafor'],
    ['bare host', 'https://linkedin.com/in/ada-okafor/', 'ada-okafor'],
    ['country sub-domain se.', 'https://se.linkedin.com/in/ada-okafor/', 'ada-okafor'],
    ['country sub-domain de.', 'https://de.linkedin.com/in/ada-okafor', 'ada-okafor'],
    ['upper-case host and slug', 'https://WWW.LinkedIn.com/in/Ada-Okafor/', 'ada-okafor'],
    ['encoded slug', 'https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez/', 'josé-núñez'],
    ['secondary language', 'https://www.linkedin.com/in/ada-okafor/fr', 'ada-okafor'],
    ['explicit default port', 'https://www.linkedin.com:443/in/ada-okafor/', 'ada-okafor'],
    ['a query', 'https://www.linkedin.com/in/ada-okafor/?originalSubdomain=se', 'ada-okafor'],
  ])('accepts %s', (_label, url, slug) => {
    expect(profileUrlProblem(url, slug)).toBeNull();
    expect(isProfileUrlOf(url, slug)).toBe(true);
  });

  it.each([
    ['data:', 'data:text/html,<script>alert(1)</script>', /not an https:\/\/ address \(data:\)/],
    ['file:', 'file:///etc/passwd', /not an https:\/\/ address \(file:\)/],
    ['chrome:', 'chrome://settings/', /not an https:\/\/ address \(chrome:\)/],
    ['javascript:', 'javascript:alert(1)', /not an https:\/\/ address/],
    ['http', 'http://www.linkedin.com/in/ada-okafor/', /not an https:\/\/ address \(http:\)/],
    ['another site', 'https://evil.example/in/ada-okafor/', /not a LinkedIn profile page \(evil\.example/],
    ['a look-alike host', 'https://www.linkedin.com.evil.example/in/ada-okafor/', /not a LinkedIn profile page/],
    ['a deeper sub-domain', 'https://a.b.linkedin.com/in/ada-okafor/', /not a LinkedIn profile page/],
    ['credentials', 'https://ada@www.linkedin.com/in/ada-okafor/', /user name, password or port/],
    ['a port', 'https://www.linkedin.com:8443/in/ada-okafor/', /user name, password or port/],
    ['a company page', 'https://www.linkedin.com/company/1441/', /not a LinkedIn profile page/],
    ['a details page', 'https://www.linkedin.com/in/ada-okafor/details/experience/', /not a LinkedIn profile page/],
    ['the own-profile shortcut', 'https://www.linkedin.com/in/me/', /not a LinkedIn profile page/],
    ['someone else', 'https://www.linkedin.com/in/lin-wu/', /the profile of "lin-wu", not of "ada-okafor"/],
    ['not a URL', 'ada-okafor', /not a web address/],
    ['empty', '', /not a web address/],
  ])('(negative) refuses %s with the reason', (_label, url, reason) => {
    expect(profileUrlProblem(url, 'ada-okafor')).toMatch(reason);
    expect(isProfileUrlOf(url, 'ada-okafor')).toBe(false);
  });

  it('Open takes the stored URL when it passes, else the canonical one', () => {
    expect(openableProfileUrl('https://se.linkedin.com/in/ada/', 'ada')).toBe('https://se.linkedin.com/in/ada/');
    expect(openableProfileUrl('data:text/html,x', 'ada')).toBe('https://www.linkedin.com/in/ada/');
    expect(openableProfileUrl('https://evil.example/', 'josé')).toBe('https://www.linkedin.com/in/jos%C3%A9/');
  });

  it('is what the Profile schema checks, at the url path', () => {
    expect(Profile.safeParse(sampleProfile('ada')).success).toBe(true);
    const bad = Profile.safeParse(sampleProfile('ada', { url: 'file:///etc/passwd' }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['url', 'Not a LinkedIn profile address: not an https:// address (file:)'],
    ]);
  });
});
