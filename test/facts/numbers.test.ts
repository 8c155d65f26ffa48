import { describe, expect, it } from 'vitest';
import {
  NUMBER_WORD_PATTERN,
  parseNumber,
  parseNumberWords,
  parseNumeral,
  parseStatedNumber,
  statedNumberConflict,
} from '../../core/facts/numbers';

describe('parseNumberWords', () => {
  it.each<[string, number | null]>([
    ['one', 1],
    ['seven', 7],
    ['twelve', 12],
    ['twenty', 20],
    ['thirty', 30],
    ['forty-five', 45],
    ['twenty four', 24],
    ['Ninety-Nine', 99],
    ['a hundred', 100],
    ['one hundred', 100],
    ['one hundred and fifty', 150],
    ['one hundred fifty', 150],
    ['sixty thousand', 60_000],
    ['a thousand', 1_000],
    ['two hundred and fifty thousand', 250_000],
    ['one million', 1_000_000],
    ['one million, two hundred thousand and five', 1_200_005],
    ['fifteen hundred', 1_500],
    ['zero', 0],
    // Not numbers
    ['', null],
    ['a', null],
    ['hundred', null],
    ['one two', null],
    ['twenty fifteen', null],
    ['one hundred and', null],
    ['and five', null],
    ['thousand thousand', null],
    ['one thousand one million', null],
    ['five apples', null],
    ['60', null],
  ])('%j → %j', (input, expected) => {
    expect(parseNumberWords(input)).toBe(expected);
  });
});

describe('parseNumeral', () => {
  it.each<[string, number]>([
    ['1,250,000', 1_250_000],
    ['1.25', 1.25],
    ['60', 60],
    ['60,000.00', 60_000],
    [' 42 ', 42],
  ])('%j → %j', (input, expected) => {
    expect(parseNumeral(input)).toBe(expected);
  });

  it.each(['', '1,2', '12a', 'X', '1.2.3'])('%j → NaN', (input) => {
    expect(parseNumeral(input)).toBeNaN();
  });
});

describe('parseNumber and parseStatedNumber', () => {
  it.each<[string, number | null]>([
    ['60,000', 60_000],
    ['sixty thousand', 60_000],
    ['twelve (12)', 12],
    ['12 (twelve)', 12],
    ['twelve (10)', 12], // words prevail
    ['10 (twelve)', 12],
    ['XX', null],
  ])('%j → %j', (input, expected) => {
    const value = input.includes('(') ? parseStatedNumber(input) : parseNumber(input);
    expect(value).toBe(expected);
  });

  it('flags words and figures that disagree', () => {
    expect(statedNumberConflict('twelve (10)')).toBe(true);
    expect(statedNumberConflict('twelve (12)')).toBe(false);
    expect(statedNumberConflict('12')).toBe(false);
  });
});

describe('NUMBER_WORD_PATTERN', () => {
  const re = new RegExp(NUMBER_WORD_PATTERN, 'gi');
  it.each<[string, string[]]>([
    ['sixty thousand pounds', ['sixty thousand']],
    ['one hundred and fifty days', ['one hundred and fifty']],
    ['two hundred and fifty thousand', ['two hundred and fifty thousand']],
    ['a two-year contract', ['two']],
    ['twenty-four months', ['twenty-four']],
    ['A hundred days', ['A hundred']],
    ['a year', []],
    ['someone often attends', []],
  ])('%j', (input, expected) => {
    expect([...input.matchAll(re)].map((m) => m[0])).toEqual(expected);
  });
});
