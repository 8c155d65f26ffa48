/**
 * Property-based tests of the extractors (fast-check, fixed seed, short budget; `FUZZ_SEED` and `FUZZ_RUNS` scale
 * them up, see `npm run fuzz`):
 *  - on any string (NUL, lone surrogates, CR/CRLF/LF mixes, fragments of facts and markup) no extractor throws,
 *    every match lies inside the text, its `text` is exactly the text at its offsets, and matches come in order;
 *  - values are numbers (never NaN or infinite where a value was read);
 *  - facts found in a sentence are found again, with the same values and offsets shifted, after unrelated
 *    sentences are added before and after it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMoney } from '../../core/facts/money';
import { extractDates, inferYears } from '../../core/facts/dates';
import { extractDurations } from '../../core/facts/durations';
import { extractPercentRanges, extractPercentages } from '../../core/facts/percentages';
import { parseNumber, parseNumberWords, parseStatedNumber } from '../../core/facts/numbers';
import { readWeightLine } from '../../core/facts/evaluation-lines';
import { splitSentences } from '../../core/model/sentences';
import { splitRow } from '../../core/model/rows';
import type { RawMatch } from '../../core/facts/types';
import { factSentence, filler, fuzzSettings, hostileText } from './arbitraries';

interface Span {
  start: number;
  end: number;
  text?: string;
}

/** Every span inside `text`, its text the text at its offsets, in order (and not overlapping unless allowed). */
function inside(text: string, spans: readonly Span[], overlap = false): void {
  let previous = 0;
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), JSON.stringify(s)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    if (s.text !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start, overlap ? 'matches out of order' : 'matches out of order or overlapping').toBeGreaterThanOrEqual(previous);
    previous = overlap ? s.start : s.end;
  }
}

const finite = (n: number | null) => n === null || Number.isFinite(n);

const extractors: Array<[string, (text: string) => readonly RawMatch[], (m: never) => boolean, boolean]> = [
  ['money', extractMoney, (m: { amount: number }) => Number.isFinite(m.amount) && m.amount >= 0, false],
  // A date range ("8–12 February 2027") gives two dates sharing text: dates may overlap but come in order.
  ['dates', extractDates, (m: { day: number; month: number; year: number | null }) => m.month >= 1 && m.month <= 12 && m.day >= 1 && m.day <= 31 && finite(m.year), true],
  ['durations', extractDurations, (m: { value: number; parts: number[] }) => Number.isFinite(m.value) && m.parts.every(Number.isFinite), false],
  ['percentages', extractPercentages, (m: { value: number }) => Number.isFinite(m.value), false],
  ['percentage ranges', extractPercentRanges as (t: string) => readonly RawMatch[], (m: { min: number; max: number }) => m.min <= m.max, false],
];

describe('extractors on any string', () => {
  for (const [name, extract, valid, overlap] of extractors) {
    it(`${name}: never throws, every match inside the text and equal to it, values well formed`, () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const found = extract(text);
          inside(text, found, overlap);
          for (const m of found) expect(valid(m as never), JSON.stringify(m)).toBe(true);
        }),
        fuzzSettings(300),
      );
    });
  }

  it('year inference never throws and only fills missing years', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const dates = extractDates(text);
        const written = dates.map((d) => d.year);
        inferYears(dates);
        dates.forEach((d, i) => {
          if (written[i] !== null) expect(d.year).toBe(written[i]);
          expect(finite(d.year)).toBe(true);
        });
      }),
      fuzzSettings(200),
    );
  });

  it('number parsing never throws and gives a finite number or null', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const parse of [parseNumber, parseNumberWords, parseStatedNumber]) {
          const n = parse(text);
          expect(n === null || !Number.isNaN(n)).toBe(true);
        }
      }),
      fuzzSettings(300),
    );
  });

  it('sentences and text rows: spans inside the text, in order', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        inside(text, splitSentences(text));
        for (const line of text.split('\n')) {
          const row = splitRow(line);
          if (row) inside(line, row.cells.map((c) => ({ start: c.start, end: c.end })));
          readWeightLine(line, row);
        }
      }),
      fuzzSettings(300),
    );
  });
});

/** The facts of a text as comparable data, offsets made relative to `base`. */
function facts(text: string, base = 0, from = 0, to = Infinity): unknown[] {
  const pick = (list: readonly RawMatch[]) =>
    list.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
  return [pick(extractMoney(text)), pick(extractDates(text)), pick(extractDurations(text)), pick(extractPercentages(text)), pick(extractPercentRanges(text))];
}

describe('facts in a sentence survive unrelated edits around it', () => {
  it('the same facts, offsets shifted, with filler before and after the sentence', () => {
    fc.assert(
      fc.property(factSentence, fc.option(filler, { nil: '' }), fc.option(filler, { nil: '' }), fc.constantFrom(' ', '\n', '  '), (sentence, before, after, join) => {
        const alone = facts(sentence);
        const prefix = before ? before + join : '';
        const text = prefix + sentence + (after ? join + after : '');
        expect(facts(text, prefix.length, prefix.length, prefix.length + sentence.length)).toEqual(alone);
        // …and nothing is read from the filler.
        expect(facts(text, 0, 0, prefix.length).flat()).toEqual([]);
      }),
      fuzzSettings(300),
    );
  });

  it('every generated fact sentence states at least one fact (the property above is not vacuous)', () => {
    fc.assert(
      fc.property(factSentence, (sentence) => {
        expect(facts(sentence).flat().length).toBeGreaterThan(0);
      }),
      fuzzSettings(200),
    );
  });
});
