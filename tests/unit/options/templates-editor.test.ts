import { describe, expect, it } from 'vitest';
import { builtInPreview, cleanTemplate, insertPlaceholder, templateProblem } from '@/components/TemplatesEditor';
import { BUILT_IN_TEMPLATES, validateTemplate } from '@/utils/outreach/templates';
import type { Template } from '@/utils/schema';

const tpl = (over: Partial<Template> = {}): Template => ({
  id: 'tpl-1',
  kind: 'first-message',
  name: 'Coffee',
  body: 'Hi {{firstName}}, coffee?',
  ...over,
});

describe('inserting a placeholder', () => {
  it.each([
    ['at the end', 'Hi ', 3, 3, 'Hi {{firstName}}', 16],
    ['at the start', ', hello', 0, 0, '{{firstName}}, hello', 13],
    ['in the middle', 'Hi !', 3, 3, 'Hi {{firstName}}!', 16],
    ['over a selection', 'Hi NAME!', 3, 7, 'Hi {{firstName}}!', 16],
    ['over a backwards selection', 'Hi NAME!', 7, 3, 'Hi {{firstName}}!', 16],
    ['past the end (clamped)', 'Hi', 10, 10, 'Hi{{firstName}}', 15],
    ['before the start (clamped)', 'Hi', -4, -4, '{{firstName}}Hi', 13],
  ])('%s', (_label, text, start, end, expected, caret) => {
    expect(insertPlaceholder(text, start, end, 'firstName')).toEqual({ text: expected, caret });
  });
});

describe('checking a template before saving', () => {
  it.each([
    ['a plain template', tpl()],
    ['an InMail with a good subject', tpl({ kind: 'inmail', subject: '{{commonGroundShort}} — quick question' })],
    ['a bad subject on a kind without subjects (ignored)', tpl({ kind: 'follow-up', subject: '{{nope}}' })],
  ])('accepts %s', (_label, t) => {
    expect(templateProblem(t)).toBeNull();
  });

  it.each([
    ['a missing name', tpl({ name: '  ' }), 'Give the template a name.'],
    ['a misspelt placeholder', tpl({ body: 'Hi {{frstName}}' }), 'did you mean {{firstName}}'],
    ['an empty body', tpl({ body: ' ' }), 'empty'],
    ['an unclosed placeholder', tpl({ body: 'Hi {{firstName' }), 'Unclosed'],
    ['a bad InMail subject', tpl({ kind: 'inmail', subject: 'About {{compnay}}' }), 'Subject: Unknown placeholder'],
  ])('refuses %s', (_label, t, message) => {
    expect(templateProblem(t)).toContain(message);
  });
});

describe('cleaning a template for storage', () => {
  it.each([
    ['trims the name', tpl({ name: ' Coffee ' }), tpl()],
    [
      'keeps an InMail subject, trimmed',
      tpl({ kind: 'inmail', subject: ' Hi ' }),
      tpl({ kind: 'inmail', subject: 'Hi' }),
    ],
    ['drops a blank InMail subject', tpl({ kind: 'inmail', subject: '  ' }), tpl({ kind: 'inmail' })],
    ['drops a subject left over from InMail', tpl({ subject: 'Hi' }), tpl()],
  ])('%s', (_label, t, expected) => {
    expect(cleanTemplate(t)).toEqual(expected);
  });
});

describe('built-in templates for reference', () => {
  it('shows the first wording of each sentence with its breaks', () => {
    expect(
      builtInPreview({
        id: 'x',
        kind: 'follow-up',
        name: 'x',
        sentences: [
          { text: ['Hi {{firstName}},', 'Hi,'], importance: 3 },
          { text: 'Just checking in.', importance: 3, before: '\n\n' },
          { text: 'Thanks!', importance: 1 },
        ],
      }),
    ).toBe('Hi {{firstName}},\n\nJust checking in. Thanks!');
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s previews as a valid template', (_id, t) => {
    expect(validateTemplate(builtInPreview(t))).toEqual({ ok: true });
  });
});
