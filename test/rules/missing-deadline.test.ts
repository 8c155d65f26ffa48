import rule from '../../rules/lead-in/missing-deadline';
import { testRule } from '../helpers/rule-tester';

const fm = (kind: string) => `---\ntenderlint:\n  kind: ${kind}\n---\n\n`;

testRule(rule, {
  valid: [
    { name: 'a deadline with date and time in prose', text: `${fm('itt')}# Invitation to Tender\n\nTenders must be submitted through the portal by 12 noon on Monday 15 February 2027.\n` },
    { name: 'a deadline in a timetable', text: `${fm('sq')}# Selection Questionnaire\n\n## Timetable\n\n| Stage | Date |\n| --- | --- |\n| SQ published | Monday 8 March 2027 |\n| SQ return deadline | 12:00, Friday 16 April 2027 |\n` },
    { name: 'the time in a column of its own', text: `${fm('itt')}# ITT\n\n## Timetable\n\n| Activity | Date | Time |\n| --- | --- | --- |\n| ITT issued | 4 January 2027 | |\n| Deadline for submission of tenders | 15 February 2027 | 12:00 |\n` },
    { name: 'a specification needs no deadline', text: `${fm('spec')}# Specification\n\nThe provider will run weekly lunch clubs.\n` },
    { name: 'an untyped document', text: '# Notes\n\nThe service has run since 2019.\n' },
    { name: 'a detected ITT with no timetable (an annex or template)', text: '# Invitation to Tender: Quality Questionnaire\n\nAnswer each question in no more than 500 words.\n' },
    { name: 'a declared ITT fragment that says nothing about submitting', text: `${fm('itt')}# Invitation to Tender: Home Adaptations\n\nProviders must hold Trustmark or an equivalent accreditation.\n` },
    { name: 'a deadline left as a placeholder is drafting/placeholder\'s finding', text: `${fm('sq')}# Selection Questionnaire\n\n## Timetable\n\n- SQ published: Monday 8 March 2027\n- SQ return deadline: [insert date]\n` },
    { name: 'a placeholder deadline in a table row', text: `${fm('itt')}# ITT\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | TBC |\n` },
    { name: 'a bid response', text: `${fm('response')}# Our tender response\n\nWe will deliver the service from April.\n` },
  ],
  invalid: [
    {
      name: 'an ITT without a deadline',
      text: `${fm('itt')}# Invitation to Tender: Lunch Club\n\nTenders must be submitted through the portal. The Council will evaluate tenders against the criteria in section 4.\n`,
      errors: [{ messageId: 'noDeadline', line: 6, column: 1, message: 'No submission deadline date was found in this invitation to tender' }],
    },
    {
      name: 'a detected ITT with a timetable but no deadline',
      text: '# Invitation to Tender: Lunch Club\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Contract start | Thursday 1 April 2027 |\n',
      errors: [{ messageId: 'noDeadline', line: 1 }],
    },
    {
      name: 'an SQ that says how to return it but not when',
      text: `${fm('sq')}# Selection Questionnaire\n\nCompleted questionnaires must be returned through the portal.\n`,
      errors: [{ messageId: 'noDeadline', line: 6, message: 'completed questionnaires' }],
    },
    {
      name: 'a deadline without a time',
      text: `${fm('itt')}# ITT\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | Monday 15 February 2027 |\n`,
      errors: [{ messageId: 'noTime', line: 13, column: 40, message: 'The submission deadline (Mon 15 Feb 2027) has no time of day' }],
    },
  ],
});
