import rule from '../../rules/lead-in/tender-period';
import { testRule } from '../helpers/rule-tester';

const itt = '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\n## Timetable\n\n';

function table(issue: string, deadline: string): string {
  return `${itt}| Activity | Date |\n| --- | --- |\n| ITT issued | ${issue} |\n| Deadline for submission of tenders | ${deadline} |\n`;
}

/** A realistic tender under a stated regime and procedure; `body` states the circumstances. */
function tender(regime: string, procedure: string, body: string, issue: string, deadline: string, kind = 'itt'): string {
  return `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n  procedure: ${procedure}\n---\n\n# ${kind === 'sq' ? 'Selection Questionnaire' : 'Invitation to Tender'}: Carers Support Service\n\n${body}\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ${kind === 'sq' ? 'SQ published' : 'ITT issued'} | ${issue} |\n| ${kind === 'sq' ? 'SQ return deadline' : 'Deadline for submission of tenders'} | ${deadline} |\n`;
}

/** A request for quotation whose head gives its date and a reply-by line, as a letter-style solicitation does. */
function rfq(date: string, replyBy: string, extra = ''): string {
  return `# Request for Quotation: Garden Maintenance\n\nFrom: Estates Team  \nDate: ${date}  \nReply by: ${replyBy}\n\n## 1. Background\n\nThe Trust needs its grounds kept.\n${extra}`;
}

/** The same timetable pasted from Word as tab-separated lines. */
function tabbed(issue: string, deadline: string): string {
  return `${itt}Invitation issued\t${issue}\nTender return date\t${deadline}\n`;
}

const ELECTRONIC = 'Tenders must be submitted electronically through the Council\'s e-tendering portal.';
const BOTH = `${ELECTRONIC} All tender documents are available from the date of publication of the tender notice.`;

testRule(rule, {
  valid: [
    { name: 'six weeks', text: table('Monday 4 January 2027', '12:00 noon, Monday 15 February 2027') },
    { name: 'an RFQ with five weeks to reply', text: rfq('3 May 2027', '7 June 2027 4:00 pm') },
    { name: 'tab-separated lines, six weeks', text: tabbed('04/01/2027', '15:00 15/02/2027') },
    {
      name: 'the head date is not the issue date when the timetable gives one',
      text: rfq('3 May 2027', '14 June 2027 4:00 pm', '\n## Timetable\n\n- RFQ issued: 10 May 2027\n'),
    },
    { name: 'exactly 30 days', text: table('Monday 4 January 2027', 'Wednesday 3 February 2027') },
    { name: 'no issue date: nothing to measure', text: `${itt}Tenders must be submitted by 12 noon on Friday 22 January 2027.\n` },
    { name: 'a bid response is not checked', text: '---\ntenderlint:\n  kind: response\n---\n\n- ITT issued: 4 January 2027\n- Deadline for submission: 22 January 2027\n' },
    { name: '40 days meets the vcs-friendly minimum', text: table('Monday 4 January 2027', 'Saturday 13 February 2027'), options: { recommendedDays: 40 } },
    {
      name: 'PA open procedure, electronic with all documents: 30 days meets both minimums',
      text: tender('pa2023', 'open', BOTH, 'Monday 4 January 2027', '12:00 noon, Wednesday 3 February 2027'),
    },
    {
      name: 'PA light-touch, 31 days',
      text: tender('pa2023', 'light-touch', 'This is a light-touch contract for social care services under the Procurement Act 2023.', 'Monday 4 January 2027', '12:00 noon, Thursday 4 February 2027'),
    },
    {
      name: 'below threshold, 35 days',
      text: tender('below-threshold', 'open', 'The estimated contract value is £60,000 excluding VAT.', 'Monday 4 January 2027', '12:00 noon, Monday 8 February 2027'),
    },
    {
      name: 'PCR open, electronic, 30 days',
      text: tender('pcr2015', 'open', ELECTRONIC, 'Monday 4 January 2027', '12:00 noon, Wednesday 3 February 2027'),
    },
  ],
  invalid: [
    {
      name: 'an RFQ dated at its head with a reply-by line 11 days later',
      text: rfq('3 May 2027', '14 May 2027 4:00 pm'),
      errors: [{ messageId: 'tooShort', line: 5, message: 'Tender period is 11 days (9 working days) from issue on Mon 3 May 2027 to the deadline on Fri 14 May 2027' }],
    },
    {
      name: 'tab-separated timetable lines, dates day-first with a leading zero',
      text: tabbed('04/01/2027', '15:00 22/01/2027'),
      errors: [{ messageId: 'tooShort', line: 11, message: '18 days' }],
    },
    {
      name: '18 days in a table',
      text: table('Monday 4 January 2027', '12:00 noon, Friday 22 January 2027'),
      errors: [{ messageId: 'tooShort', severity: 'warning', line: 13, message: 'Tender period is 18 days (14 working days) from issue on Mon 4 Jan 2027 to the deadline on Fri 22 Jan 2027: allow at least 30 days', related: 1 }],
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
    {
      name: 'PA open procedure, nothing stated: 30 days is below 35',
      text: tender('pa2023', 'open', 'Bidders should read this document carefully.', 'Monday 4 January 2027', '12:00 noon, Wednesday 3 February 2027'),
      errors: [{ messageId: 'belowStatutory', severity: 'error', line: 17, column: 40, message: 'The tender period is 30 days (22 working days) from issue on Mon 4 Jan 2027 to the deadline on Wed 3 Feb 2027, below the statutory minimum of 35 days for neither electronic submission nor all documents issued with the notice (PA 2023 s.54(4)): move the deadline to Mon 8 Feb 2027 or later.' }],
    },
    {
      name: 'PA open procedure, electronic only: 28 days is below 30',
      text: tender('pa2023', 'open', ELECTRONIC, 'Monday 4 January 2027', '12:00 noon, Monday 1 February 2027'),
      errors: [{ messageId: 'belowStatutory', message: 'statutory minimum of 30 days for electronic submission or all documents issued with the notice, not both' }],
    },
    {
      name: 'PA with a qualifying planned procurement notice: 9 days is below 10',
      text: tender('pa2023', 'open', `${BOTH} A planned procurement notice was published on 1 October 2026.`, 'Monday 4 January 2027', '12:00 noon, Wednesday 13 January 2027'),
      errors: [{ messageId: 'belowStatutory', message: 'statutory minimum of 10 days for a qualifying planned procurement notice' }],
    },
    {
      name: 'PA with a planned procurement notice published too late to qualify: 25-day minimum',
      text: tender('pa2023', 'open', `${BOTH} A planned procurement notice was published on 1 December 2026.`, 'Monday 4 January 2027', '12:00 noon, Friday 22 January 2027'),
      errors: [{ messageId: 'belowStatutory', message: 'statutory minimum of 25 days' }],
    },
    {
      name: 'PA participation period of a competitive flexible procedure',
      text: tender('pa2023', 'competitive-flexible', 'Bids from consortia are welcome.', 'Monday 8 March 2027', '12:00, Monday 29 March 2027', 'sq'),
      errors: [{ messageId: 'belowStatutory', message: 'participation period is 21 days' }],
    },
    {
      name: 'PA light-touch, 21 days: advisory only',
      text: tender('pa2023', 'light-touch', 'This is a light-touch contract for social care services under the Procurement Act 2023.', 'Monday 4 January 2027', '12:00 noon, Monday 25 January 2027'),
      errors: [{ messageId: 'tooShort', message: 'no statutory minimum applies to a light-touch contract' }],
    },
    {
      name: 'below threshold by value, 21 days: advisory only',
      text: tender('pa2023', 'open', 'The estimated total contract value is £90,000 excluding VAT.', 'Monday 4 January 2027', '12:00 noon, Monday 25 January 2027'),
      errors: [{ messageId: 'tooShort', message: 'no statutory minimum applies to this procedure' }],
    },
    {
      name: 'PCR open, paper submission: 32 days is below 35',
      text: tender('pcr2015', 'open', 'Tenders must be returned in a sealed envelope to the Council offices.', 'Monday 4 January 2027', '12:00 noon, Friday 5 February 2027'),
      errors: [{ messageId: 'belowStatutory', message: '35 days for the open procedure (PCR 2015 reg 27)' }],
    },
    {
      name: 'PCR restricted tender stage, electronic: 21 days is below 25',
      text: tender('pcr2015', 'restricted', ELECTRONIC, 'Monday 4 January 2027', '12:00 noon, Monday 25 January 2027'),
      errors: [{ messageId: 'belowStatutory', message: '25 days for electronic submission' }],
    },
  ],
});

// A template's placeholder values are unknown: its sample dates are never read as the tender period.
const sampleDates = table('[insert date of issue, for example Tuesday 2 March 2027]', '[insert deadline, for example 12 noon on Tuesday 9 March 2027]');
testRule(rule, {
  valid: [{ name: 'template: sample dates inside placeholders', settings: { template: true }, text: sampleDates }],
  invalid: [{ name: 'not a template: the same sample dates are read', text: sampleDates, errors: [{ messageId: 'tooShort' }] }],
});
