/** Table-driven tests for evaluation weights written as lines of text, and for weight ranges. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { splitRow } from '../../core/model/rows';
import { extractFacts } from '../../core/facts/extract';
import { criteriaSplits } from '../../core/facts/evaluation';
import { readWeightLine } from '../../core/facts/evaluation-lines';

const facts = (text: string) => extractFacts(parseMarkdown(text));
const summary = (text: string) =>
  facts(text).evaluation.map((t) => ({
    origin: t.origin,
    uncertain: t.uncertain === true,
    ranges: t.ranges === true,
    criteria: t.criteria.map((c) => [c.name, c.weight ?? (c.weightBounds ? `${c.weightBounds.min}-${c.weightBounds.max}` : null), c.category]),
  }));

describe('readWeightLine', () => {
  const cases: Array<[string, [string, number | null, string | null, boolean] | null]> = [
    // [line, [name, weight, bounds, total] or null]
    ['Quality\t60%', ['Quality', 60, null, false]],
    ['2\tService delivery\t25%', ['Service delivery', 25, null, false]],
    ['Social value:\t10 %', ['Social value', 10, null, false]],
    ['Price: 40%', ['Price', 40, null, false]],
    ['Price (40%)', ['Price', 40, null, false]],
    ['Technical merit 45%', ['Technical merit', 45, null, false]],
    ['Price – 30%', ['Price', 30, null, false]],
    ['Community benefits 12.5 per cent', ['Community benefits', 12.5, null, false]],
    ['Price 10% to 90%', ['Price', null, '10-90', false]],
    ['Quality\t20-70%', ['Quality', null, '20-70', false]],
    ['Total: 100%', ['Total', 100, null, true]],
    // Not a criterion and its weight
    ['The lowest price will receive 40%', null],
    ['Bids are scored out of 100%.', null],
    ['Minimum quality score: 60%', null],
    ['Management charge\t0.5%', null],
    ['Annual price increase: 3%', null],
    ['Price 40% and quality 60%', null],
    ['Quality', null],
    ['Price: see the pricing schedule', null],
    ['Price 40% (see Annex B)', null],
  ];
  it.each(cases)('%j', (line, expected) => {
    const row = splitRow(line);
    const read = readWeightLine(line, row);
    if (expected === null) return expect(read).toBeNull();
    const [name, weight, bounds, total] = expected;
    expect(read).toMatchObject({ name, weight, total });
    expect(read!.bounds ? `${read!.bounds.min}-${read!.bounds.max}` : null).toBe(bounds);
    expect(line.slice(read!.valueStart, read!.valueEnd)).toMatch(/%|per cent/);
  });

  // Found by the fuzz suite: a value cell holding a line separator or a lone CR made the weight reader throw,
  // and with it the whole check of the document.
  // Found with the fuzz suite: the value was trimmed by a pattern that took cubic time on spaces between two other
  // characters (2,000 spaces: 3 s; 20,000 would be hours).
  it('a weight cell of 20,000 spaces between two characters is read at once', () => {
    const started = performance.now();
    for (const line of [`Price: 40% x${' '.repeat(20_000)}(`, `Price\t40% x${' '.repeat(20_000)}(`]) expect(readWeightLine(line, splitRow(line))).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each(['Price\t10%\u2028more', 'Quality\t60%\rnext', 'Price\t(40%\r)'])('a line break inside a value cell is not a crash: %j', (line) => {
    expect(() => readWeightLine(line, splitRow(line))).not.toThrow();
    expect(() => extractFacts(parseMarkdown(`Award criteria\n\n${line}\n\nPrice\t40%\n`))).not.toThrow();
  });
});

describe('weights in lines of text', () => {
  it.each([
    {
      name: 'tab-separated lines after an introducing sentence',
      text: '# ITT\n\n## 6. How tenders are assessed\n\nThe weightings are:\n\nQuality\t55%\nPrice\t35%\nSocial value\t10%\n',
      expected: [{ origin: 'lines', uncertain: false, ranges: false, criteria: [['Quality', 55, 'quality'], ['Price', 35, 'price'], ['Social value', 10, 'social-value']] }],
    },
    {
      name: 'colon lines under an evaluation heading',
      text: '# ITT\n\n## Evaluation\n\nService model: 50%  \nPrice: 40%  \nSocial value: 10%\n',
      expected: [{ origin: 'lines', uncertain: false, ranges: false, criteria: [['Service model', 50, 'other'], ['Price', 40, 'price'], ['Social value', 10, 'social-value']] }],
    },
    {
      name: 'one short paragraph per criterion, one split per lot',
      text: '# ITT\n\n## Award\n\nLot 1 will be weighted as follows:\n\nQuality 60%\n\nPrice 30%\n\nSocial value 10%\n\nLot 2 will be weighted as follows:\n\nQuality 20%\n\nPrice 70%\n\nSocial value 10%\n',
      expected: [
        { origin: 'lines', uncertain: false, ranges: false, criteria: [['Quality', 60, 'quality'], ['Price', 30, 'price'], ['Social value', 10, 'social-value']] },
        { origin: 'lines', uncertain: false, ranges: false, criteria: [['Quality', 20, 'quality'], ['Price', 70, 'price'], ['Social value', 10, 'social-value']] },
      ],
    },
    {
      name: 'numbered sub-criteria under their parent',
      text: '# ITT\n\n## Evaluation\n\n1\tPrice\t40%\n2\tQuality\t50%\n2.1\tDelivery plan\t30%\n2.2\tStaffing\t20%\n3\tSocial value\t10%\n',
      expected: [{ origin: 'lines', uncertain: false, ranges: false, criteria: [['Price', 40, 'price'], ['Quality', 50, 'quality'], ['Social value', 10, 'social-value']] }],
    },
    {
      name: 'ranges to choose weights from',
      text: '# Framework\n\n## Call-off award criteria\n\nBuyers set the weightings within these ranges:\n\nQuality\t10% to 90%\nPrice\t10% to 90%\n',
      expected: [{ origin: 'lines', uncertain: false, ranges: true, criteria: [['Quality', '10-90', 'quality'], ['Price', '10-90', 'price']] }],
    },
    {
      name: 'a criterion split off by an explanation makes the read uncertain',
      text: '# ITT\n\n## Evaluation\n\nPrice: 30%  \nQuality: 60%\n\nQuality answers are marked by a panel of three.\n\nSocial value: 10%\n',
      expected: [{ origin: 'lines', uncertain: true, ranges: false, criteria: [['Price', 30, 'price'], ['Quality', 60, 'quality']] }],
    },
    {
      name: 'quality questions with no price line are one part of the split',
      text: '# ITT\n\n## Quality evaluation\n\nApproach: 30%  \nTeam: 20%\n',
      expected: [{ origin: 'lines', uncertain: true, ranges: false, criteria: [['Approach', 30, 'other'], ['Team', 20, 'other']] }],
    },
  ])('$name', ({ text, expected }) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['payment lines outside evaluation', '# Contract\n\n## Payment\n\nOn signature: 20%  \nOn completion: 80%\n'],
    ['thresholds and charges', '# ITT\n\n## Evaluation\n\nMinimum quality score: 60%  \nManagement charge: 1%\n'],
    ['sentences ending in a percentage', '# ITT\n\n## Evaluation\n\nThe top bid on price will receive 40%\n\nThe next will receive 30%\n'],
    ['a single weight line', '# ITT\n\n## Evaluation\n\nSocial value: 10%\n'],
  ])('no split from %s', (_name, text) => {
    expect(facts(text).evaluation.filter((t) => t.origin === 'lines')).toEqual([]);
  });
});

describe('weight ranges', () => {
  it('reads a heading per criterion with its range under a weightings heading', () => {
    const text =
      '# Brief\n\n## Evaluation weighting\n\nSay how important each criterion is. The total must be 100%.\n\n### Technical competence\n\nYou can choose between 15% and 70%.\n\n### Team fit\n\nYou can choose between 5% and 25%.\n\n### Price\n\nYou can choose between 25% and 80%.\n';
    expect(summary(text)).toEqual([
      { origin: 'sections', uncertain: false, ranges: true, criteria: [['Technical competence', '15-70', 'quality'], ['Team fit', '5-25', 'other'], ['Price', '25-80', 'price']] },
    ]);
    expect(criteriaSplits(facts(text).evaluation)).toHaveLength(1);
  });

  it('reads range cells in a weightings table', () => {
    const text = '## Award criteria\n\n| Criteria | Relative weighting percentage |\n| --- | --- |\n| Quality, including social value | 10% to 90% (at least 10% for social value) |\n| Price | 10% to 90% |\n';
    expect(summary(text)).toEqual([
      { origin: 'table', uncertain: false, ranges: true, criteria: [['Quality, including social value', '10-90', 'social-value'], ['Price', '10-90', 'price']] },
    ]);
  });

  it('a single range is not a split', () => {
    const text = '# Brief\n\n## Evaluation weighting\n\n### Price\n\nBetween 20% and 80%.\n\n### Quality\n\nTell us what matters most.\n';
    expect(facts(text).evaluation).toEqual([]);
  });
});
