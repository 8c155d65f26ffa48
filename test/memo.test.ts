/**
 * The memos behind incremental checking (core/model/memo.ts): remembered answers must always be the answers.
 */
import { describe, expect, it } from 'vitest';
import { PatternScreen, TextMemo, clearTextMemos, statelessPattern, testText } from '../core/model/memo';

describe('TextMemo', () => {
  it('computes once per text and keeps the newest texts when full', () => {
    const calls: string[] = [];
    const memo = new TextMemo((text: string) => {
      calls.push(text);
      return text.length;
    }, 2);
    expect([memo.get('alpha'), memo.get('be'), memo.get('alpha')]).toEqual([5, 2, 5]);
    expect(calls).toEqual(['alpha', 'be']);
    // The third text starts a new generation; the older one is still read.
    memo.get('gamma');
    memo.get('be');
    expect(calls).toEqual(['alpha', 'be', 'gamma']);
    // Two generations on, a text not asked for since is computed again.
    memo.get('delta');
    memo.get('epsilon');
    memo.get('alpha');
    expect(calls).toEqual(['alpha', 'be', 'gamma', 'delta', 'epsilon', 'alpha']);
  });

  it('is emptied by clearTextMemos', () => {
    let calls = 0;
    const memo = new TextMemo(() => ++calls);
    memo.get('Tenders must be submitted by noon.');
    clearTextMemos();
    expect(memo.size).toBe(0);
    expect(memo.get('Tenders must be submitted by noon.')).toBe(2);
  });
});

describe('TextMemo.values', () => {
  const memo = () => new TextMemo((text: string) => (text.includes('£') ? { money: text } : null));

  it('returns the last list itself when every value is the one at its place, and a new list when one is not', () => {
    const m = memo();
    const first = m.values(['Scope of the service', 'The budget is £40,000.', 'Tenders close at noon.']);
    expect(first).toEqual([null, { money: 'The budget is £40,000.' }, null]);
    // An edit to a block with no facts: the same values, so the same list (nothing replaced in the old generation).
    const second = m.values(['Scope of the services', 'The budget is £40,000.', 'Tenders close at noon.']);
    expect(second).toBe(first);
    // An edit that changes a value: a new list, the earlier one untouched.
    const third = m.values(['Scope of the services', 'The budget is £45,000.', 'Tenders close at noon.']);
    expect(third).not.toBe(first);
    expect(third).toEqual([null, { money: 'The budget is £45,000.' }, null]);
    expect(first).toEqual([null, { money: 'The budget is £40,000.' }, null]);
  });

  it('gives each text its own value after blocks are inserted or removed', () => {
    const m = memo();
    m.values(['A', 'Fee £10.', 'B']);
    const inserted = m.values(['A', 'New £5.', 'Fee £10.', 'B']);
    expect(inserted).toEqual([null, { money: 'New £5.' }, { money: 'Fee £10.' }, null]);
    const removed = m.values(['Fee £10.', 'B']);
    expect(removed).toEqual([{ money: 'Fee £10.' }, null]);
    // Same length, every text moved by one: values follow the texts, not the places.
    expect(m.values(['B', 'Fee £10.'])).toEqual([null, { money: 'Fee £10.' }]);
  });
});

describe('testText', () => {
  const sentences = [
    'Bidders must hold public liability insurance of £5 million.',
    'Tenders must be returned through the portal by 12:00 on 3 March 2027.',
    'The Council welcomes bids from consortia and voluntary organisations.',
    '',
  ];
  // More patterns than fit in one packed word, so that answers span several.
  const patterns = [
    /\binsurance\b/i, /\bportal\b/, /\bconsorti(?:a|um)\b/i, /£\s?\d/, /\bmust\b/, /\bCouncil\b/, /\bnoon\b/i, /\b12:00\b/,
    /\bvoluntary\b/, /\bwelcomes?\b/, /\bliability\b/, /\bTenders\b/, /\bbids?\b/, /\bmillion\b/, /\bMarch\b/, /\b2027\b/,
    /\bBidders\b/, /\borganisations\b/, /^$/, /\bnot\b/, /^Bidders/, /\.$/,
  ];

  it('answers exactly as RegExp.test, asked once or many times, in any order', () => {
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...patterns].reverse() : patterns;
      for (const text of sentences) {
        for (const re of order) expect(testText(re, text), `${re} on "${text}"`).toBe(re.test(text));
      }
    }
  });

  it('still answers after the memos are cleared', () => {
    expect(testText(/\bportal\b/, sentences[1]!)).toBe(true);
    clearTextMemos();
    expect(testText(/\bportal\b/, sentences[1]!)).toBe(true);
    expect(testText(/\binsurance\b/, sentences[1]!)).toBe(false);
  });

  it('runs global and sticky patterns afresh from the start', () => {
    const global = /\bmust\b/g;
    global.lastIndex = 40;
    expect(testText(global, sentences[0]!)).toBe(true);
    expect(testText(global, sentences[0]!)).toBe(true);
    expect(testText(/Tenders/y, sentences[1]!)).toBe(true);
    expect(testText(/must/y, sentences[1]!)).toBe(false);
  });
});

describe('statelessPattern', () => {
  it('drops global and sticky state and keeps every other flag', () => {
    const copy = statelessPattern(/\bLot\s+\d+/giy);
    expect(copy.flags).toBe('i');
    expect(copy.source).toBe('\\bLot\\s+\\d+');
    expect([copy.test('lot 1 and lot 2'), copy.test('lot 1 and lot 2')]).toEqual([true, true]);
    const plain = /\bLot\b/i;
    expect(statelessPattern(plain)).toBe(plain);
  });
});

describe('PatternScreen', () => {
  const TURNOVER = /\bturnover\b/i;
  const LOTS = /\bLot\s+\d+\b/g;
  const PENALTY = /\bservice\s+credits?\b/i;
  const screen = new PatternScreen([TURNOVER, LOTS, PENALTY].map((re) => [re, re] as const));
  const cases: Array<[string, boolean, boolean, boolean]> = [
    ['Bidders must have a minimum annual turnover of £2 million.', true, false, false],
    ['Lot 1 covers the north of the county and Lot 2 the south.', false, true, false],
    ['Service credits apply where the turnover of staff exceeds 20%.', true, false, true],
    ['The Council welcomes bids from voluntary organisations.', false, false, false],
  ];

  it.each(cases)('screens "%s" as the patterns answer', (text, turnover, lots, penalty) => {
    for (let round = 0; round < 2; round++) {
      const bits = screen.of(text);
      expect([screen.matches(bits, TURNOVER), screen.matches(bits, LOTS), screen.matches(bits, PENALTY)]).toEqual([turnover, lots, penalty]);
    }
  });

  it('answers undefined for a pattern it does not hold', () => {
    expect(screen.matches(screen.of(cases[0]![0]), /\bturnover\b/i)).toBeUndefined();
  });

  it('refuses more patterns than fit in one small integer', () => {
    const many = Array.from({ length: 32 }, (_, i) => [i, new RegExp(`x${i}`)] as const);
    expect(() => new PatternScreen(many)).toThrow(/at most 31/);
  });
});
