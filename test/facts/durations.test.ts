import { describe, expect, it } from 'vitest';
import { extractDurations } from '../../core/facts/durations';
import type { DurationValue } from '../../core/facts/types';

type Pinned = Pick<DurationValue, 'text' | 'value' | 'unit' | 'parts' | 'months' | 'days' | 'working'>;

const years = (text: string, value: number, parts = [value]): Pinned => ({
  text, value, unit: 'year', parts, months: value * 12, days: null, working: false,
});
const months = (text: string, value: number): Pinned => ({
  text, value, unit: 'month', parts: [value], months: value, days: null, working: false,
});
const days = (text: string, value: number, working = false): Pinned => ({
  text, value, unit: 'day', parts: [value], months: null, days: value, working,
});

const cases: Array<{ input: string; expected: Pinned[] }> = [
  { input: 'a term of three years', expected: [years('three years', 3)] },
  { input: '3 years', expected: [years('3 years', 3)] },
  { input: '36 months', expected: [months('36 months', 36)] },
  { input: 'an initial term of 2 + 1 + 1 years', expected: [years('2 + 1 + 1 years', 4, [2, 1, 1])] },
  { input: '2+1 years', expected: [years('2+1 years', 3, [2, 1])] },
  { input: 'a 2 + 1 years contract', expected: [years('2 + 1 years', 3, [2, 1])] },
  { input: 'a two-year contract', expected: [years('two-year', 2)] },
  { input: 'a 3-year framework', expected: [years('3-year', 3)] },
  { input: 'a 12-month extension', expected: [months('12-month', 12)] },
  { input: 'a twenty-four-month term', expected: [months('twenty-four-month', 24)] },
  { input: 'six weeks', expected: [{ text: 'six weeks', value: 6, unit: 'week', parts: [6], months: null, days: 42, working: false }] },
  { input: 'within 10 working days', expected: [days('10 working days', 10, true)] },
  { input: 'within 10 Working Days', expected: [days('10 Working Days', 10, true)] },
  { input: '8 business days', expected: [days('8 business days', 8, true)] },
  { input: '30 calendar days', expected: [days('30 calendar days', 30)] },
  { input: 'payment within 30 days', expected: [days('30 days', 30)] },
  { input: 'one (1) year', expected: [years('one (1) year', 1)] },
  { input: 'twelve (12) months', expected: [months('twelve (12) months', 12)] },
  { input: 'a period of 18 months', expected: [months('18 months', 18)] },
  { input: '1.5 years', expected: [years('1.5 years', 1.5)] },
  { input: 'at least 5 years of experience', expected: [years('5 years', 5)] },
  {
    input: 'The contract will run for 3 years with an option to extend for a further 12 months.',
    expected: [years('3 years', 3), months('12 months', 12)],
  },

  // Not durations
  { input: 'applicants must be 18 years old', expected: [] },
  { input: 'aged 16 years', expected: [] },
  { input: 'aged 16', expected: [] },
  { input: 'under 18 years of age', expected: [] },
  { input: 'a 16-year-old apprentice', expected: [] },
  { input: '22 January 2027', expected: [] },
  { input: '£60k a year', expected: [] },
  { input: 'Year 2 of the contract', expected: [] },
  { input: 'version 1.5', expected: [] },
  { input: '[insert number] years', expected: [] },
];

describe('extractDurations', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const found = extractDurations(input);
    expect(found.map(({ text, value, unit, parts, months, days, working }) => ({ text, value, unit, parts, months, days, working }))).toEqual(expected);
    for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});
