/**
 * Hostile-input helpers for the fuzz tests: random DOM mutations (remove, duplicate, reorder, huge
 * text, odd Unicode, attribute changes) as fast-check arbitraries, and a deep string walk.
 */
import fc from 'fast-check';

/** One change to a document. `at` picks the element (modulo the number of candidates). */
export type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'reorder'; at: number; by: number }
  | { op: 'text'; at: number; text: string; how: 'append' | 'prepend' | 'replace' }
  | { op: 'attr'; at: number; name: string; value: string | null };

/** Words the generated text must never contain: they are what the tests look for in the output. */
export const FORBIDDEN = /undefined|\[object Object\]/;

/** Characters that break naive text handling: direction marks, zero-width, surrogates, combining marks. */
export const ODD_UNICODE = [
  '\u200f', // right-to-left mark
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte-order mark
  '\u00a0', // no-break space
  '\u2028', // line separator
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  '😀',
  '👩🏽‍💻',
  '🇩🇪',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0337\u031b\u032e\u0061\u0336\u006c\u0337',
  'نور حداد',
  'נועה',
  '𝔘𝔫𝔦𝔳𝔢𝔯𝔰𝔦𝔱𝔶',
  '\u0000',
  '\t\r\n',
];

/** LinkedIn-looking fragments, so the parsers meet odd neighbours where they look for data. */
const LINKEDIN_BITS = [
  '500+ connections',
  '· 3rd',
  '2nd degree connection',
  'Jan 2020 - Present · 5 yrs 2 mos',
  '2019 – 2023',
  'Full-time',
  '1,234 followers',
  'Greater Boston',
  'University of California San Diego',
  'Senior Vice President',
  '***',
  '&amp;',
  '<b>not markup</b>',
  '{"@type":"Person","name":',
];

const piece = fc.oneof(
  fc.constantFrom(...ODD_UNICODE),
  fc.constantFrom(...LINKEDIN_BITS),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** Short hostile text: odd Unicode and LinkedIn-looking fragments mixed with random characters. */
export const oddText = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((xs) => xs.join(''))
  .filter((s) => !FORBIDDEN.test(s));

/** 100,000 characters of one kind: plain, spaces (regex backtracking), RTL marks, emoji, combining marks. */
export const hugeText = fc
  .constantFrom('a', 'ab ', ' ', '\u200f', '😀', 'e\u0301', '- ', '·', '\n')
  .map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));

const ATTRIBUTES = [
  'class',
  'id',
  'href',
  'aria-label',
  'aria-hidden',
  'hidden',
  'data-view-name',
  'componentkey',
  'data-testid',
  'data-member-id',
  'type',
  'content',
  'dir',
  'lang',
  'style',
];
const attrValue = fc.oneof(
  oddText,
  fc.constantFrom(
    '',
    'https://www.linkedin.com/company/123/',
    'https://www.linkedin.com/school/456/',
    '/in/someone-else/',
    'javascript:void(0)',
    'visually-hidden',
    'application/ld+json',
    'profile-card-experience',
    'rtl',
    'display:none',
  ),
);

const at = fc.nat();
/** One random mutation (huge text is rarer: it makes every run slower). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reorder' as const), at, by: fc.integer({ min: 1, max: 5 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('text' as const),
      at,
      text: oddText,
      how: fc.constantFrom('append' as const, 'prepend' as const, 'replace' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('text' as const),
      at,
      text: hugeText,
      how: fc.constantFrom('append' as const, 'replace' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('attr' as const),
      at,
      name: fc.constantFrom(...ATTRIBUTES),
      value: fc.option(attrValue, { nil: null }),
    }),
  },
);

/** A few mutations in a row. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

/**
 * The elements a mutation may hit. Half the time only elements that carry text of their own (where
 * the readers look), otherwise any element in the body, scripts included (JSON-LD lives there).
 */
function candidates(doc: Document, textual: boolean): Element[] {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  if (!textual) return all;
  const withText = all.filter((el) =>
    Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''),
  );
  return withText.length ? withText : all;
}

/** Apply the mutations to `doc` in place. */
export function applyMutations(doc: Document, list: readonly Mutation[]): void {
  for (const m of list) {
    const pool = candidates(doc, m.at % 2 === 0);
    const el = pool[Math.floor(m.at / 2) % Math.max(pool.length, 1)];
    if (!el) return;
    switch (m.op) {
      case 'remove':
        el.remove();
        break;
      case 'duplicate':
        el.after(el.cloneNode(true));
        break;
      case 'reorder': {
        const parent = el.parentElement;
        if (!parent) break;
        const kids = Array.from(parent.children);
        for (let i = 0; i < m.by % kids.length; i++) parent.append(kids[i] as Element);
        if (kids.length === 1) parent.prepend(doc.createTextNode(' '));
        break;
      }
      case 'text':
        if (m.how === 'replace') el.textContent = m.text;
        else if (m.how === 'append') el.append(m.text);
        else el.prepend(m.text);
        break;
      case 'attr':
        if (m.value === null) el.removeAttribute(m.name);
        else el.setAttribute(m.name, m.value);
        break;
    }
  }
}

/** Every string in a value (object keys included), depth first. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allStrings(v, out);
    }
  }
  return out;
}
