/** Table-driven tests for deciding above or below threshold from a document's value facts. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../core/facts/extract';
import { parseMarkdown } from '../../core/model/markdown';
import { estimatedTotalValue, thresholdPosition } from '../../core/policy/threshold-position';

const facts = (text: string) => extractFacts(parseMarkdown(text));

describe('estimatedTotalValue', () => {
  it.each([
    ['The estimated total contract value is £900,000 excluding VAT, which is £300,000 per annum.', 900_000, false],
    ['The estimated contract value is £150,000 per annum. The contract will run for an initial term of two years.', 300_000, true],
    ['The estimated contract value is £150,000 per annum.', null, false],
    ['The contract will run for three years.', null, false],
  ])('%s', (text, amount, derived) => {
    const v = estimatedTotalValue(facts(text));
    expect(v ? [v.amount, v.derived] : [null, false]).toEqual([amount, derived]);
  });
});

describe('thresholdPosition', () => {
  it.each([
    ['The estimated total contract value is £900,000 excluding VAT.', 'above'],
    ['The estimated total contract value is £207,720.', 'above'],
    ['The estimated total contract value is £150,000.', 'unknown'],
    ['The estimated total contract value is £112,000 excluding VAT.', 'below'],
    // With VAT added, £113,000 could reach £135,600: not surely below the £135,018 threshold.
    ['The estimated total contract value is £113,000 excluding VAT.', 'unknown'],
    ['The estimated total contract value is £130,000 including VAT.', 'below'],
    ['The estimated total contract value is £60,000.', 'below'],
    ['The contract will run for three years.', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(thresholdPosition(facts(text)).status).toBe(status);
  });
});
