import rule from '../../rules/lead-in/mobilisation';
import { testRule } from '../helpers/rule-tester';

function itt(body: string, award: string, start: string, awardLabel = 'Contract award'): string {
  return `---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Day Opportunities Service\n\n${body}\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n| ${awardLabel} | ${award} |\n| Contract start | ${start} |\n`;
}

const TUPE = 'TUPE is likely to apply to staff currently delivering the service; employee liability information is in Annex D.';
const NO_TUPE = 'The Council does not consider that TUPE will apply to this contract.';

testRule(rule, {
  valid: [
    { name: 'fourteen weeks with TUPE', text: itt(TUPE, 'Friday 26 March 2027', 'Thursday 1 July 2027') },
    { name: 'five weeks without TUPE', text: itt(NO_TUPE, 'Friday 26 February 2027', 'Thursday 1 April 2027') },
    { name: 'start before award is lead-in/timetable-order\'s finding', text: itt(NO_TUPE, 'Friday 9 April 2027', 'Thursday 1 April 2027') },
    { name: 'no award date', text: '---\ntenderlint:\n  kind: itt\n---\n\n# ITT\n\n## Timetable\n\n- Deadline for submission of tenders: 15 February 2027\n- Contract start: 1 March 2027\n' },
  ],
  invalid: [
    {
      name: 'two weeks with TUPE likely',
      text: itt(TUPE, 'Thursday 18 March 2027', 'Thursday 1 April 2027'),
      errors: [{ messageId: 'tupeTooShort', line: 16, column: 20, message: 'Only 14 days from award (Thu 18 Mar 2027) to contract start (Thu 1 Apr 2027) although staff are likely to transfer under TUPE: allow at least 90 days', related: 2 }],
    },
    {
      name: 'eight weeks with TUPE likely',
      text: itt(TUPE, 'Thursday 4 February 2027', 'Thursday 1 April 2027'),
      errors: [{ messageId: 'tupeTooShort', message: 'Only 56 days' }],
    },
    {
      name: 'three weeks without TUPE',
      text: itt(NO_TUPE, 'Thursday 11 March 2027', 'Thursday 1 April 2027', 'Notification of intention to award'),
      errors: [{ messageId: 'tooShort', line: 16, message: 'Only 21 days from award (Thu 11 Mar 2027) to contract start (Thu 1 Apr 2027): allow at least 30 days' }],
    },
    {
      name: 'a longer minimum by option',
      text: itt(NO_TUPE, 'Friday 26 February 2027', 'Thursday 1 April 2027'),
      options: { minDays: 60 },
      errors: [{ messageId: 'tooShort', message: 'at least 60 days' }],
    },
  ],
});
