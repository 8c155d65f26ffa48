import { describe, expect, it } from 'vitest';
import { extractDates, inferYears, parseTime, weekdayOf } from '../../core/facts/dates';
import type { DateValue } from '../../core/facts/types';

type Pinned = Pick<DateValue, 'text' | 'day' | 'month' | 'year' | 'statedWeekday' | 'time'>;

/** A date with no weekday or time. */
const d = (text: string, day: number, month: number, year: number | null): Pinned => ({
  text,
  day,
  month,
  year,
  statedWeekday: null,
  time: null,
});

const cases: Array<{ input: string; expected: Pinned[] }> = [
  // Written forms
  { input: 'Friday 22 January 2027', expected: [{ ...d('Friday 22 January 2027', 22, 1, 2027), statedWeekday: 5 }] },
  { input: 'Fri 22 Jan 2027', expected: [{ ...d('Fri 22 Jan 2027', 22, 1, 2027), statedWeekday: 5 }] },
  { input: 'Friday, 22 January 2027', expected: [{ ...d('Friday, 22 January 2027', 22, 1, 2027), statedWeekday: 5 }] },
  { input: 'on 22 January 2027.', expected: [d('22 January 2027', 22, 1, 2027)] },
  { input: '22nd January 2027', expected: [d('22nd January 2027', 22, 1, 2027)] },
  { input: '22nd of January 2027', expected: [d('22nd of January 2027', 22, 1, 2027)] },
  { input: '22 Jan 2027', expected: [d('22 Jan 2027', 22, 1, 2027)] },
  { input: '22 Sept 2027', expected: [d('22 Sept 2027', 22, 9, 2027)] },
  { input: '1st May 2027', expected: [d('1st May 2027', 1, 5, 2027)] },
  { input: 'January 22, 2027', expected: [d('January 22, 2027', 22, 1, 2027)] },
  { input: 'by 22nd January', expected: [d('22nd January', 22, 1, null)] },
  { input: 'Monday 4th January', expected: [{ ...d('Monday 4th January', 4, 1, null), statedWeekday: 1 }] },
  // The stated weekday is reported as written; the caller compares it with weekdayOf (Friday).
  { input: 'Tuesday 22 January 2027', expected: [{ ...d('Tuesday 22 January 2027', 22, 1, 2027), statedWeekday: 2 }] },
  { input: '29 February 2028', expected: [d('29 February 2028', 29, 2, 2028)] },

  // Numeric forms: always day/month/year
  { input: '22/01/2027', expected: [d('22/01/2027', 22, 1, 2027)] },
  { input: '22/1/27', expected: [d('22/1/27', 22, 1, 2027)] },
  { input: '22.01.2027', expected: [d('22.01.2027', 22, 1, 2027)] },
  { input: '22-01-2027', expected: [d('22-01-2027', 22, 1, 2027)] },
  { input: '03/04/2027', expected: [d('03/04/2027', 3, 4, 2027)] },

  // Times before and after
  { input: '12:00 noon on 3rd March 2027', expected: [{ ...d('12:00 noon on 3rd March 2027', 3, 3, 2027), time: '12:00' }] },
  {
    input: 'Tenders must arrive by 5pm on Friday 22 January 2027.',
    expected: [{ ...d('5pm on Friday 22 January 2027', 22, 1, 2027), statedWeekday: 5, time: '17:00' }],
  },
  { input: '22 January 2027 at 12:00', expected: [{ ...d('22 January 2027 at 12:00', 22, 1, 2027), time: '12:00' }] },
  { input: '22 January 2027 at 5.30pm', expected: [{ ...d('22 January 2027 at 5.30pm', 22, 1, 2027), time: '17:30' }] },
  { input: '17:00 hours on 22/01/2027', expected: [{ ...d('17:00 hours on 22/01/2027', 22, 1, 2027), time: '17:00' }] },
  { input: 'Deadline: 17:00hrs, Friday 22 January 2027', expected: [{ ...d('17:00hrs, Friday 22 January 2027', 22, 1, 2027), statedWeekday: 5, time: '17:00' }] },
  { input: 'midday on 4 March 2027', expected: [{ ...d('midday on 4 March 2027', 4, 3, 2027), time: '12:00' }] },
  { input: 'midnight on 4 March 2027', expected: [{ ...d('midnight on 4 March 2027', 4, 3, 2027), time: '00:00' }] },
  { input: '4 March 2027 (12 noon UK time)', expected: [{ ...d('4 March 2027 (12 noon UK time)', 4, 3, 2027), time: '12:00' }] },

  // Shapes of pasted and American text
  { input: 'Issued 05 April 2027', expected: [d('05 April 2027', 5, 4, 2027)] },
  { input: 'Tenders close 9 April2027', expected: [d('9 April2027', 9, 4, 2027)] },
  { input: 'closing 9 Apr2027 at 14:00', expected: [{ ...d('9 Apr2027 at 14:00', 9, 4, 2027), time: '14:00' }] },
  { input: 'Quotes due September 6, 2027', expected: [d('September 6, 2027', 6, 9, 2027)] },
  { input: 'Respond by September 6, 2027 3:00 pm EST', expected: [{ ...d('September 6, 2027 3:00 pm EST', 6, 9, 2027), time: '15:00' }] },
  {
    input: 'no later than September 1, 2027, by 11:00 AM Eastern Time (ET).',
    expected: [{ ...d('September 1, 2027, by 11:00 AM Eastern Time (ET)', 1, 9, 2027), time: '11:00' }],
  },
  { input: 'Issue date\t7/6/2027', expected: [d('7/6/2027', 7, 6, 2027)] },
  { input: '14:30 09/06/2027', expected: [{ ...d('14:30 09/06/2027', 9, 6, 2027), time: '14:30' }] },
  { input: 'by 12 noon on the 2nd of June 2027', expected: [{ ...d('12 noon on the 2nd of June 2027', 2, 6, 2027), time: '12:00' }] },
  { input: 'Go live 1 June 2027 at 09:00 Central Office', expected: [{ ...d('1 June 2027 at 09:00', 1, 6, 2027), time: '09:00' }] },
  // A year glued to the month only counts with four digits and nothing after them.
  { input: 'batch 4 May20271', expected: [d('4 May', 4, 5, null)] },

  // Ranges: two dates, both with month and year
  { input: '8–12 February 2027', expected: [d('8', 8, 2, 2027), d('12 February 2027', 12, 2, 2027)] },
  { input: '8 to 12 February 2027', expected: [d('8', 8, 2, 2027), d('12 February 2027', 12, 2, 2027)] },
  { input: '8 February – 12 February 2027', expected: [d('8 February', 8, 2, 2027), d('12 February 2027', 12, 2, 2027)] },
  { input: '29 December – 2 January 2027', expected: [d('29 December', 29, 12, 2026), d('2 January 2027', 2, 1, 2027)] },
  {
    input: 'Monday 8 – Friday 12 February 2027',
    expected: [
      { ...d('Monday 8', 8, 2, 2027), statedWeekday: 1 },
      { ...d('Friday 12 February 2027', 12, 2, 2027), statedWeekday: 5 },
    ],
  },

  // Several dates
  { input: 'from 1 April 2027 to 31 March 2030', expected: [d('1 April 2027', 1, 4, 2027), d('31 March 2030', 31, 3, 2030)] },

  // Invalid dates
  { input: '31 February 2027', expected: [] },
  { input: '32/01/2027', expected: [] },
  { input: '22/13/2027', expected: [] },
  { input: '29 February 2027', expected: [] },

  // Not dates
  { input: 'see section 4.2.1', expected: [] },
  { input: 'version 1.5', expected: [] },
  { input: 'section 4.2.10', expected: [] },
  { input: 'ISO 9001:2015', expected: [] },
  { input: 'Call 0161 123 4567', expected: [] },
  { input: '[insert date]', expected: [] },
  { input: 'a fee of £12.50 and 12.5%', expected: [] },
  { input: 'Lot 4 may be awarded separately', expected: [] },
  { input: 'January 2027', expected: [] },
];

describe('extractDates', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const found = extractDates(input);
    expect(found.map(({ text, day, month, year, statedWeekday, time }) => ({ text, day, month, year, statedWeekday, time }))).toEqual(expected);
    for (const m of found) {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(m.yearInferred).toBe(false);
    }
  });
});

describe('weekdayOf', () => {
  it.each([
    { year: 2027, month: 1, day: 22, expected: 5 }, // Friday
    { year: 2027, month: 3, day: 3, expected: 3 }, // Wednesday
    { year: 2024, month: 2, day: 29, expected: 4 }, // Thursday
    { year: 2026, month: 12, day: 25, expected: 5 }, // Friday
    { year: 2027, month: 1, day: 3, expected: 0 }, // Sunday
  ])('$day/$month/$year → $expected', ({ year, month, day, expected }) => {
    expect(weekdayOf(year, month, day)).toBe(expected);
  });

  it('shows a stated weekday that contradicts the date', () => {
    const [date] = extractDates('Tuesday 22 January 2027');
    expect(date!.statedWeekday).toBe(2);
    expect(weekdayOf(date!.year!, date!.month, date!.day)).toBe(5);
  });
});

describe('parseTime', () => {
  it.each([
    ['12:00', '12:00'],
    ['12.00', '12:00'],
    ['12:00 noon', '12:00'],
    ['12 noon', '12:00'],
    ['noon', '12:00'],
    ['midday', '12:00'],
    ['12 midday', '12:00'],
    ['5pm', '17:00'],
    ['5 pm', '17:00'],
    ['5.30pm', '17:30'],
    ['9.15 a.m.', '09:15'],
    ['12am', '00:00'],
    ['17:00 hours', '17:00'],
    ['17:00hrs', '17:00'],
    ['1700 hrs', '17:00'],
    ['midnight', '00:00'],
    ['12 midnight', '00:00'],
    ['12:00 (UK time)', '12:00'],
    ['4:00 pm EST', '16:00'],
    ['10.30am Eastern Time (ET)', '10:30'],
    ['12', null],
    ['13pm', null],
    ['11:00 noon', null],
    ['24:00', null],
    ['12:60', null],
    ['17 hours', null],
  ])('%s → %s', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });
});

describe('inferYears', () => {
  type Slot = { day: number; month: number; year: number | null; yearInferred: boolean };
  const slot = (day: number, month: number, year: number | null = null): Slot => ({ day, month, year, yearInferred: false });

  it.each<{ name: string; input: Slot[]; years: Array<number | null>; inferred: boolean[] }>([
    {
      name: 'rolls into the next year after a later preceding date',
      input: [slot(15, 12, 2026), slot(10, 1), slot(20, 2)],
      years: [2026, 2027, 2027],
      inferred: [false, true, true],
    },
    {
      name: 'keeps the year when the date is later than the preceding one',
      input: [slot(1, 3, 2027), slot(15, 3), slot(15, 3)],
      years: [2027, 2027, 2027],
      inferred: [false, true, true],
    },
    {
      name: 'takes leading dates from the nearest following dated entry, rolling back a year',
      input: [slot(10, 12), slot(5, 1, 2027), slot(20, 1)],
      years: [2026, 2027, 2027],
      inferred: [true, false, true],
    },
    {
      name: 'uses the nearest preceding dated entry, not the first',
      input: [slot(1, 11, 2026), slot(3, 2, 2028), slot(10, 1)],
      years: [2026, 2028, 2029],
      inferred: [false, false, true],
    },
    {
      name: 'leaves years null when no date has one',
      input: [slot(1, 2), slot(3, 4)],
      years: [null, null],
      inferred: [false, false],
    },
  ])('$name', ({ input, years, inferred }) => {
    inferYears(input);
    expect(input.map((s) => s.year)).toEqual(years);
    expect(input.map((s) => s.yearInferred)).toEqual(inferred);
  });

  it('works on extracted dates across a year boundary', () => {
    const dates = extractDates('Issue: 15 December 2026. Clarifications close 10 January; tenders due 12:00 on 1st February.');
    expect(dates.map((x) => x.year)).toEqual([2026, null, null]);
    inferYears(dates);
    expect(dates.map((x) => [x.day, x.month, x.year, x.yearInferred])).toEqual([
      [15, 12, 2026, false],
      [10, 1, 2027, true],
      [1, 2, 2027, true],
    ]);
    expect(dates[2]!.time).toBe('12:00');
  });
});
