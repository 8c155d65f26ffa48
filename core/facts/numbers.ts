/**
 * Numbers as written in procurement text: numerals ("1,250,000", "1.25") and English number words
 * ("forty-five", "one hundred and fifty", "two hundred and fifty thousand").
 *
 * The `*_PATTERN` exports are regular-expression *sources* for other extractors to embed. They contain
 * no capturing groups (so they do not shift the caller's group numbers) and are meant to be compiled
 * with the `i` flag. They match plausible spellings only; always confirm a match with the matching
 * parse function, which is strict and returns null (or NaN) for anything it does not understand.
 */

// ---------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words above "hundred", which close a three-digit group. */
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Alternation of words, longest first so that "seventeen" is tried before "seven". */
function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Every number word, longest first. */
const WORD = `(?:${alternation([...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'zero', 'hundred', ...Object.keys(SCALES)])})\\b`;

/** What joins two number words: spaces or hyphens, "and", a comma. */
const WORD_JOIN = `(?:[\\s-]+|\\s+and\\s+|,\\s+)`;

/**
 * Regex source matching a sequence of English number words, e.g. "twenty", "forty-five",
 * "a hundred", "one hundred and fifty", "sixty thousand", "two hundred and fifty thousand",
 * "one million". Compile with the `i` flag. A bare "a" is never matched on its own ("a year").
 *
 * The pattern is deliberately loose (any run of number words, so that it compiles and runs fast);
 * `parseNumberWords` decides whether the run is a well-formed number. A run is never entered part-way (the
 * look-behind): whatever a match from inside a run could end with, a match from its first word can too, and
 * trying every word of a long run would cost the square of its length.
 */
export const NUMBER_WORD_PATTERN = `\\b(?<!\\b${WORD}${WORD_JOIN})(?:a\\s+(?=(?:hundred|thousand|million|billion)\\b))?${WORD}(?:${WORD_JOIN}${WORD})*`;

/**
 * Regex source matching a numeral: "60", "1,250,000", "1.25", "60,000.00", ".5".
 * Callers should guard against neighbouring digits with their own look-arounds. A numeral never starts
 * inside a run of digits: a match found from within the run is found from its first digit too, and trying
 * each digit of a long run in turn would cost the square of its length.
 */
export const NUMERAL_PATTERN = `(?<!\\d)(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)`;

/**
 * Regex source for a number as a contract would state it: a numeral or number words, optionally
 * restated in brackets: "12", "twelve", "twelve (12)", "12 (twelve)". Parse with `parseStatedNumber`.
 */
export const STATED_NUMBER_PATTERN =
  `(?:${NUMBER_WORD_PATTERN}(?:\\s*\\(\\s*${NUMERAL_PATTERN}\\s*\\))?|${NUMERAL_PATTERN}(?:\\s*\\(\\s*${NUMBER_WORD_PATTERN}\\s*\\))?)`;

// ---------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------

const NUMERAL_RE = new RegExp(`^${NUMERAL_PATTERN}$`);

/**
 * Parses a numeral with optional thousands separators: "1,250,000" → 1250000, "1.25" → 1.25, "60" → 60.
 * Returns NaN when `s` is not a well-formed numeral (e.g. "", "1,2", "12a").
 */
export function parseNumeral(s: string): number {
  const trimmed = s.trim();
  if (!NUMERAL_RE.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(/,/g, ''));
}

/**
 * Parses English number words: "twenty four" → 24, "a hundred" → 100, "one hundred and fifty" → 150,
 * "two hundred and fifty thousand" → 250000, "one million" → 1000000. Case-insensitive; hyphens and
 * commas between words are allowed. Returns null for anything ungrammatical ("one two", "hundred",
 * "and five", "five and") or containing non-number words. Numerals are not handled (see `parseNumeral`).
 */
export function parseNumberWords(text: string): number | null {
  const tokens = text
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && tokens[0] === 'zero') return 0;

  let total = 0;
  // The group being read, before the scale word that closes it ("two hundred and fifty" | "thousand").
  let hundreds = 0; // its hundreds part (200; 1500 for "fifteen hundred")
  let low = 0; // its 0–99 part (50)
  let lowKind: 'none' | 'unit' | 'teen' | 'ten' | 'ten+unit' | 'a' = 'none';
  let lastScale = Infinity; // scales must descend: "thousand" may not follow "thousand"
  let previous: 'start' | 'number' | 'hundred' | 'scale' | 'and' = 'start';

  for (const token of tokens) {
    if (token === 'and') {
      // "and" only joins a following number to "hundred" or a scale word.
      if (previous !== 'hundred' && previous !== 'scale') return null;
      previous = 'and';
    } else if (token === 'a' || token === 'an') {
      // Article standing for one, only at the start of a group and only before a multiplier.
      if (previous !== 'start') return null;
      low = 1;
      lowKind = 'a';
      previous = 'number';
    } else if (token in UNITS) {
      if (lowKind === 'ten') {
        lowKind = 'ten+unit';
      } else if (lowKind === 'none') {
        lowKind = 'unit';
      } else {
        return null; // "one two", "fifteen three"
      }
      low += UNITS[token]!;
      previous = 'number';
    } else if (token in TEENS || token in TENS) {
      if (lowKind !== 'none') return null;
      const isTeen = token in TEENS;
      low = isTeen ? TEENS[token]! : TENS[token]!;
      lowKind = isTeen ? 'teen' : 'ten';
      previous = 'number';
    } else if (token === 'hundred') {
      // Multiplies the number just read: "a hundred", "two hundred", "fifteen hundred".
      if (previous !== 'number' || hundreds !== 0) return null;
      hundreds = low * 100;
      low = 0;
      lowKind = 'none';
      previous = 'hundred';
    } else if (token in SCALES) {
      const scale = SCALES[token]!;
      const group = hundreds + low;
      if ((previous !== 'number' && previous !== 'hundred') || group === 0 || scale >= lastScale) return null;
      total += group * scale;
      lastScale = scale;
      hundreds = 0;
      low = 0;
      lowKind = 'none';
      previous = 'scale';
    } else {
      return null;
    }
  }

  // A lone article ("a") is not a number, and a number may not end with "and".
  if (previous === 'and' || previous === 'start' || (tokens.length === 1 && lowKind === 'a')) return null;
  return total + hundreds + low;
}

/**
 * Parses a numeral or number words: "60,000" → 60000, "sixty thousand" → 60000. Null if neither.
 */
export function parseNumber(s: string): number | null {
  const numeral = parseNumeral(s);
  if (!Number.isNaN(numeral)) return numeral;
  return parseNumberWords(s);
}

/**
 * Parses a number matched by `STATED_NUMBER_PATTERN`: "twelve (12)" → 12, "12 (twelve)" → 12, "12" → 12.
 * When the words and the bracketed restatement disagree, the words prevail (the usual drafting
 * convention); use `statedNumberConflict` to detect that case.
 */
export function parseStatedNumber(s: string): number | null {
  const { main, restated } = splitRestatement(s);
  const mainValue = parseNumber(main);
  const restatedValue = restated === null ? null : parseNumber(restated);
  if (mainValue === null) return null;
  if (restatedValue === null) return mainValue;
  // Words prevail over figures, whichever comes first.
  return Number.isNaN(parseNumeral(main)) ? mainValue : restatedValue;
}

/** True when a stated number's words and figures disagree: "twelve (10)". */
export function statedNumberConflict(s: string): boolean {
  const { main, restated } = splitRestatement(s);
  if (restated === null) return false;
  const a = parseNumber(main);
  const b = parseNumber(restated);
  return a !== null && b !== null && a !== b;
}

/** Splits "twelve (12)" into { main: "twelve", restated: "12" }. */
function splitRestatement(s: string): { main: string; restated: string | null } {
  const m = /^(.*?)\s*\(\s*(.*?)\s*\)\s*$/s.exec(s.trim());
  if (!m) return { main: s.trim(), restated: null };
  return { main: m[1]!, restated: m[2]! };
}
