/**
 * Names as a greeting needs them: "Prof. Dr.-Ing. Jürgen Müller" → "Jürgen", "Nguyễn Văn An" → "An",
 * "Kim Min-jun" → "Min-jun", "Nagy Péter" → "Péter", "MARY-JANE O’NEIL" → "Mary-Jane". Drops emoji, pronouns,
 * honorifics, academic titles and credentials; reads the given name in the culture's order; fixes shouting
 * case. Handles initials ("J. Robert Smith" → "Robert") and right-to-left names (bidi marks removed).
 * The knowledge (titles, credentials, surname-first cultures) is in `data/names.json`.
 */
import names from './data/names.json';

/** Credentials and suffixes people add to their LinkedIn name (compared without dots, case-insensitively). */
export const NAME_CREDENTIALS: ReadonlySet<string> = new Set(names.credentials);
/** Honorifics and academic titles before a name ("Prof.", "Dr.-Ing.", "Dipl.-Ing.", "Mag."). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(names.prefixes);

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu;
const key = (w: string) => w.toLowerCase().replace(/[.,]/g, '');
const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd');

/** "MARY-JANE" → "Mary-Jane", "o’neil" → "O’Neil"; mixed case ("McDonald", "DeShawn") and initials ("JP") stay. */
export function fixCase(word: string): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const shouting =
    letters.length > 2 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
  const whisper =
    letters.length > 1 && letters === letters.toLocaleLowerCase() && letters !== letters.toLocaleUpperCase();
  if (!shouting && !whisper) return word;
  return word
    .toLocaleLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toLocaleUpperCase());
}

/** The person's name without emoji, pronouns, bracketed notes, honorifics or credentials, in readable case. */
export function cleanName(name: string): string {
  let n = name.replace(BIDI, '').replace(EMOJI, ' ');
  n = n.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|（[^）]*）/g, ' ');
  n = n.replace(/[|•·]/g, ',');
  // "Jane Doe, PhD, MBA" / "Jane Doe - Recruiter": keep what comes before the first comma or dash list.
  const [head = ''] = n.split(/\s*,\s*|\s+[-–—]\s+/);
  const words = head.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  while (words.length > 1 && NAME_PREFIXES.has(key(words[0]!))) words.shift();
  while (words.length > 1 && NAME_CREDENTIALS.has(key(words[words.length - 1]!))) words.pop();
  return words.map(fixCase).join(' ').replace(/[{}]/g, '').trim();
}

const SF = names.surnameFirst;
const sets = {
  viMiddle: new Set(SF.vi.middleNames),
  koSyllables: new Set(SF.ko.syllables),
  vi: new Set(SF.vi.surnames),
  ko: new Set(SF.ko.surnames),
  zh: new Set(SF.zh.surnames),
  hu: new Set(SF.hu.surnames),
  huGiven: new Set(SF.hu.givenNames),
};
/** A word made of pinyin syllables ("xiaoming", "wei"), as a Chinese given name is; "Park" is not. */
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v))+$/;

/** "minjun" = "min" + "jun": two romanised Korean syllables make a given name. */
function isKoreanGiven(word: string): boolean {
  for (let i = 1; i < word.length; i++)
    if (sets.koSyllables.has(word.slice(0, i)) && sets.koSyllables.has(word.slice(i)) && word.slice(0, i).length > 1)
      return true;
  return false;
}
const HANGUL = /^\p{Script=Hangul}+$/u;
const VIETNAMESE_MARKS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * The given name when the name is written family name first, or undefined when it is not (or cannot be told).
 * Vietnamese: a Vietnamese family name first → the last word. Korean: a Korean family name then a hyphenated
 * given name ("Kim Min-jun"), or Hangul. Chinese: a two-word name whose first word is a family name and the
 * second is not ("Wang Lei"; "Wei Wang" stays as written). Hungarian: a family name then a Hungarian given name.
 */
export function surnameFirstGiven(words: readonly string[]): string | undefined {
  const [first = '', second = ''] = words;
  const f = fold(first);
  if (words.length === 1 && HANGUL.test(first) && first.length >= 2 && first.length <= 4) return first.slice(1);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  // Vietnamese: middle names ("Văn", "Thị", "Minh") or diacritics mark the order; a last word that is a more
  // common family name than the first ("Mai Anh Nguyen") means the name is written given name first.
  const viRank = (w: string) => SF.vi.surnames.indexOf(fold(w));
  const middleMark = words.length >= 3 && words.slice(1, -1).every((w) => sets.viMiddle.has(fold(w)));
  const viOrder = middleMark || VIETNAMESE_MARKS.test(words.join(' '));
  if (sets.vi.has(f) && viOrder && (viRank(last) < 0 || viRank(first) <= viRank(last))) return last;
  if (sets.ko.has(f) && words.length === 2 && (/^\p{L}+-\p{L}+$/u.test(second) || isKoreanGiven(fold(second))))
    return second;
  if (sets.hu.has(f) && words.length === 2 && sets.huGiven.has(fold(second))) return second;
  if (sets.zh.has(f) && words.length === 2 && PINYIN.test(fold(second))) {
    const rank = SF.zh.surnames.indexOf(f);
    const other = SF.zh.surnames.indexOf(fold(second));
    if (other < 0 || (rank < 10 && rank < other)) return second;
  }
  return undefined;
}

/** A nickname in double quotes ("Robert “Bob” Smith") is what the person wants to be called. */
const NICKNAME = /["“”„]([\p{L}][\p{L}'’-]*)["“”]/u;

/** The given name for a greeting, or '' when the name gives none. Initials ("J.") are skipped. */
export function firstNameOf(name: string): string {
  const nick = NICKNAME.exec(name)?.[1];
  if (nick) return fixCase(nick);
  const words = cleanName(name).split(' ').filter(Boolean);
  const given = surnameFirstGiven(words);
  if (given) return given;
  const first = words.find((w) => !/^\p{L}\.?$/u.test(w)) ?? words[0] ?? '';
  return first.replace(/[.,;:]+$/, '');
}
