import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  CSV_COLUMNS,
  csvCell,
  MAX_IMPORT_ERRORS,
  mergeImport,
  parseImport,
  serializeExport,
  toCsv,
} from '../../../utils/outreach/transfer';
import { MyProfile, type OverlapItem, type Person, Settings, Status, type Template } from '../../../utils/schema';

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

/** Deterministic pseudo-random numbers (mulberry32), so the large file is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  '',
  'plain',
  'Köln · Zürich',
  'Line one\nline two',
  'She said "yes", then no',
  '=SUM(A1)',
  '  spaced  ',
  '🚀 emoji',
  'tab\there',
];

/** One generated person with a history; `n` decides everything. */
function genPerson(n: number): Person {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const day = (d: number) =>
    new Date(Date.UTC(2024, 0, 1) + d * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString();
  const slug = `person-${n.toString(36)}-${Math.floor(r() * 1e6)}`;
  const history = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => {
    const h: Person['statusHistory'][number] = { status: pick(Status.options), at: day(i * 10) };
    if (r() < 0.4) h.note = pick(TEXTS) || 'note';
    return h;
  });
  const ground: OverlapItem[] = Array.from({ length: Math.floor(r() * 3) }, () => ({
    kind: pick(['almaMater', 'hometown', 'interest', 'employer'] as const),
    mine: pick(TEXTS),
    theirs: pick(TEXTS),
    evidence: pick(TEXTS),
    strength: Math.round(r() * 100) / 100,
    ...(r() < 0.5 ? { label: pick(TEXTS) } : {}),
  }));
  const p: Person = {
    slug,
    role: pick(['sponsor', 'mentor', 'both', 'connector'] as const),
    profile: {
      url: `https://www.linkedin.com/in/${slug}/`,
      slug,
      name: `Name ${n} ${pick(TEXTS)}`,
      ...(r() < 0.8 ? { headline: pick(TEXTS) } : {}),
      ...(r() < 0.5 ? { location: pick(TEXTS) } : {}),
      ...(r() < 0.5 ? { current: { title: pick(TEXTS), company: pick(TEXTS) } } : {}),
      ...(r() < 0.3 ? { connections: Math.floor(r() * 501) } : {}),
      experience: r() < 0.5 ? [{ title: pick(TEXTS), company: pick(TEXTS), start: '2019', end: 'Present' }] : [],
      education: r() < 0.5 ? [{ school: pick(TEXTS), degree: 'MBA' }] : [],
      skills: r() < 0.5 ? ['Kubernetes', pick(TEXTS)] : [],
      interests: r() < 0.3 ? [{ name: pick(TEXTS), category: 'groups' }] : [],
      volunteering: [],
      causes: [],
      languages: r() < 0.2 ? ['Portuguese'] : [],
    },
    commonGround: ground,
    status: history.at(-1)!.status,
    statusHistory: history,
    notes: pick(TEXTS),
    touches: Math.floor(r() * 5),
    projects: r() < 0.3 ? [pick(TEXTS) || 'Platform'] : [],
    gave: r() < 0.3 ? [{ what: 'Reviewed slides', at: day(5) }] : [],
    got: r() < 0.3 ? [{ what: 'Intro to CFO', at: day(6) }] : [],
    tags: r() < 0.3 ? ['q3'] : [],
    createdAt: day(0),
    updatedAt: day(100),
  };
  if (r() < 0.6) {
    p.nextFollowUp = day(120);
    p.followUpReason = pick(TEXTS) || 'Follow up';
  }
  if (r() < 0.2) p.meetingKind = pick(['coffee', 'lunch', 'call'] as const);
  return p;
}

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

describe('mergeImport', () => {
  const p = (slug: string, updatedAt: string, notes = ''): Person => ({ ...genPerson(1), slug, updatedAt, notes });

  it.each([
    ['new slug', [], [p('a', '2026-01-01T00:00:00Z')], { added: ['a'], updated: [], unchanged: [] }],
    [
      'newer wins',
      [p('a', '2026-01-01T00:00:00Z')],
      [p('a', '2026-01-02T00:00:00Z')],
      { added: [], updated: ['a'], unchanged: [] },
    ],
    [
      'older loses',
      [p('a', '2026-01-02T00:00:00Z')],
      [p('a', '2026-01-01T00:00:00Z')],
      { added: [], updated: [], unchanged: ['a'] },
    ],
    [
      'tie keeps existing',
      [p('a', '2026-01-01T00:00:00Z', 'mine')],
      [p('a', '2026-01-01T00:00:00Z', 'theirs')],
      { added: [], updated: [], unchanged: ['a'] },
    ],
    [
      'tie across offsets keeps existing',
      [p('a', '2026-01-01T02:00:00+02:00')],
      [p('a', '2026-01-01T00:00:00Z')],
      { added: [], updated: [], unchanged: ['a'] },
    ],
    [
      'newer by offset wins',
      [p('a', '2026-01-01T02:00:00+02:00')],
      [p('a', '2026-01-01T00:00:01Z')],
      { added: [], updated: ['a'], unchanged: [] },
    ],
  ] as const)('%s', (_label, existing, incoming, expected) => {
    const r = mergeImport(existing, incoming);
    expect({ added: r.added, updated: r.updated, unchanged: r.unchanged }).toEqual(expected);
    expect(r.put.map((x) => x.slug)).toEqual([...expected.added, ...expected.updated]);
  });

  it('mixes all three and leaves people only in the database alone', () => {
    const r = mergeImport(
      [p('kept', '2026-03-01T00:00:00Z'), p('old', '2026-01-01T00:00:00Z'), p('local-only', '2026-01-01T00:00:00Z')],
      [
        p('kept', '2026-02-01T00:00:00Z'),
        p('old', '2026-02-01T00:00:00Z', 'new notes'),
        p('fresh', '2026-02-01T00:00:00Z'),
      ],
    );
    expect(r).toMatchObject({ added: ['fresh'], updated: ['old'], unchanged: ['kept'] });
    expect(r.put.find((x) => x.slug === 'old')?.notes).toBe('new notes');
  });

  it('throws on duplicate slugs in the import', () => {
    expect(() => mergeImport([], [p('a', '2026-01-01T00:00:00Z'), p('a', '2026-01-02T00:00:00Z')])).toThrow(
      'Duplicate slug',
    );
  });
});

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['Köln · Zürich', 'Köln · Zürich'],
    [7, '7'],
  ] as const)('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\r=x', `"'\r=x"`],
    ['a=b', 'a=b'],
    ['email@example.com', 'email@example.com'],
    [' =not first', ' =not first'],
  ])('defuses formula %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('has a header and one row per person, in the given order, with every column', () => {
    const a = genPerson(11);
    const person: Person = {
      ...a,
      slug: 'jo',
      role: 'mentor',
      status: 'contacted',
      touches: 2,
      notes: 'Met at "DevConf", Lisbon\nfollow up',
      nextFollowUp: '2026-06-08T10:00:00.000Z',
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-02T00:00:00.000Z',
      profile: {
        ...a.profile,
        slug: 'jo',
        name: 'Jo Lee',
        url: 'https://www.linkedin.com/in/jo/',
        headline: '-VP, Platform',
        location: 'Greater Boston',
        current: { company: 'Northwind' },
      },
      commonGround: [
        { kind: 'almaMater', mine: 'UCSD', theirs: 'UC San Diego', evidence: 'e', strength: 0.9, label: 'UCSD alum' },
        { kind: 'interest', mine: 'k8s', theirs: 'Kubernetes', evidence: 'e', strength: 0.5 },
      ],
    };
    const text = toCsv([person, genPerson(12)]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      'Name',
      'Slug',
      'URL',
      'Role',
      'Status',
      'Headline',
      'Current company',
      'Location',
      'Common ground',
      'Next follow-up',
      'Touches',
      'Notes',
      'Created',
      'Updated',
    ]);
    expect(rows[1]).toEqual([
      'Jo Lee',
      'jo',
      'https://www.linkedin.com/in/jo/',
      'mentor',
      'contacted',
      "'-VP, Platform",
      'Northwind',
      'Greater Boston',
      'UCSD alum; Kubernetes',
      '2026-06-08T10:00:00.000Z',
      '2',
      'Met at "DevConf", Lisbon\nfollow up',
      '2026-05-01T00:00:00.000Z',
      '2026-05-02T00:00:00.000Z',
    ]);
    expect(rows[2]).toHaveLength(CSV_COLUMNS.length);
    expect(toCsv([])).toBe(`${CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`);
  });

  it('property: any text reads back as itself (after the formula guard)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (table) => {
          const text = table.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
          const expected = table.map((r) => r.map((s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)));
          expect(readCsv(text)).toEqual(expected);
        },
      ),
    );
  });
});
