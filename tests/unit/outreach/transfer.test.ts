import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, MAX_IMPORT_ERRORS, parseImport, serializeExport } from '../../../utils/outreach/transfer';
import { MyProfile, type Person, Settings, Status, type Template } from '../../../utils/schema';
import { genPerson } from './generated-people';

const NOW = new Date('2026-06-01T10:00:00.000Z');
const SETTINGS = Settings.parse({ followUpDays: 5 });
const ME = MyProfile.parse({
  name: 'Sam Rivera',
  schools: ['UCSD'],
  goals: 'Lead a platform team',
  limits: 'No relocation',
});
const TEMPLATES: Template[] = [
  { id: 'tpl-b', kind: 'follow-up', name: 'Nudge', body: 'Hi {first}, just following up.' },
  { id: 'tpl-a', kind: 'first-message', name: 'Hello', subject: 'Coffee?', body: 'Hi {first} —\n"quoted", ok?' },
];

/** The same data with every object's keys in reverse order. */
function reverseKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reverseKeys) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    ) as T;
  }
  return v;
}

const BIG = Array.from({ length: 2000 }, (_, i) => genPerson(i));
const exportOf = (people: readonly Person[]) =>
  buildExport({ me: ME, settings: SETTINGS, people, templates: TEMPLATES, now: NOW });
const fileOf = (over: (f: Record<string, unknown>) => void = () => undefined) => {
  const f = JSON.parse(serializeExport(exportOf(BIG.slice(0, 20))));
  over(f);
  return JSON.stringify(f);
};

describe('export', () => {
  it('round-trips 2,000 people with histories byte for byte', () => {
    const first = serializeExport(exportOf(BIG));
    const parsed = parseImport(first);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.people).toHaveLength(2000);
    const second = serializeExport(parsed.data);
    expect(second === first).toBe(true);
    const rebuilt = buildExport({ ...parsed.data, now: NOW });
    expect(serializeExport(rebuilt) === first).toBe(true);
  });

  it('is independent of the order of people, templates and keys', () => {
    const a = serializeExport(exportOf(BIG.slice(0, 300)));
    const shuffled = reverseKeys([...BIG.slice(0, 300)].reverse());
    const b = serializeExport(
      buildExport({
        me: reverseKeys(ME),
        settings: reverseKeys(SETTINGS),
        people: shuffled,
        templates: [...TEMPLATES].reverse(),
        now: NOW,
      }),
    );
    expect(b === a).toBe(true);
  });

  it('sorts people by slug (code-unit order), templates by id, and puts the header first', () => {
    const exp = exportOf([genPerson(3), genPerson(1), genPerson(2)]);
    const slugs = exp.people.map((p) => p.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(exp.templates.map((t) => t.id)).toEqual(['tpl-a', 'tpl-b']);
    expect(Object.keys(exp).slice(0, 3)).toEqual(['format', 'version', 'exportedAt']);
    expect(exp.exportedAt).toBe(NOW.toISOString());
    const text = serializeExport(exp);
    expect(text.startsWith('{\n  "format": "common-ground",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('fills default settings and accepts no profile', () => {
    const exp = buildExport({ me: null, settings: {}, people: [], templates: [], now: NOW });
    expect(exp.settings).toEqual(Settings.parse({}));
    expect(exp.me).toBeNull();
  });

  it('refuses to export invalid data, naming the field', () => {
    const bad = { ...genPerson(1), status: 'lost' } as unknown as Person;
    expect(() => exportOf([bad])).toThrow(/people\.0\.status: Invalid option/);
  });

  it('property: any subset of generated people round-trips byte for byte', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100_000), { maxLength: 30 }), (ns) => {
        const text = serializeExport(exportOf(ns.map(genPerson)));
        const parsed = parseImport(text);
        return parsed.ok && serializeExport(parsed.data) === text;
      }),
      { numRuns: 60 },
    );
  });
});

describe('parseImport rejects bad files with the path in the message', () => {
  const STATUS_LIST = Status.options.map((s) => `"${s}"`).join('|');

  it.each([
    ['not JSON', 'this is not json', /^Not a JSON file: /],
    ['truncated JSON', fileOf().slice(0, 500), /^Not a JSON file: /],
    ['an empty file', '', /^Not a JSON file: /],
    ['a JSON array', '[]', /^\(root\): expected a JSON object/],
    ['JSON null', 'null', /^\(root\): expected a JSON object/],
    [
      'another format',
      fileOf((f) => {
        f.format = 'linkedin-export';
      }),
      /^format: expected "common-ground", got "linkedin-export"/,
    ],
    [
      'no format',
      fileOf((f) => {
        delete f.format;
      }),
      /^format: expected "common-ground", got nothing/,
    ],
    [
      'a newer version',
      fileOf((f) => {
        f.version = 2;
      }),
      /^version: expected 1, got 2: exported by a newer version/,
    ],
    [
      'a version as text',
      fileOf((f) => {
        f.version = '1';
      }),
      /^version: expected 1, got "1"$/,
    ],
  ])('%s → one clear error', (_label, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
  });

  type Mutate = (f: { people: Record<string, unknown>[]; [k: string]: unknown }) => void;
  it.each<[string, Mutate, string]>([
    [
      'a bad status deep inside',
      (f) => {
        f.people[13]!.status = 'ghosted';
      },
      `people.13.status: Invalid option: expected one of ${STATUS_LIST}`,
    ],
    [
      'a bad status in a history entry',
      (f) => {
        (f.people[7]!.statusHistory as { status: string }[])[0]!.status = 'x';
      },
      'people.7.statusHistory.0.status: Invalid option',
    ],
    [
      'a missing required field',
      (f) => {
        delete f.people[5]!.createdAt;
      },
      'people.5.createdAt: Invalid input: expected string, received undefined',
    ],
    [
      'a missing profile name',
      (f) => {
        delete (f.people[2]!.profile as Record<string, unknown>).name;
      },
      'people.2.profile.name: Invalid input',
    ],
    [
      'a bad date',
      (f) => {
        f.people[4]!.updatedAt = 'yesterday';
      },
      'people.4.updatedAt: Invalid ISO datetime',
    ],
    [
      'an empty history',
      (f) => {
        f.people[1]!.statusHistory = [];
      },
      'people.1.statusHistory: Too small',
    ],
    [
      'negative touches',
      (f) => {
        f.people[3]!.touches = -1;
      },
      'people.3.touches: Too small',
    ],
    [
      'a bad meeting kind',
      (f) => {
        f.people[6]!.meetingKind = 'dinner';
      },
      'people.6.meetingKind: Invalid option',
    ],
    [
      'a bad template',
      (f) => {
        (f.templates as Record<string, unknown>[])[0]!.kind = 'spam';
      },
      'templates.0.kind: Invalid option',
    ],
    [
      'bad settings',
      (f) => {
        (f.settings as Record<string, unknown>).followUpDays = 0;
      },
      'settings.followUpDays: Too small',
    ],
    [
      'people not a list',
      (f) => {
        f.people = {} as never;
      },
      'people: Invalid input: expected array',
    ],
    ...(
      [
        ['data:text/html,<script>alert(1)</script>', 'not an https:// address (data:)'],
        ['file:///etc/passwd', 'not an https:// address (file:)'],
        ['chrome://settings/', 'not an https:// address (chrome:)'],
        ['https://evil.example/in/x/', 'not a LinkedIn profile page (evil.example/in/x/)'],
        ['https://www.linkedin.com/in/someone-else/', 'the profile of "someone-else"'],
      ] as const
    ).map(([url, reason]): [string, Mutate, string] => [
      `a profile URL ${url.slice(0, 24)}`,
      (f) => {
        (f.people[10]!.profile as Record<string, unknown>).url = url;
      },
      `people.10.profile.url: Not a LinkedIn profile address: ${reason}`,
    ]),
    [
      'a duplicate slug',
      (f) => {
        f.people[9]!.slug = f.people[2]!.slug;
        (f.people[9]!.profile as Record<string, unknown>).slug = f.people[2]!.slug;
      },
      'people.9.slug: duplicate slug',
    ],
    [
      'a profile slug that is not the person',
      (f) => {
        (f.people[8]!.profile as Record<string, unknown>).slug = 'other';
      },
      `people.8.profile.slug: "other" does not match`,
    ],
  ])('%s', (_label, mutate, message) => {
    const f = JSON.parse(fileOf());
    mutate(f);
    const r = parseImport(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith(message))).toBe(true);
  });

  it('reports every problem in the file at once, capped', () => {
    const f = JSON.parse(serializeExport(exportOf(BIG.slice(0, 200))));
    for (const p of f.people) p.status = 'nope';
    const r = parseImport(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(MAX_IMPORT_ERRORS + 1);
    expect(r.errors.at(-1)).toBe(`… and ${200 - MAX_IMPORT_ERRORS} more problems`);
  });

  it('a single bad person rejects the whole file', () => {
    const f = JSON.parse(fileOf());
    f.people[19].role = 'boss';
    expect(parseImport(JSON.stringify(f)).ok).toBe(false);
  });

  it('imports a file of an earlier release whose My profile has no LinkedIn pages', () => {
    const f = JSON.parse(fileOf());
    f.me = { name: 'Rosa', schools: ['UCSD'], employers: ['Acme'] };
    const r = parseImport(JSON.stringify(f));
    expect(r.ok && r.data.me).toMatchObject({ schools: ['UCSD'], schoolPages: {}, employerPages: {} });
  });

  it('keeps My profile’s LinkedIn pages and refuses a page that is not one', () => {
    const f = JSON.parse(fileOf());
    f.me = { name: 'Rosa', schools: ['UCSD'], schoolPages: { UCSD: 'https://www.linkedin.com/school/2842/' } };
    const r = parseImport(JSON.stringify(f));
    expect(r.ok && r.data.me?.schoolPages).toEqual({ UCSD: 'https://www.linkedin.com/school/2842/' });
    f.me.schoolPages.UCSD = 'https://evil.example/';
    expect(parseImport(JSON.stringify(f)).ok).toBe(false);
  });

  it('accepts a valid file, filling defaults for missing optional lists', () => {
    const f = JSON.parse(fileOf());
    delete f.templates;
    delete f.people[0].tags;
    const r = parseImport(JSON.stringify(f));
    expect(r.ok && r.data.templates).toEqual([]);
    expect(r.ok && r.data.people[0]!.tags).toEqual([]);
  });
});
