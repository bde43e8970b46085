/**
 * Rendering templates into sentences. A sentence is rendered from its first alternative whose placeholders
 * all have a value and that the caller accepts (the user's limits); a sentence with none is dropped. Output is
 * clean: no "undefined"/"null", no unfilled `{{…}}`, no doubled spaces, no space before punctuation, no runs
 * of empty lines.
 */
import {
  type Importance,
  isPlaceholder,
  type Placeholder,
  type PlaceholderValues,
  type SentenceBreak,
  type TemplateSentence,
} from './templates';

/** One rendered sentence of a draft. */
export interface DraftSentence {
  text: string;
  importance: Importance;
  /** What separates it from the previous sentence (ignored for the first). */
  before: SentenceBreak;
}

/** Placeholders whose values are generated sentences: capitalised at a sentence start, lower-cased inside one. */
const SENTENCE_VALUES: ReadonlySet<Placeholder> = new Set([
  'commonGround',
  'commonGroundShort',
  'commonGround2',
  'limit',
  'mutual',
  'myIntro',
]);
/** Placeholders whose values keep their final punctuation ("Jr.", the sign-off). */
const KEEP_PUNCTUATION: ReadonlySet<Placeholder> = new Set(['firstName', 'fullName', 'myName', 'signoff']);

/**
 * Make a value safe to insert: no braces (a value can't smuggle in a placeholder), single spaces, no
 * "undefined"/"null" stand-ins; line breaks survive only in the sign-off.
 */
export function cleanValue(value: string | undefined, name?: Placeholder): string {
  if (value === undefined || value === null) return '';
  const raw = String(value).replace(/[{}]/g, '');
  const lines = (name === 'signoff' ? raw.split('\n') : [raw])
    .map((l) => l.replace(/[\s\u200b\u2028\u2029]+/gu, ' ').trim())
    .filter(Boolean);
  let v = lines.join('\n');
  if (/^(?:undefined|null|nan)$/i.test(v)) return '';
  if (name && !KEEP_PUNCTUATION.has(name)) v = v.replace(/[\s.,;:!?…]+$/u, '');
  return v;
}

/** Tidy a rendered sentence: spaces, punctuation, capitalisation of the first letter. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00a0]{2,}/g, ' ')
        .replace(/ +([,.!?;:…])/g, '$1')
        .replace(/([,;:])(?=[.!?])/g, '')
        .replace(/([.!?])\.+/g, '$1')
        .replace(/,,+/g, ',')
        .replace(/\( +/g, '(')
        .replace(/ +\)/g, ')')
        .trim(),
    )
    .filter((line, i, all) => line || (i > 0 && all[i - 1]))
    .join('\n')
    .replace(/^[,;:]\s*/u, '')
    .trim();
}

const TOKEN = /\{\{\s*(\w+)\s*\}\}/g;

/** The placeholders a piece of template text uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

const upperFirst = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase());
const lowerFirst = (s: string) =>
  /^(?:I\b|I'|\p{Lu}{2})/u.test(s) ? s : s.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase());

/** Fill one alternative, or return undefined when a placeholder it needs has no value. */
export function fill(text: string, values: PlaceholderValues): string | undefined {
  let missing = false;
  const out = text.replace(TOKEN, (_all, raw: string, offset: number) => {
    if (!isPlaceholder(raw)) {
      missing = true;
      return '';
    }
    const v = cleanValue(values[raw], raw);
    if (!v) {
      missing = true;
      return '';
    }
    if (!SENTENCE_VALUES.has(raw)) return v;
    const before = text.slice(0, offset).trimEnd();
    const atStart = before === '' || /[.!?\n]$/.test(before);
    return atStart ? upperFirst(v) : lowerFirst(v);
  });
  return missing ? undefined : tidy(out);
}

/**
 * Render template sentences: for each, the first alternative that fills and that `accept` allows.
 * A sentence left without any is dropped. The first kept sentence carries no break.
 */
export function renderSentences(
  sentences: readonly TemplateSentence[],
  values: PlaceholderValues,
  accept: (text: string) => boolean = () => true,
): DraftSentence[] {
  const out: DraftSentence[] = [];
  let pending: SentenceBreak = ' ';
  for (const s of sentences) {
    const alternatives = typeof s.text === 'string' ? [s.text] : s.text;
    const before = strongest(pending, s.before ?? ' ');
    let chosen: string | undefined;
    for (const alt of alternatives) {
      const text = fill(alt, values);
      if (text && /[\p{L}\p{N}]/u.test(text) && accept(text)) {
        chosen = text;
        break;
      }
    }
    if (chosen === undefined) {
      pending = before;
      continue;
    }
    out.push({ text: chosen, importance: s.importance, before: out.length ? before : ' ' });
    pending = ' ';
  }
  return out;
}

const RANK: Record<SentenceBreak, number> = { ' ': 0, '\n': 1, '\n\n': 2 };

/** The stronger of two breaks: dropping a sentence that opened a paragraph keeps the paragraph. */
export function strongest(a: SentenceBreak, b: SentenceBreak): SentenceBreak {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Join sentences into a message body, keeping paragraph breaks. */
export function joinSentences(sentences: readonly DraftSentence[]): string {
  return sentences.map((s, i) => (i === 0 ? s.text : s.before + s.text)).join('');
}

/** Remove sentences by index, carrying a removed sentence's break to the next one kept. */
export function withoutSentences(sentences: readonly DraftSentence[], drop: ReadonlySet<number>): DraftSentence[] {
  const out: DraftSentence[] = [];
  let pending: SentenceBreak = ' ';
  sentences.forEach((s, i) => {
    if (drop.has(i)) {
      pending = strongest(pending, s.before);
      return;
    }
    out.push({ ...s, before: out.length ? strongest(pending, s.before) : ' ' });
    pending = ' ';
  });
  return out;
}

/** Easy-out phrasings: a sentence that lets the person decline is core. */
const EASY_OUT =
  /\bno worries\b|\bno pressure\b|\bno need to reply\b|\bno reply needed\b|\btotally fine\b|\bif you'?re busy\b|\bif not\b/i;
/** Greetings that can lose the name ("Hi {{firstName}}," → "Hi there,"). */
const GREETING_FALLBACK = /^(hi|hello|hey|dear|good (?:morning|afternoon))\s+\{\{\s*(?:firstName|fullName)\s*\}\}/i;

/** The importance of one sentence of a user template, guessed from its placeholders and words. */
function importanceOf(sentence: string, index: number, lastLine: boolean): Importance {
  const ph = placeholdersIn(sentence);
  if (index === 0) return 3;
  if (ph.includes('ask') || ph.includes('commonGround') || ph.includes('commonGroundShort')) return 3;
  if (EASY_OUT.test(sentence) || /\?\s*$/.test(sentence)) return 3;
  if (ph.includes('myGoal')) return 2;
  if (ph.includes('signoff') || ph.includes('myName') || lastLine) return 1;
  if (ph.some((p) => p === 'myOffer' || p === 'project' || p === 'limit')) return 1;
  return 0;
}

/**
 * Split a user template into sentences: lines keep their breaks (a blank line is a paragraph), each line is
 * split after ". ", "! ", "? ". Importance is guessed: greeting, common ground, ask, easy-out and questions
 * are core; the goal is context; offer, limits and sign-off are detail; anything else is a pleasantry.
 * A greeting with the person's name falls back to "Hi there,".
 */
export function parseTemplateBody(body: string): TemplateSentence[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: TemplateSentence[] = [];
  let pending: SentenceBreak = ' ';
  let lastNonEmpty = -1;
  lines.forEach((l, i) => {
    if (l.trim()) lastNonEmpty = i;
  });
  lines.forEach((line, li) => {
    const trimmed = line.trim();
    if (!trimmed) {
      if (out.length) pending = '\n\n';
      return;
    }
    const parts = trimmed.split(/(?<=[.!?…])\s+(?=\S)/u);
    parts.forEach((part, pi) => {
      const before: SentenceBreak = pi === 0 ? (out.length ? strongest(pending, '\n') : ' ') : ' ';
      const fallback = GREETING_FALLBACK.exec(part);
      const text = fallback ? [part, part.replace(GREETING_FALLBACK, `${fallback[1]} there`)] : part;
      out.push({ text, importance: importanceOf(part, out.length, li === lastNonEmpty), before });
    });
    pending = ' ';
  });
  return out;
}

/** Render a user template body (already validated) to text; sentences with empty placeholders drop out. */
export function renderTemplate(
  body: string,
  values: PlaceholderValues,
  accept: (text: string) => boolean = () => true,
): string {
  return joinSentences(renderSentences(parseTemplateBody(body), values, accept));
}
