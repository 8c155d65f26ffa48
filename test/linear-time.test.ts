/**
 * Shapes that used to cost the square of a block's length: a paragraph with no sentence end, long runs of
 * digits or full stops, many facts in one paragraph. Results are checked here; the times are measured by
 * bench/adversarial.mjs (docs/reliability.md), never asserted in-process.
 */
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../core/model/sentences';
import { NUMERAL_PATTERN, STATED_NUMBER_PATTERN } from '../core/facts/numbers';
import { extractMoney } from '../core/facts/money';

describe('sentences of a paragraph without full stops', () => {
  it('keeps an ordinary long sentence whole', () => {
    const sentence = `The provider shall ${'deliver the agreed services to residents '.repeat(100)}without delay`;
    expect(sentence.length).toBeGreaterThan(4000);
    expect(splitSentences(`${sentence}. Next one.`).map((s) => s.text)).toEqual([`${sentence}.`, 'Next one.']);
  });

  it('cuts a run-on of more than 10,000 characters into pieces at spaces', () => {
    const text = 'the council will pay £1,000 '.repeat(1000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(40);
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(500);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    // Every word is in exactly one piece, in order.
    expect(spans.map((s) => s.text).join(' ')).toBe(text.trim());
  });

  it('cuts a run with no spaces at all', () => {
    const spans = splitSentences('7'.repeat(20_001));
    expect(spans.map((s) => s.text.length)).toEqual([...Array(40).fill(500), 1]);
  });

  it('finds the sentence around an offset', () => {
    const text = 'First sentence here. Second one follows. Third.';
    expect(sentenceAt(text, 0)).toBe('First sentence here.');
    expect(sentenceAt(text, text.indexOf('one'))).toBe('Second one follows.');
    expect(sentenceAt(text, text.length - 2)).toBe('Third.');
    const long = 'word '.repeat(5000);
    expect(sentenceAt(long, 12_000).length).toBeLessThanOrEqual(500);
  });

  it('still ends a sentence at a run of full stops, and not inside one', () => {
    expect(splitSentences('Wait... Then go.').map((s) => s.text)).toEqual(['Wait...', 'Then go.']);
    expect(splitSentences(`${'.'.repeat(50)}x`).map((s) => s.text)).toEqual([`${'.'.repeat(50)}x`]);
  });
});

describe('numerals next to other digits', () => {
  const numeral = new RegExp(NUMERAL_PATTERN, 'g');
  it('reads a numeral from its first digit only', () => {
    expect('1234 and 5,000.50'.match(numeral)).toEqual(['1234', '5,000.50']);
    expect('v2.5'.match(numeral)).toEqual(['2.5']);
  });
  it('finds a stated number before a word', () => {
    const kpis = new RegExp(`(${STATED_NUMBER_PATTERN})\\s+KPIs`, 'gi');
    expect([...'up to twelve (12) KPIs and 30 KPIs'.matchAll(kpis)].map((m) => m[1])).toEqual(['twelve (12)', '30']);
    expect('1'.repeat(5000).match(kpis)).toBeNull();
  });
  it('finds every amount in a paragraph of amounts', () => {
    const text = Array(2000).fill('£1,000,000.00').join(' ');
    const found = extractMoney(text);
    expect(found).toHaveLength(2000);
    expect(found.every((m) => m.amount === 1_000_000)).toBe(true);
  });
});

describe('timetable labels ending in separators', () => {
  it('reads a list label before its date, with the separators and "by"/"on"/"at" removed', async () => {
    const { extractFacts } = await import('../core/facts/extract');
    const { parseMarkdown } = await import('../core/model/markdown');
    const doc = parseMarkdown('## Timetable\n\n- Deadline for tenders – by 1 March 2027\n- Clarification deadline on 3 February 2027\n- Site visit | at 4 February 2027\n');
    const labels = extractFacts(doc).timetable.map((e) => e.label);
    expect(labels).toEqual(['Deadline for tenders', 'Clarification deadline', 'Site visit']);
  });
});

describe('review marks', () => {
  it('counts CriticMarkup marks as the pattern did, and an unclosed run of openings costs its length', async () => {
    const { criticMarkupRevisions } = await import('../core/model/revisions');
    expect(criticMarkupRevisions('a {++new++} b {--old--} c {~~x~>y~~} d {>>note<<} {++open')).toEqual({ insertions: 2, deletions: 2, formatting: 0, comments: 1 });
    expect(criticMarkupRevisions('{+++} {++}++} text')).toEqual({ insertions: 1, deletions: 0, formatting: 0, comments: 0 });
    expect(criticMarkupRevisions('{--'.repeat(100_000))).toBeUndefined();
    expect(criticMarkupRevisions('no marks {here}')).toBeUndefined();
  });
});

describe('runs of number words', () => {
  it('reads number words as before, and is not entered part-way', async () => {
    const { NUMBER_WORD_PATTERN } = await import('../core/facts/numbers');
    const { extractPercentages } = await import('../core/facts/percentages');
    const { extractDurations } = await import('../core/facts/durations');
    const words = new RegExp(NUMBER_WORD_PATTERN, 'gi');
    expect('two hundred and fifty thousand, then forty-five and someone two'.match(words)).toEqual(['two hundred and fifty thousand', 'forty-five', 'two']);
    expect(extractPercentages('ten per cent and twenty-five percent').map((p) => p.value)).toEqual([10, 25]);
    expect(extractDurations('three (3) years and someone two years').map((d) => d.text)).toEqual(['three (3) years', 'two years']);
    // A long run with no unit after it: found nowhere, and read once (not once per word).
    expect(extractPercentages(`six-${'four and '.repeat(20_000)}%`)).toEqual([]);
  });
});
