/**
 * Money amounts in pounds sterling, with the VAT and period qualifiers written after them.
 *
 *   "£1.25m (including VAT)"            → 1250000, vat inclusive
 *   "£60k per annum excluding VAT"      → 60000, vat exclusive, period year
 *   "£180,000 over three years"         → 180000, period total, periodYears 3
 *   "sixty thousand pounds"             → 60000
 *
 * A match's `text` covers the amount and every qualifier attached to it (including a bracketed
 * qualifier's brackets), and nothing before the amount. Placeholders ("£X", "£[insert]") and bare
 * numbers without a currency are not money.
 */
import type { MoneyPeriod, MoneyValue, VatQualifier } from './types';
import {
  NUMBER_WORD_PATTERN,
  NUMERAL_PATTERN,
  parseNumber,
  parseNumeral,
  parseStatedNumber,
  STATED_NUMBER_PATTERN,
} from './numbers';

// ---------------------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------------------

/** Multiplier suffixes: "£1.25m", "£60k", "£2bn", "£2 billion", "£1.25 million". */
const MULTIPLIER = `(?:\\s?(?:million|billion|thousand|mn|bn)|m|k|b)(?![a-z0-9])`;

const MULTIPLIERS: Record<string, number> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
  b: 1_000_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
};

/** A numeral not glued to surrounding digits: guards "£1,2" style fragments and longer numbers. */
const AMOUNT = `(${NUMERAL_PATTERN})(?![\\d])(${MULTIPLIER})?`;

/** "pounds", "pounds sterling", "sterling", "GBP" written after the amount. */
const POUNDS_AFTER = `(?:pounds?(?:\\s+sterling)?|sterling|GBP)\\b`;

/**
 * The ways an amount is written. Each alternative captures the numeral (and multiplier) or the words.
 *  1. "£60,000", "£ 60k", "GBP 60,000", "GBP60k"
 *  2. "60,000 pounds", "1.5 million pounds", "60,000 GBP"
 *  3. "sixty thousand pounds"
 */
const AMOUNT_RE = new RegExp(
  [
    `(?:£|\\bGBP)\\s?${AMOUNT}`,
    `(?<![\\d.,£])${AMOUNT}\\s*${POUNDS_AFTER}`,
    `(${NUMBER_WORD_PATTERN})\\s+${POUNDS_AFTER}`,
  ].join('|'),
  'gi',
);

/** Rounds to whole pence so that 1.2 × 1,000,000 gives exactly 1200000. */
function toPence(x: number): number {
  return Math.round(x * 100) / 100;
}

function amountOf(numeral: string, multiplier: string | undefined): number {
  const base = parseNumeral(numeral);
  const factor = multiplier ? MULTIPLIERS[multiplier.trim().toLowerCase()] ?? 1 : 1;
  return toPence(base * factor);
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------------------------------

type Qualifier =
  | { kind: 'vat'; vat: VatQualifier }
  | { kind: 'period'; period: MoneyPeriod; periodYears: number | null };

interface QualifierRule {
  /** Source of a pattern matched at the current position (compiled sticky and case-insensitive). */
  pattern: string;
  read: (m: RegExpExecArray) => Qualifier | null;
}

/** End of a qualifier: not followed by a letter or digit (works after "p.a." too). */
const END = `(?![a-z0-9])`;

const vat = (v: VatQualifier) => (): Qualifier => ({ kind: 'vat', vat: v });
const period = (p: MoneyPeriod) => (): Qualifier => ({ kind: 'period', period: p, periodYears: null });

/** Contract-length nouns used after "over the …" / "over the life of the …". */
const CONTRACT_NOUN = `(?:contract|agreement|framework(?:\\s+agreement)?|call-off(?:\\s+contract)?)`;

const QUALIFIER_RULES: QualifierRule[] = [
  // VAT inclusive: "inc. VAT", "incl VAT", "including VAT", "inclusive of VAT", "VAT inclusive".
  {
    pattern: `(?:inc(?:l)?\\.?|including|inclusive\\s+of|includes?)\\s*VAT${END}|VAT[\\s-]+(?:inclusive|included|inc(?:l)?\\b\\.?)${END}`,
    read: vat('inclusive'),
  },
  // VAT exclusive: "excl. VAT", "ex VAT", "exc VAT", "excluding VAT", "exclusive of VAT", "plus VAT",
  // "+ VAT", "net of VAT", "VAT exclusive".
  {
    pattern: `(?:exc(?:l)?\\.?|ex[.-]?|excluding|exclusive\\s+of|plus|net\\s+of)\\s*VAT${END}|\\+\\s*VAT${END}|VAT[\\s-]+(?:exclusive|excluded|exc(?:l)?\\b\\.?)${END}`,
    read: vat('exclusive'),
  },
  // Per year: "per year", "per annum", "p.a.", "pa", "a year", "each year", "annually", "/yr".
  {
    pattern: `(?:per|a|an|each|every)\\s+(?:(?:calendar|financial|contract)\\s+)?(?:year|annum)${END}|p\\.\\s?a\\.|pa${END}|annually${END}|\\/\\s?(?:year|yr|annum)${END}`,
    read: period('year'),
  },
  // Per month: "per month", "pcm", "a month", "monthly".
  {
    pattern: `(?:per|a|each|every)\\s+(?:calendar\\s+)?month${END}|p\\.?c\\.?m\\.?(?![a-z0-9])|monthly${END}|\\/\\s?(?:month|mth)${END}`,
    read: period('month'),
  },
  // Per week.
  {
    pattern: `(?:per|a|each|every)\\s+week${END}|weekly${END}|\\/\\s?(?:week|wk)${END}`,
    read: period('week'),
  },
  // Per day: "per day", "a day", "per diem", "daily".
  {
    pattern: `(?:per|a|each|every)\\s+(?:working\\s+)?day${END}|per\\s+diem${END}|daily${END}|\\/\\s?day${END}`,
    read: period('day'),
  },
  // Per hour: "per hour", "an hour", "hourly".
  {
    pattern: `(?:per|an|each|every)\\s+hour${END}|hourly${END}|\\/\\s?(?:hour|hr)${END}`,
    read: period('hour'),
  },
  // Total over a stated number of years or months: "over three years", "over 3 years",
  // "over a period of four (4) years", "over the 3-year term", "over the initial three-year contract period".
  {
    pattern:
      `over\\s+(?:(?:a|the)\\s+)?(?:(?:full|whole|initial|total|maximum|contract)\\s+)?(?:period\\s+of\\s+)?` +
      `(${STATED_NUMBER_PATTERN})[\\s-]+(years?|months?)` +
      `(?:\\s+(?:(?:contract|initial)\\s+)?(?:term|period|duration|life|${CONTRACT_NOUN})(?:\\s+(?:term|period))?)?${END}`,
    read: (m) => {
      const n = parseStatedNumber(m[1] ?? '');
      if (n === null || n <= 0) return null;
      const unit = (m[2] ?? '').toLowerCase();
      const years = unit.startsWith('month') ? n / 12 : n;
      return { kind: 'period', period: 'total', periodYears: years };
    },
  },
  // Total over the whole contract: "over the life of the contract", "over the contract term",
  // "over the term", "for the duration of the contract".
  {
    pattern:
      `(?:over|for)\\s+the\\s+(?:(?:whole|full|entire)\\s+)?(?:life(?:time)?|duration|term|length)\\s+of\\s+the\\s+${CONTRACT_NOUN}${END}` +
      `|over\\s+the\\s+(?:(?:whole|full|entire)\\s+)?(?:${CONTRACT_NOUN}\\s+)?(?:term|period|duration|lifetime|life)${END}` +
      `|(?:whole|full)[\\s-]+life${END}`,
    read: period('total'),
  },
  // "in total", "total".
  {
    pattern: `(?:in\\s+)?total${END}`,
    read: period('total'),
  },
];

const COMPILED_RULES = QUALIFIER_RULES.map((rule) => ({ re: new RegExp(rule.pattern, 'iy'), read: rule.read }));

/** Reads one qualifier starting exactly at `pos`, or null. */
function readQualifierAt(text: string, pos: number): { q: Qualifier; end: number } | null {
  for (const { re, read } of COMPILED_RULES) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const q = read(m);
    if (q) return { q, end: pos + m[0].length };
  }
  return null;
}

/** The qualifiers read after an amount. */
export interface MoneyQualifiers {
  vat: VatQualifier | null;
  period: MoneyPeriod | null;
  periodYears: number | null;
}

/** True when `q` fills a slot that is still empty (a second VAT or period qualifier is not attached). */
function fits(acc: MoneyQualifiers, q: Qualifier): boolean {
  return q.kind === 'vat' ? acc.vat === null : acc.period === null;
}

function apply(acc: MoneyQualifiers, q: Qualifier): void {
  if (q.kind === 'vat') {
    acc.vat = q.vat;
  } else {
    acc.period = q.period;
    acc.periodYears = q.periodYears;
  }
}

/**
 * Reads a bracketed group of qualifiers starting at `open` (the "("): "(excl. VAT)",
 * "(excluding VAT, per annum)". Returns null unless everything inside the brackets is qualifiers.
 */
function readBracketAt(text: string, open: number, acc: MoneyQualifiers): { found: Qualifier[]; end: number } | null {
  const found: Qualifier[] = [];
  const trial: MoneyQualifiers = { ...acc };
  let pos = open + 1;
  for (;;) {
    pos = skip(text, pos, /[\s,;]*/y);
    if (text[pos] === ')') break;
    const next = readQualifierAt(text, pos);
    if (!next || !fits(trial, next.q)) return null;
    apply(trial, next.q);
    found.push(next.q);
    pos = next.end;
  }
  return found.length > 0 ? { found, end: pos + 1 } : null;
}

/** Advances `pos` over whatever the sticky `re` matches there. */
function skip(text: string, pos: number, re: RegExp): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

/**
 * Reads the qualifiers written after an amount ending at `pos`, in any order, each either bare or in
 * brackets, separated by spaces or a comma. Stops at the first thing that is not a qualifier, or at a
 * second qualifier of a kind already seen ("£5k per year over three years" keeps only "per year").
 */
export function readQualifiers(text: string, pos: number): MoneyQualifiers & { end: number } {
  const acc: MoneyQualifiers = { vat: null, period: null, periodYears: null };
  let end = pos;
  for (;;) {
    const spaced = skip(text, end, /\s*/y);
    const withComma = skip(text, spaced, /,\s*/y);
    let advanced = false;
    // Try without a comma first; a comma may separate qualifiers except a bare "total" ("£5m, total…").
    for (const start of withComma === spaced ? [spaced] : [spaced, withComma]) {
      if (text[start] === '(') {
        const bracket = readBracketAt(text, start, acc);
        if (bracket) {
          bracket.found.forEach((q) => apply(acc, q));
          end = bracket.end;
          advanced = true;
          break;
        }
        continue;
      }
      const next = readQualifierAt(text, start);
      if (!next || !fits(acc, next.q)) continue;
      if (start !== spaced && /^(?:in\s+)?total$/i.test(text.slice(start, next.end))) continue;
      apply(acc, next.q);
      end = next.end;
      advanced = true;
      break;
    }
    if (!advanced) return { ...acc, end };
  }
}

// ---------------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------------

/** Cheap test that rules out text with nothing to find, before the full pattern runs. */
const MAY_HAVE_MONEY = /£|GBP|pound|sterling/i;

/**
 * Finds sterling amounts in a piece of plain text, in order. Offsets are into `text`; a match's `text`
 * covers the amount (with its currency sign or word) and its trailing qualifiers.
 */
export function extractMoney(text: string): MoneyValue[] {
  // A currency sign or word is required by AMOUNT_RE.
  if (!MAY_HAVE_MONEY.test(text)) return [];
  const results: MoneyValue[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text))) {
    // Groups: 1–2 "£"/GBP numeral and multiplier; 3–4 numeral and multiplier before "pounds"; 5 words.
    let amount: number | null;
    if (m[1] !== undefined) amount = amountOf(m[1], m[2]);
    else if (m[3] !== undefined) amount = amountOf(m[3], m[4]);
    else amount = parseNumber(m[5] ?? '');
    if (amount === null || Number.isNaN(amount)) continue;

    const start = m.index;
    const qualifiers = readQualifiers(text, start + m[0].length);
    const end = qualifiers.end;
    results.push({
      start,
      end,
      text: text.slice(start, end),
      amount,
      vat: qualifiers.vat,
      period: qualifiers.period,
      periodYears: qualifiers.periodYears,
    });
    AMOUNT_RE.lastIndex = end;
  }
  return results;
}
