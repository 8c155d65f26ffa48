import rule from '../../rules/lead-in/tender-period';
import { testRule } from '../helpers/rule-tester';

const itt = '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\n## Timetable\n\n';

function table(issue: string, deadline: string): string {
  return `${itt}| Activity | Date |\n| --- | --- |\n| ITT issued | ${issue} |\n| Deadline for submission of tenders | ${deadline} |\n`;
}

testRule(rule, {
  valid: [
    { name: 'six weeks', text: table('Monday 4 January 2027', '12:00 noon, Monday 15 February 2027') },
    { name: 'exactly 30 days', text: table('Monday 4 January 2027', 'Wednesday 3 February 2027') },
    { name: 'no issue date: nothing to measure', text: `${itt}Tenders must be submitted by 12 noon on Friday 22 January 2027.\n` },
    { name: 'a bid response is not checked', text: '---\ntenderlint:\n  kind: response\n---\n\n- ITT issued: 4 January 2027\n- Deadline for submission: 22 January 2027\n' },
    { name: '40 days meets the vcs-friendly minimum', text: table('Monday 4 January 2027', 'Saturday 13 February 2027'), options: { recommendedDays: 40 } },
  ],
  invalid: [
    {
      name: '18 days in a table',
      text: table('Monday 4 January 2027', '12:00 noon, Friday 22 January 2027'),
      errors: [{ messageId: 'tooShort', line: 13, message: 'Tender period is 18 days (14 working days) from issue on Mon 4 Jan 2027 to the deadline on Fri 22 Jan 2027: allow at least 30 days', related: 1 }],
    },
    {
      name: 'in a list, with a year inferred for the deadline',
      text: `${itt}- Tender issued: Monday 14 December 2026\n- Return of tenders: 12 noon, Friday 8 January\n`,
      errors: [{ messageId: 'tooShort', line: 11, message: '25 days' }],
    },
    {
      name: 'vcs-friendly minimum of 40 days',
      text: table('Monday 4 January 2027', 'Wednesday 3 February 2027'),
      options: { recommendedDays: 40 },
      errors: [{ messageId: 'tooShort', message: 'at least 40 days' }],
    },
    {
      name: 'deadline before issue',
      text: table('Monday 4 January 2027', 'Friday 1 January 2027'),
      errors: [{ messageId: 'deadlineBeforeIssue', line: 13 }],
    },
  ],
});
