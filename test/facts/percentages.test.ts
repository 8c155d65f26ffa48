import { describe, expect, it } from 'vitest';
import { extractPercentages, extractPercentRanges } from '../../core/facts/percentages';

const cases: Array<{ input: string; expected: Array<{ text: string; value: number }> }> = [
  { input: 'Quality 60%', expected: [{ text: '60%', value: 60 }] },
  { input: '10 %', expected: [{ text: '10 %', value: 10 }] },
  { input: '12.5%', expected: [{ text: '12.5%', value: 12.5 }] },
  { input: '0.5%', expected: [{ text: '0.5%', value: 0.5 }] },
  { input: '100%', expected: [{ text: '100%', value: 100 }] },
  { input: 'ten per cent', expected: [{ text: 'ten per cent', value: 10 }] },
  { input: '10 percent', expected: [{ text: '10 percent', value: 10 }] },
  { input: '10 per cent', expected: [{ text: '10 per cent', value: 10 }] },
  { input: 'twenty-five per cent', expected: [{ text: 'twenty-five per cent', value: 25 }] },
  { input: 'ten (10) per cent', expected: [{ text: 'ten (10) per cent', value: 10 }] },
  { input: 'Price 40% / Quality 60%', expected: [{ text: '40%', value: 40 }, { text: '60%', value: 60 }] },
  // Not percentages
  { input: '%', expected: [] },
  { input: 'XX%', expected: [] },
  { input: '[insert]%', expected: [] },
  { input: 'ten percentage points', expected: [] },
];

describe('extractPercentages', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const found = extractPercentages(input);
    expect(found.map(({ text, value }) => ({ text, value }))).toEqual(expected);
    for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('extractPercentRanges', () => {
  const cases: Array<[string, Array<[string, number, number]>]> = [
    ['10% to 90%', [['10% to 90%', 10, 90]]],
    ['You can choose between 15% and 70%.', [['between 15% and 70%', 15, 70]]],
    ['Quality 20-70%', [['20-70%', 20, 70]]],
    ['Price 25 – 80 per cent', [['25 – 80 per cent', 25, 80]]],
    ['between 5 and 25%', [['between 5 and 25%', 5, 25]]],
    ['Quality 10% to 90% (at least 10% for social value)', [['10% to 90%', 10, 90]]],
    // Not ranges
    ['Quality 60% and price 40%', []],
    ['10% and 20%', []],
    ['90-10%', []],
    ['Price 40%', []],
    ['2026-27%', []],
  ];
  it.each(cases)('%s', (input, expected) => {
    const found = extractPercentRanges(input);
    expect(found.map((r) => [r.text, r.min, r.max])).toEqual(expected);
    for (const r of found) expect(input.slice(r.start, r.end)).toBe(r.text);
  });
});
