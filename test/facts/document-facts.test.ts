/** Table-driven tests for the document-level fact builders: timetable, evaluation, contract value and term, detection, calendar. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { classifyEvent } from '../../core/facts/timetable';
import { calendarDaysBetween, workingDaysBetween, bankHolidayOn, isWorkingDay } from '../../core/facts/calendar';

const facts = (text: string) => extractFacts(parseMarkdown(text));

describe('classifyEvent', () => {
  it.each([
    ['ITT issued', 'issue'],
    ['Publication of contract notice', 'issue'],
    ['RFQ Posting Date', 'issue'],
    ['Deadline for clarification questions', 'clarification-deadline'],
    ['Clarification questions close', 'clarification-deadline'],
    ['Questions due', 'clarification-deadline'],
    ['Responses to clarification questions published', 'clarification-response'],
    ['Deadline for submission of tenders', 'submission-deadline'],
    ['Tender return date', 'submission-deadline'],
    ['Closing date', 'submission-deadline'],
    ['SQ return deadline', 'submission-deadline'],
    ['Evaluation of tenders', 'evaluation'],
    ['Bidder presentations', 'presentation'],
    ['Notification of intention to award', 'award'],
    ['Contract award', 'award'],
    ['Standstill period ends', 'standstill'],
    ['Contract signature', 'contract-signature'],
    ['Mobilisation', 'mobilisation'],
    ['Contract start date', 'contract-start'],
    ['Service commencement', 'contract-start'],
    ['Go-live', 'contract-start'],
    ['Current contract expires', 'contract-end'],
    ['Market engagement event', 'other'],
  ])('%s → %s', (label, type) => {
    expect(classifyEvent(label)).toBe(type);
  });
});

describe('timetable', () => {
  it.each([
    {
      name: 'table with a year inferred across the new year',
      text: '## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 14 December 2026 |\n| Deadline for submission of tenders | 12 noon, Friday 15 January |\n',
      expected: [['issue', '2026-12-14', null, 'table'], ['submission-deadline', '2027-01-15', '12:00', 'table']],
    },
    {
      name: 'list with labels before and after dates',
      text: '## Key dates\n\n- Tender issued: 4 January 2027\n- 29 January 2027 – deadline for tenders\n- Contract start: 1 April 2027\n',
      expected: [['issue', '2027-01-04', null, 'list'], ['submission-deadline', '2027-01-29', null, 'list'], ['contract-start', '2027-04-01', null, 'list']],
    },
    {
      name: 'a deadline stated in prose',
      text: '# ITT\n\nTenders must be submitted by 12:00 noon on Friday 22 January 2027 through the portal.\n',
      expected: [['submission-deadline', '2027-01-22', '12:00', 'prose']],
    },
    {
      name: 'dates outside a timetable are not events',
      text: '# Background\n\nThe Council adopted its strategy on 3 March 2025. The previous review was on 1 May 2023.\n',
      expected: [],
    },
    {
      name: 'a two-column table of unrelated dated rows without a timetable heading',
      text: '## Policies\n\n| Policy | Reviewed |\n| --- | --- |\n| Safeguarding | 3 March 2026 |\n',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(facts(text).timetable.map((e) => [e.type, e.date.iso, e.date.time, e.origin])).toEqual(expected);
  });

  it('keeps the label range and an end date for a range', () => {
    const text = '## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Evaluation | 8–12 February 2027 |\n| Award | 19 February 2027 |\n';
    const [evaluation] = facts(text).timetable;
    expect(evaluation!.endDate?.iso).toBe('2027-02-12');
    expect(evaluation!.date.iso).toBe('2027-02-08');
    expect(text.slice(evaluation!.labelRange.start.offset, evaluation!.labelRange.end.offset)).toBe('Evaluation');
  });

  it('flags a weekday that contradicts its date', () => {
    const [e] = facts('## Timetable\n\n- Deadline for tenders: Tuesday 22 January 2027\n').timetable;
    expect(e!.date).toMatchObject({ statedWeekday: 2, weekday: 5, weekdayMismatch: true });
  });
});

describe('evaluation criteria', () => {
  it.each([
    {
      name: 'table with weights',
      text: '## Evaluation\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 60% |\n| Quality | 40% |\n',
      expected: [['Price', 60, []], ['Quality', 40, []]],
    },
    {
      name: 'sub-criteria by number in the name',
      text: '## Evaluation\n\n| Criterion | Weight |\n| --- | --- |\n| 1 Price | 40% |\n| 2 Quality | 60% |\n| 2.1 Method | 30% |\n| 2.2 Team | 30% |\n',
      expected: [['Price', 40, []], ['Quality', 60, [['Method', 30], ['Team', 30]]]],
    },
    {
      name: 'sub-weight column',
      text: '## Evaluation\n\n| Criterion | Weighting | Sub-weighting |\n| --- | --- | --- |\n| Quality | 60% | |\n| Method | | 35% |\n| Team | | 25% |\n| Price | 40% | |\n',
      expected: [['Quality', 60, [['Method', 35], ['Team', 25]]], ['Price', 40, []]],
    },
    {
      name: 'weight column found by its percentages under an evaluation heading',
      text: '## Award criteria\n\n| Criterion | |\n| --- | --- |\n| Price | 70% |\n| Quality | 30% |\n',
      expected: [['Price', 70, []], ['Quality', 30, []]],
    },
    {
      name: 'nested list',
      text: '## Evaluation criteria\n\n- Price: 50%\n- Quality: 50%\n  - Approach – 30%\n  - Team – 20%\n',
      expected: [['Price', 50, []], ['Quality', 50, [['Approach', 30], ['Team', 20]]]],
    },
    {
      name: 'a price schedule is not an evaluation table',
      text: '## Pricing\n\n| Item | Cost |\n| --- | --- |\n| Staff | £40,000 |\n',
      expected: null,
    },
  ])('$name', ({ text, expected }) => {
    const evaluation = facts(text).evaluation;
    if (expected === null) {
      expect(evaluation).toEqual([]);
      return;
    }
    expect(evaluation).toHaveLength(1);
    expect(evaluation[0]!.criteria.map((c) => [c.name, c.weight, c.children.map((k) => [k.name, k.weight])])).toEqual(expected);
  });

  it('reads a stated total and marks', () => {
    const [table] = facts('## Scoring\n\n| Question | Marks available |\n| --- | --- |\n| Q1 Approach | 20 |\n| Total | 20 |\n').evaluation;
    expect(table).toMatchObject({ unit: 'points', statedTotal: { value: 20 } });
  });
});

describe('contract value and term', () => {
  it.each([
    ['The estimated contract value is £1,250,000 excluding VAT.', 1250000, null],
    ['The estimated total contract value is £900,000, which is £300,000 per annum.', 900000, 300000],
    ['The annual contract value is £60k.', null, 60000],
    ['Bidders must have a minimum turnover of £500,000.', null, null],
    ['| Estimated contract value | £2.4m over four years |', 2400000, null],
  ])('%s', (text, total, annual) => {
    const value = facts(text + '\n').contractValue;
    expect(value.total?.amount ?? null).toBe(total);
    expect(value.annual?.amount ?? null).toBe(annual);
  });

  it.each([
    ['The contract will run for an initial term of three years, with an option to extend for a further two years.', 36, [24], 60],
    ['The contract term is 2 + 1 + 1 years.', 24, [12, 12], 48],
    ['The initial contract period is 36 months, with an extension of up to 12 months.', 36, [12], 48],
    ['Bidders need three years of experience.', null, [], null],
    ['The tender period is 30 days.', null, [], null],
  ])('%s', (text, initial, extensions, max) => {
    const term = facts(text + '\n').term;
    expect(term.initial?.months ?? null).toBe(initial);
    expect(term.extensions.map((e) => e.months)).toEqual(extensions);
    expect(term.maxMonths).toBe(max);
  });
});

describe('settings detection', () => {
  it.each([
    ['# Invitation to Tender: Lunch Clubs\n', { kind: 'itt' }],
    ['# Selection Questionnaire\n', { kind: 'sq' }],
    ['# Service Specification: Advocacy\n', { kind: 'spec' }],
    ['# Terms and Conditions for Services\n', { kind: 'contract' }],
    ['# Tender Response: Lunch Clubs\n', { kind: 'response' }],
    ['# Notes\n\nThis procurement is run under the Public Contracts Regulations 2015 using the open procedure.\n', { regime: 'pcr2015', procedure: 'open' }],
    ['# Notes\n\nThis is a call-off under the framework. Regulated by the Public Contracts (Scotland) Regulations 2015.\n', { regime: 'pcsr2015', nation: 'scotland' }],
    ['# Notes\n\nSuppliers from England, Scotland, Wales and Northern Ireland may bid. Suppliers in Scotland are welcome.\n', {}],
    ['# Notes\n\nUnder the open procedure or the restricted procedure.\n', {}],
  ])('%s', (text, expected) => {
    const { evidence: _evidence, ...detected } = facts(text).detected;
    expect(detected).toEqual(expected);
  });
});

describe('calendar', () => {
  it.each([
    ['2027-01-04', '2027-01-22', 18, 14],
    ['2027-03-08', '2027-03-26', 18, 12], // St Patrick's Day (17 March, Northern Ireland) and Good Friday 2027
    ['2026-12-14', '2027-01-15', 32, 20], // Christmas, Boxing Day (substitute 28 Dec), New Year and 4 Jan (Scotland)
  ])('%s → %s: %i days, %i working days (any UK bank holiday excluded)', (from, to, days, working) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
    expect(workingDaysBetween(from, to, 'uk')).toBe(working);
  });

  it.each([
    ['2027-11-30', 'scotland', true],
    ['2027-11-30', 'england-wales', false],
    ['2027-03-17', 'northern-ireland', true],
    ['2027-08-02', 'scotland', true],
    ['2027-08-30', 'england-wales', true],
    ['2027-08-30', 'scotland', false],
  ] as const)('%s is a bank holiday in %s: %s', (iso, nation, expected) => {
    expect(bankHolidayOn(iso, nation) !== null).toBe(expected);
  });

  it('weekends are not working days', () => {
    expect(isWorkingDay('2027-01-23', 'uk')).toBe(false);
    expect(isWorkingDay('2027-01-22', 'uk')).toBe(true);
  });
});
