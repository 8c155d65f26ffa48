import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../core/facts/money';
import type { MoneyValue } from '../../core/facts/types';

type Pinned = Pick<MoneyValue, 'text' | 'amount' | 'vat' | 'period' | 'periodYears'>;

/** A match with no qualifiers. */
const plain = (text: string, amount: number): Pinned => ({ text, amount, vat: null, period: null, periodYears: null });

const cases: Array<{ input: string; expected: Pinned[] }> = [
  // Amount forms
  { input: 'The value is £1,250,000.', expected: [plain('£1,250,000', 1_250_000)] },
  { input: '£1.25m', expected: [plain('£1.25m', 1_250_000)] },
  { input: 'about £1.25 million', expected: [plain('£1.25 million', 1_250_000)] },
  { input: '£60k', expected: [plain('£60k', 60_000)] },
  { input: '£60K', expected: [plain('£60K', 60_000)] },
  { input: '£2bn', expected: [plain('£2bn', 2_000_000_000)] },
  { input: '£2 billion', expected: [plain('£2 billion', 2_000_000_000)] },
  { input: 'a fee of £500.', expected: [plain('£500', 500)] },
  { input: '£12.50', expected: [plain('£12.50', 12.5)] },
  { input: 'GBP 60,000', expected: [plain('GBP 60,000', 60_000)] },
  { input: 'up to 60,000 pounds', expected: [plain('60,000 pounds', 60_000)] },
  { input: 'sixty thousand pounds', expected: [plain('sixty thousand pounds', 60_000)] },
  { input: 'two hundred and fifty thousand pounds', expected: [plain('two hundred and fifty thousand pounds', 250_000)] },
  { input: '£60,000.00', expected: [plain('£60,000.00', 60_000)] },
  { input: '£1.2m', expected: [plain('£1.2m', 1_200_000)] },

  // VAT qualifiers
  { input: '£1.2m (including VAT)', expected: [{ text: '£1.2m (including VAT)', amount: 1_200_000, vat: 'inclusive', period: null, periodYears: null }] },
  { input: '£500 inc. VAT', expected: [{ text: '£500 inc. VAT', amount: 500, vat: 'inclusive', period: null, periodYears: null }] },
  { input: '£500 incl VAT', expected: [{ text: '£500 incl VAT', amount: 500, vat: 'inclusive', period: null, periodYears: null }] },
  { input: '£500 inclusive of VAT', expected: [{ text: '£500 inclusive of VAT', amount: 500, vat: 'inclusive', period: null, periodYears: null }] },
  { input: '£500 excl. VAT', expected: [{ text: '£500 excl. VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 ex VAT', expected: [{ text: '£500 ex VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 exc VAT', expected: [{ text: '£500 exc VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 exclusive of VAT', expected: [{ text: '£500 exclusive of VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 plus VAT', expected: [{ text: '£500 plus VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 + VAT', expected: [{ text: '£500 + VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },
  { input: '£500 net of VAT', expected: [{ text: '£500 net of VAT', amount: 500, vat: 'exclusive', period: null, periodYears: null }] },

  // Periods
  { input: '£60k per year', expected: [{ text: '£60k per year', amount: 60_000, vat: null, period: 'year', periodYears: null }] },
  { input: '£60k p.a.', expected: [{ text: '£60k p.a.', amount: 60_000, vat: null, period: 'year', periodYears: null }] },
  { input: '£60k a year', expected: [{ text: '£60k a year', amount: 60_000, vat: null, period: 'year', periodYears: null }] },
  { input: '£60k each year', expected: [{ text: '£60k each year', amount: 60_000, vat: null, period: 'year', periodYears: null }] },
  { input: '£60k annually', expected: [{ text: '£60k annually', amount: 60_000, vat: null, period: 'year', periodYears: null }] },
  { input: '£5,000 per month', expected: [{ text: '£5,000 per month', amount: 5_000, vat: null, period: 'month', periodYears: null }] },
  { input: '£900 pcm', expected: [{ text: '£900 pcm', amount: 900, vat: null, period: 'month', periodYears: null }] },
  { input: '£900 a month', expected: [{ text: '£900 a month', amount: 900, vat: null, period: 'month', periodYears: null }] },
  { input: '£1,000 per week', expected: [{ text: '£1,000 per week', amount: 1_000, vat: null, period: 'week', periodYears: null }] },
  { input: '£650 per day', expected: [{ text: '£650 per day', amount: 650, vat: null, period: 'day', periodYears: null }] },
  { input: '£85 per hour', expected: [{ text: '£85 per hour', amount: 85, vat: null, period: 'hour', periodYears: null }] },
  { input: '£85 an hour', expected: [{ text: '£85 an hour', amount: 85, vat: null, period: 'hour', periodYears: null }] },
  { input: '£180,000 over three years', expected: [{ text: '£180,000 over three years', amount: 180_000, vat: null, period: 'total', periodYears: 3 }] },
  { input: '£180,000 over 3 years', expected: [{ text: '£180,000 over 3 years', amount: 180_000, vat: null, period: 'total', periodYears: 3 }] },
  { input: '£180k over the 3-year term', expected: [{ text: '£180k over the 3-year term', amount: 180_000, vat: null, period: 'total', periodYears: 3 }] },
  { input: '£2m over the life of the contract', expected: [{ text: '£2m over the life of the contract', amount: 2_000_000, vat: null, period: 'total', periodYears: null }] },
  { input: '£2m in total', expected: [{ text: '£2m in total', amount: 2_000_000, vat: null, period: 'total', periodYears: null }] },
  { input: '£2m total', expected: [{ text: '£2m total', amount: 2_000_000, vat: null, period: 'total', periodYears: null }] },

  // Qualifiers in either order, bare or bracketed
  { input: '£60k per annum excluding VAT', expected: [{ text: '£60k per annum excluding VAT', amount: 60_000, vat: 'exclusive', period: 'year', periodYears: null }] },
  { input: '£60k (excl. VAT) per year', expected: [{ text: '£60k (excl. VAT) per year', amount: 60_000, vat: 'exclusive', period: 'year', periodYears: null }] },
  { input: '£60,000, excluding VAT, per annum.', expected: [{ text: '£60,000, excluding VAT, per annum', amount: 60_000, vat: 'exclusive', period: 'year', periodYears: null }] },
  { input: '£1.5m (excluding VAT, over four (4) years)', expected: [{ text: '£1.5m (excluding VAT, over four (4) years)', amount: 1_500_000, vat: 'exclusive', period: 'total', periodYears: 4 }] },
  // A second period qualifier is not attached: the amount is annual.
  { input: '£60k per year over three years', expected: [{ text: '£60k per year', amount: 60_000, vat: null, period: 'year', periodYears: null }] },

  // Several amounts, offsets in order
  {
    input: 'Between £50,000 and £60,000 per annum (ex VAT).',
    expected: [plain('£50,000', 50_000), { text: '£60,000 per annum (ex VAT)', amount: 60_000, vat: 'exclusive', period: 'year', periodYears: null }],
  },

  // Not money
  { input: '£X', expected: [] },
  { input: '£[insert]', expected: [] },
  { input: 'Value: £XX,XXX', expected: [] },
  { input: 'XX', expected: [] },
  { input: 'a bare 60,000 without currency', expected: [] },
  { input: 'The £ sign alone', expected: [] },
  { input: 'Weighting 60%', expected: [] },
];

describe('extractMoney', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const found = extractMoney(input);
    expect(found.map(({ text, amount, vat, period, periodYears }) => ({ text, amount, vat, period, periodYears }))).toEqual(expected);
    // Offsets always point at the matched text.
    for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports offsets into the text', () => {
    const [m] = extractMoney('Budget: £1.25m inc VAT.');
    expect(m).toMatchObject({ start: 8, end: 22, text: '£1.25m inc VAT' });
  });
});
