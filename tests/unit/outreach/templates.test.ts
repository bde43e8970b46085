import { describe, expect, it } from 'vitest';
import { draft } from '../../../utils/outreach/drafts';
import { BUILT_IN_TEMPLATES, PLACEHOLDERS, validateTemplate } from '../../../utils/outreach/templates';
import { parseTemplateBody, placeholdersIn, renderTemplate } from '../../../utils/outreach/templates-render';
import { DraftKind, MyProfile } from '../../../utils/schema';
import { ANA, KELLOGG, SAM } from './__golden__/people';

describe('validateTemplate', () => {
  it.each([
    ['Hi {{firstName}}, {{commonGround}}. Would you be open to {{ask}}?'],
    ['Hi {{ firstName }}!'],
    ['No placeholders at all.'],
    [PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')],
  ])('accepts %j', (body) => expect(validateTemplate(body)).toEqual({ ok: true }));

  it.each([
    ['Hi {{frstName}},', 'Unknown placeholder {{frstName}} — did you mean {{firstName}}?'],
    ['Hi {{FirstName}},', 'Unknown placeholder {{FirstName}} — did you mean {{firstName}}?'],
    ['{{comonGround}}.', 'Unknown placeholder {{comonGround}} — did you mean {{commonGround}}?'],
    [
      'Hi {{firstName}, how are you',
      'Unclosed placeholder near "{{firstName}, ho" — placeholders look like {{firstName}}.',
    ],
    ['Hi {{firstName', 'Unclosed placeholder near "{{firstName" — placeholders look like {{firstName}}.'],
    ['Hi firstName}}', 'Stray "}}" without a matching "{{".'],
    ['Hi {{}}', 'Empty placeholder {{}} — write a name inside, such as {{firstName}}.'],
    ['Hi {firstName},', 'Use double braces for placeholders: {{firstName}} instead of {firstName}.'],
    ['   ', 'The template is empty.'],
  ])('rejects %j', (body, error) => expect(validateTemplate(body)).toEqual({ ok: false, error }));

  it('lists the known placeholders when nothing is close', () => {
    const r = validateTemplate('{{favouriteColour}}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(
      /^Unknown placeholder \{\{favouriteColour\}\}\. Known placeholders: \{\{firstName\}\}/,
    );
  });
});

describe('built-in templates', () => {
  it.each(DraftKind.options)('%s has at least three variants, all valid', (kind) => {
    const ts = BUILT_IN_TEMPLATES.filter((t) => t.kind === kind);
    expect(ts.length).toBeGreaterThanOrEqual(3);
    for (const t of ts)
      for (const s of t.sentences)
        for (const alt of typeof s.text === 'string' ? [s.text] : s.text)
          expect(validateTemplate(alt)).toEqual({ ok: true });
  });

  it('have unique ids', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
  });
});

describe('renderTemplate', () => {
  const body =
    'Hi {{firstName}},\n\n\n{{commonGround}}. My goal is {{myGoal}}. Would you be open to {{ask}}?\n\nNo worries if not.\n\n{{signoff}}';

  it('fills every placeholder', () => {
    expect(
      renderTemplate(body, {
        firstName: 'Ana',
        commonGround: 'fellow Kellogg alum here',
        myGoal: 'to lead a team.',
        ask: 'a 15-minute call',
        signoff: 'Best,\nSam',
      }),
    ).toBe(
      'Hi Ana,\n\nFellow Kellogg alum here. My goal is to lead a team. Would you be open to a 15-minute call?\n\nNo worries if not.\n\nBest,\nSam',
    );
  });

  it('drops sentences whose placeholder is empty, and greets without a name', () => {
    expect(renderTemplate(body, { ask: 'a call', myGoal: '  ', signoff: 'Best' })).toBe(
      'Hi there,\n\nWould you be open to a call?\n\nNo worries if not.\n\nBest',
    );
  });

  it('never prints undefined, null, braces, doubled spaces or a space before punctuation', () => {
    const out = renderTemplate('Hi {{firstName}} , from {{myName}}. {{theirCompany}} is great !', {
      firstName: 'null',
      myName: 'Sam   {{firstName}}  Lee',
      theirCompany: undefined,
    });
    // Braces are removed from values, so a value can never smuggle in a placeholder.
    expect(out).toBe('Hi there, from Sam firstName Lee.');
  });

  it('collapses runs of empty lines', () => {
    expect(renderTemplate('A.\n\n\n\n{{project}}.\n\n\nB.', {})).toBe('A.\n\nB.');
  });

  it('lower-cases a generated sentence inside another sentence', () => {
    expect(renderTemplate('Hello, {{commonGround}}!', { commonGround: 'Fellow Kellogg alum here' })).toBe(
      'Hello, fellow Kellogg alum here!',
    );
    expect(renderTemplate('Hello, {{commonGround}}!', { commonGround: "I see you're into road cycling too" })).toBe(
      "Hello, I see you're into road cycling too!",
    );
  });
});

describe('parseTemplateBody', () => {
  it('gives greeting, common ground, ask and easy-out top importance; pleasantries the lowest', () => {
    const s = parseTemplateBody(
      'Hi {{firstName}},\n{{commonGround}}. Hope you are well. In return, I could {{myOffer}}. My goal is {{myGoal}}. Coffee?\nNo worries if not.\n{{signoff}}',
    );
    expect(
      s.map((x) => [placeholdersIn(String(typeof x.text === 'string' ? x.text : x.text[0])), x.importance]),
    ).toEqual([
      [['firstName'], 3],
      [['commonGround'], 3],
      [[], 0],
      [['myOffer'], 1],
      [['myGoal'], 2],
      [[], 3],
      [[], 3],
      [['signoff'], 1],
    ]);
  });
});

describe('user templates in drafts', () => {
  const template = {
    id: 'mine',
    kind: 'first-message' as const,
    name: 'Mine',
    body: 'Hi {{firstName}},\n\n{{commonGround}}! I work on {{project}}. Would you be open to {{ask}}? No worries if not.\n\n{{signoff}}',
  };

  it('render with the same values as built-ins, as one variant', () => {
    const d = draft({
      kind: 'first-message',
      me: SAM,
      profile: ANA,
      overlap: [KELLOGG],
      role: 'mentor',
      settings: { accountType: 'free' },
      template,
    });
    expect(d.variants).toBe(1);
    expect(d.body).toMatch(
      /^Hi Ana,\n\nI noticed you're a Northwestern University alum, and I studied at Kellogg School of Management! Would you be open to a .*(coffee|call).* to .*\? No worries if not\.\n\nBest,\nSam Lee$/,
    );
  });

  it('drop sentences that break the limits', () => {
    const me = MyProfile.parse({ ...SAM, limits: 'no in-person meetings, no calls' });
    const d = draft({
      kind: 'first-message',
      me,
      profile: ANA,
      overlap: [],
      role: 'mentor',
      settings: { accountType: 'free' },
      template: { ...template, body: "Let's grab coffee. Would you be open to {{ask}}? No worries if not." },
    });
    expect(d.body).toMatch(
      /^Would you be open to a (?:couple of|few) questions .*messages? to .*\? No worries if not\.$/,
    );
  });

  it('keep a connection note within the limit', () => {
    const long = {
      ...template,
      kind: 'connection-note' as const,
      body: `Hi {{firstName}}! ${'Some pleasant filler. '.repeat(20)}Would you be open to {{ask}}? No worries if not.`,
    };
    const d = draft({
      kind: 'connection-note',
      me: SAM,
      profile: ANA,
      overlap: [KELLOGG],
      role: 'mentor',
      settings: { accountType: 'free' },
      template: long,
    });
    expect(d.length).toBeLessThanOrEqual(200);
    expect(d.body).toMatch(/^Hi Ana! Some pleasant filler\. .*Would you be open to a .*\? No worries if not\.$/);
    expect(d.cuts).toEqual([]);
  });
});
