import rule from '../../rules/lead-in/standstill';
import { testRule } from '../helpers/rule-tester';

function doc(regime: string, body: string, rows = ''): string {
  return `---\ntenderlint:\n  kind: itt\n  regime: ${regime}\n---\n\n# Invitation to Tender: Advocacy Service\n\n${body}\n${rows ? `\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n${rows}` : ''}`;
}

testRule(rule, {
  valid: [
    { name: 'PA: 8 working days', text: doc('pa2023', 'The Council will observe a standstill period of 8 working days beginning with the day it publishes the contract award notice.') },
    { name: 'PCR: 10 calendar days', text: doc('pcr2015', 'The standstill period will be 10 calendar days from the date the award decision notices are sent electronically.') },
    { name: 'PCR: 10 working days is longer', text: doc('pcr2015', 'A standstill period of 10 working days will apply.') },
    {
      name: 'PA: an end date that is the eighth working day',
      text: doc('pa2023', 'The standstill period is described below.', '| Contract award notice published | Monday 12 April 2027 |\n| Standstill period ends | Wednesday 21 April 2027 |\n'),
    },
    {
      name: 'PA: over Easter',
      text: doc('pa2023', 'The standstill period is described below.', '| Contract award notice published | Monday 22 March 2027 |\n| End of standstill period | Friday 2 April 2027 |\n'),
    },
    {
      name: 'PCR: the tenth day rolled past a weekend',
      text: doc('pcr2015', 'Award decision notices are sent through the portal.', '| Notification of intention to award | Friday 9 April 2027 |\n| Standstill period ends | Monday 19 April 2027 |\n'),
    },
    { name: 'PA: 10 calendar days may be 8 working days, so it is not judged', text: doc('pa2023', 'There will be a standstill period of 10 days.') },
    { name: 'below threshold: no standstill rule', text: doc('below-threshold', 'The Council will allow a standstill period of 5 days before signing the contract.') },
    { name: 'regime not stated', text: '---\ntenderlint:\n  kind: itt\n---\n\n# ITT\n\nThe Council will allow a standstill period of 5 days.\n' },
  ],
  invalid: [
    {
      name: 'PA: 5 working days',
      text: doc('pa2023', 'The Council will observe a standstill period of 5 working days after publishing the contract award notice.'),
      errors: [{ messageId: 'tooShort', line: 9, column: 49, message: 'The standstill period is stated as 5 working days, but the Procurement Act 2023 requires 8 working days (PA 2023 s.51(2), s.51(5))' }],
    },
    {
      name: 'PA light-touch: a voluntary standstill still needs 8 working days',
      text: doc('pa2023', 'This is a light-touch contract. The Council will nevertheless observe a voluntary standstill period of 5 working days.'),
      errors: [{ messageId: 'tooShort' }],
    },
    {
      name: 'PCR: 7 days',
      text: doc('pcr2015', 'The standstill period will be 7 days from sending the award decision notices.'),
      errors: [{ messageId: 'tooShort', message: 'requires 10 days (PCR 2015 reg 87)' }],
    },
    {
      name: 'PCR: 10 days when notices go by post',
      text: doc('pcr2015', 'The standstill period will be 10 days. Award decision notices will be sent by post.'),
      errors: [{ messageId: 'tooShort', message: 'requires 15 days' }],
    },
    {
      name: 'PA: an end date one working day early',
      text: doc('pa2023', 'The standstill period is described below.', '| Contract award notice published | Monday 12 April 2027 |\n| Standstill period ends | Tuesday 20 April 2027 |\n'),
      errors: [{ messageId: 'endsTooEarly', line: 16, message: 'The standstill is stated to end on Tue 20 Apr 2027, but after notification on Mon 12 Apr 2027 it cannot end before Wed 21 Apr 2027 (8 working days, PA 2023 s.51(2), s.51(5))', related: 1 }],
    },
    {
      name: 'PA: a standstill range that skips the Easter bank holidays',
      text: doc('pa2023', 'The standstill period is described below.', '| Standstill period | 22 – 31 March 2027 |\n'),
      errors: [{ messageId: 'endsTooEarly', message: 'cannot end before Fri 2 Apr 2027' }],
    },
    {
      name: 'PCR: ending on the eighth day',
      text: doc('pcr2015', 'Award decision notices are sent through the portal.', '| Notification of intention to award | Monday 12 April 2027 |\n| Standstill period ends | Tuesday 20 April 2027 |\n'),
      errors: [{ messageId: 'endsTooEarly', message: 'cannot end before Thu 22 Apr 2027' }],
    },
  ],
});
