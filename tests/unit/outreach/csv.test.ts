/**
 * The CSV export: every risky cell quoted, formulas defused, read back by an RFC 4180 reader splitting
 * on `,` (what we write) and on `;` (what a spreadsheet in most European locales does with the file).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, defuseFormulas, toCsv } from '@/utils/outreach/transfer';
import type { Person } from '@/utils/schema';
import { genPerson, TEXTS } from './generated-people';

/**
 * An RFC 4180 reader with a chosen separator, lenient like spreadsheet programs: a quote is special only
 * at the start of a field; elsewhere it is a plain character (so a quoted cell read with the other
 * separator is not seen as quoted, and its separators split it).
 */
function readCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === sep) {
      row.push(cell);
      cell = '';
      fieldStart = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      fieldStart = true;
      i++;
    } else {
      cell += c;
      fieldStart = false;
    }
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** What a spreadsheet would run as a formula: a field starting with = + - @ (half or full width), after spaces, or with tab / CR. */
const isLiveFormula = (field: string) => /^\s*[=+\-@＝＋－＠]/.test(field);

const HOSTILE = [
  'Ann;=HYPERLINK("http://x")',
  'Ann,=HYPERLINK("http://x")',
  'Bo; +cmd|calc',
  'Cy\n=1+1',
  'Di\r\n@SUM(A1)',
  '＝HYPERLINK("http://x")',
  'Ed;＋1',
  'Fa;\t-2',
  " 'quoted' ",
  'tab\tthen=1',
];

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ["O'Brien", `"O'Brien"`],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['tab\there', '"tab\there"'],
    [' leading', '" leading"'],
    ['trailing ', '"trailing "'],
    ['Köln · Zürich', 'Köln · Zürich'],
    ['email@example.com', 'email@example.com'],
    ['a=b', 'a=b'],
    [7, '7'],
  ] as const)('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tindented', `"'\tindented"`],
    ['\r=x', `"'\r'=x"`],
    [' =after a space', `"' =after a space"`],
    ['＝全角', `"'＝全角"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠x', `"'＠x"`],
    ['Ann;=HYPERLINK("http://x")', `"Ann;'=HYPERLINK(""http://x"")"`],
    ['Ann, -VP', `"Ann,' -VP"`],
    ['one\n@two', `"one\n'@two"`],
    ['a;"-1"', `"a;'""-1"""`],
  ])('defuses formula %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('(negative) leaves formula characters alone where no field can start', () => {
    expect(defuseFormulas('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(defuseFormulas('x =1')).toBe('x =1');
  });

  it('defuses in linear time on long notes', () => {
    const note = `${',;\n'.repeat(300_000)}=x${' '.repeat(300_000)}`;
    const t = performance.now();
    expect(csvCell(note).length).toBeGreaterThan(note.length);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('toCsv', () => {
  const hostilePeople = HOSTILE.map((name, i) => {
    const p = genPerson(i);
    return { ...p, profile: { ...p.profile, name, headline: HOSTILE[(i + 3) % HOSTILE.length] }, notes: name };
  });

  it.each([',', ';'])('read with %j as the separator, no field of hostile cells is a live formula', (sep) => {
    const rows = readCsv(toCsv([...hostilePeople, ...Array.from({ length: 50 }, (_, i) => genPerson(i))]), sep);
    const live = rows.flat().filter(isLiveFormula);
    expect(live).toEqual([]);
  });

  it('read with ",", hostile names come back as written, a quote before each defused formula', () => {
    const rows = readCsv(toCsv(hostilePeople));
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map(defuseFormulas));
    expect(rows[1]?.[0]).toBe(`Ann;'=HYPERLINK("http://x")`);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('read with ";", a comma-separated file never gives a field that starts a formula, even from one quoted cell', () => {
    const [, row] = readCsv(toCsv(hostilePeople.slice(0, 1)), ';');
    // The first cell is quoted, so `;` reading keeps its `;`; the rest of the row runs on as text.
    expect(row?.[0]?.startsWith(`Ann;'=HYPERLINK("http://x")`)).toBe(true);
    expect(row?.slice(1).some(isLiveFormula)).toBe(false);
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

  it('property: any table reads back with "," as written after the formula guard, and no field is live with ";"', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        ',',
        ';',
        '"',
        "'",
        '\t',
        '\r',
        '\n',
        ' ',
        '=',
        '+',
        '-',
        '@',
        '＝',
        '＋',
        '－',
        '＠',
        'a',
        'é',
        '🚀',
      ),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(unit, { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (table) => {
        const csv = table.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
        expect(readCsv(csv)).toEqual(table.map((r) => r.map(defuseFormulas)));
        expect(readCsv(csv, ';').flat().filter(isLiveFormula)).toEqual([]);
        // Defusing only ever adds single quotes.
        for (const s of table.flat()) expect(defuseFormulas(s).replaceAll("'", '')).toBe(s.replaceAll("'", ''));
      }),
      { numRuns: 300 },
    );
  });

  it('property: generated people with odd text give no live field with either separator', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(10_000), { maxLength: 20 }), (ns) => {
        const csv = toCsv(ns.map(genPerson));
        for (const sep of [',', ';']) expect(readCsv(csv, sep).flat().filter(isLiveFormula)).toEqual([]);
        expect(readCsv(csv).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('TEXTS cover the risky shapes', () => {
    expect(TEXTS.some((t) => t.startsWith('='))).toBe(true);
  });
});
