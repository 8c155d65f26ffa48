import rule from '../../rules/lead-in/timetable-order';
import { testRule } from '../helpers/rule-tester';

const head = '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Advice Service\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n';
const rows = (...r: Array<[string, string]>) => head + r.map(([a, d]) => `| ${a} | ${d} |\n`).join('');

const SOUND: Array<[string, string]> = [
  ['Tender notice published and ITT issued', 'Monday 1 February 2027'],
  ['Deadline for clarification questions', '5pm, Friday 26 February 2027'],
  ['Responses to clarification questions published', 'Friday 5 March 2027'],
  ['Deadline for submission of tenders', '12 noon, Monday 15 March 2027'],
  ['Evaluation of tenders', '16 March – 2 April 2027'],
  ['Bidder presentations', 'Wednesday 7 April 2027'],
  ['Contract award notice published', 'Monday 12 April 2027'],
  ['Standstill period ends', 'Wednesday 21 April 2027'],
  ['Contract signature', 'Friday 23 April 2027'],
  ['Contract start date', 'Thursday 1 July 2027'],
];

testRule(rule, {
  valid: [
    { name: 'a full timetable in order', text: rows(...SOUND) },
    {
      name: 'award after the standstill (award meaning the contract award)',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', 'Monday 15 February 2027'], ['Contract award notice published and standstill begins', 'Monday 7 June 2027'], ['End of standstill period', 'Wednesday 16 June 2027'], ['Award of contract', 'Thursday 17 June 2027']),
    },
    {
      name: 'the current contract ends before the new one starts',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', 'Monday 15 February 2027'], ['Current contract expires', 'Wednesday 31 March 2027'], ['Contract start', 'Thursday 1 April 2027']),
    },
    {
      name: 'initial and final tenders on different dates',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for initial tenders', 'Monday 15 February 2027'], ['Deadline for final tenders', 'Monday 15 March 2027']),
    },
    {
      name: 'SQ and tender deadlines of a two-stage procedure',
      text: rows(['SQ published', 'Monday 4 January 2027'], ['SQ return deadline', 'Friday 5 February 2027'], ['Deadline for submission of tenders', 'Monday 12 April 2027']),
    },
    {
      name: 'a deadline restated in prose with the same date',
      text: `${rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', '12 noon, Monday 15 February 2027'])}\nTenders must be submitted by 12 noon on Monday 15 February 2027.\n`,
    },
    { name: 'a weekday with an inferred year is not judged', text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', 'Friday 13 February']) },
  ],
  invalid: [
    {
      name: 'award before the submission deadline',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', 'Monday 15 February 2027'], ['Notification of intention to award', 'Friday 5 February 2027']),
      errors: [{ messageId: 'outOfOrder', line: 14, column: 40, message: 'The award ("Notification of intention to award", Fri 5 Feb 2027) is before the submission deadline ("Deadline for submission of tenders", Mon 15 Feb 2027)', related: 1 }],
    },
    {
      name: 'contract start before award',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', 'Monday 15 February 2027'], ['Contract award', 'Friday 9 April 2027'], ['Contract start', 'Thursday 1 April 2027']),
      errors: [{ messageId: 'outOfOrder', line: 15, message: 'The contract start ("Contract start", Thu 1 Apr 2027) is before the award' }],
    },
    {
      name: 'evaluation before the deadline',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Evaluation', '1 – 12 February 2027'], ['Deadline for submission of tenders', 'Monday 15 February 2027']),
      errors: [{ messageId: 'outOfOrder', line: 13 }],
    },
    {
      name: 'the same deadline given two dates',
      text: `${rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', '12 noon, Monday 15 February 2027'])}\nTenders must be submitted by 12 noon on Monday 22 February 2027.\n`,
      errors: [{ messageId: 'twoDates', line: 15, message: 'is given as Mon 22 Feb 2027 here and Mon 15 Feb 2027 at line 13' }],
    },
    {
      name: 'a weekday that contradicts its date',
      text: rows(['ITT issued', 'Monday 4 January 2027'], ['Deadline for submission of tenders', '12 noon, Friday 13 February 2027']),
      errors: [{ messageId: 'wrongWeekday', line: 13, message: '13 Feb 2027 is a Saturday, not a Friday' }],
    },
  ],
});
