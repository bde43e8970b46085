import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionFromHash } from '@/entrypoints/options/sections';

describe('options deep links', () => {
  it.each([
    ['#my-profile', 'my-profile'],
    ['#settings', 'settings'],
    ['#templates', 'templates'],
    ['#data', 'data'],
    ['#Settings', 'settings'],
    ['settings', 'settings'],
    ['#my%2Dprofile', 'my-profile'],
  ])('%s opens %s', (hash, id) => {
    expect(sectionFromHash(hash)).toBe(id);
  });

  it.each([
    ['no hash', ''],
    ['a bare #', '#'],
    ['an unknown section', '#billing'],
    ['a section title instead of its id', '#Your data'],
    ['a malformed escape', '#%E0%A4%A'],
    ['a heading id', '#settings-title'],
  ])('%s opens no section', (_label, hash) => {
    expect(sectionFromHash(hash)).toBeNull();
  });

  it('has the four sections in page order', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(['my-profile', 'settings', 'templates', 'data']);
  });
});
