import rule from '../../rules/lead-in/non-working-day';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../core/engine/linter';
import { testRule } from '../helpers/rule-tester';
import { onlyRule } from '../helpers/lint';
import { rules } from '../../rules/index';

function itt(deadline: string, nation = 'england-wales', extra = ''): string {
  return `---\ntenderlint:\n  kind: itt\n  nation: ${nation}\n---\n\n# Invitation to Tender: Befriending Service\n\nTenders must be submitted through the portal.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 October 2027 |\n${extra}| Deadline for submission of tenders | ${deadline} |\n`;
}

/** A US federal request for quotation: no nation stated, plainly not a UK document. */
function usRfq(replyBy: string): string {
  return (
    '# Request for Quotation: Web Hosting Support\n\nFrom: Contracting Officer, General Services Administration  \nDate: 16 August 2027  \n' +
    `Reply by: ${replyBy}\n\n## 1. Instructions\n\nThis acquisition follows FAR Part 8. Quotes are accepted from United States firms only.\n`
  );
}

testRule(rule, {
  valid: [
    { name: 'a UK bank holiday is not judged in a US solicitation', text: usRfq('August 30, 2027 4:00 pm EST') },
    { name: 'a working Tuesday', text: itt('12:00 noon, Tuesday 16 November 2027') },
    { name: "St Andrew's Day is a working day in England", text: itt('12:00 noon, Tuesday 30 November 2027') },
    { name: 'the last Monday in August is a working day in Scotland', text: itt('12:00 noon, Monday 30 August 2027', 'scotland') },
    { name: 'Easter Monday is a working day in Scotland', text: itt('12:00 noon, Monday 29 March 2027', 'scotland') },
    { name: 'Christmas break not checked when turned off', text: itt('12:00 noon, Thursday 30 December 2027'), options: { christmasBreak: false } },
    { name: 'evaluation dates on a weekend are not bidder deadlines', text: itt('12:00 noon, Tuesday 16 November 2027', 'england-wales', '| Evaluation | Saturday 20 November 2027 |\n') },
    {
      name: 'clarification deadline not checked when turned off',
      text: itt('12:00 noon, Tuesday 16 November 2027', 'england-wales', '| Deadline for clarification questions | 5pm, Saturday 6 November 2027 |\n'),
      options: { clarificationDeadlines: false },
    },
  ],
  invalid: [
    {
      name: 'a weekend is still judged in a US solicitation',
      text: usRfq('August 28, 2027 4:00 pm EST'),
      errors: [{ messageId: 'nonWorkingDay', line: 5, message: 'a Saturday' }],
    },
    {
      name: 'the same bank holiday in a document with no sign of another country',
      text: '# Request for Quotation: Web Hosting Support\n\nDate: 16 August 2027  \nReply by: August 30, 2027 4:00 pm\n',
      errors: [{ messageId: 'nonWorkingDay', line: 4, message: 'Summer bank holiday' }],
    },
    {
      name: 'a stated nation is judged even in a document with US wording',
      text: `---\ntenderlint:\n  nation: england-wales\n---\n\n${usRfq('August 30, 2027 4:00 pm EST')}`,
      errors: [{ messageId: 'nonWorkingDay', line: 10, message: 'Summer bank holiday' }],
    },
    {
      name: 'a Saturday deadline',
      text: itt('12:00 noon, Saturday 13 November 2027'),
      errors: [{ messageId: 'nonWorkingDay', line: 16, column: 40, message: 'The submission deadline falls on Sat 13 Nov 2027, a Saturday' }],
    },
    {
      name: "St Andrew's Day in Scotland, with the next working day suggested",
      text: itt('12:00 noon, Tuesday 30 November 2027', 'scotland'),
      errors: [{ messageId: 'nonWorkingDay', line: 16, message: "a bank holiday (St Andrew’s Day): bidders, and the small organisations and volunteers who help them, may not be working. Move it to a working day such as Wednesday 1 December 2027" }],
    },
    {
      name: 'the first Monday in August in Scotland',
      text: itt('12:00 noon, Monday 2 August 2027', 'scotland'),
      errors: [{ messageId: 'nonWorkingDay', message: 'Summer bank holiday' }],
    },
    {
      name: '2 January (substitute day) in Scotland',
      text: itt('12:00 noon, Monday 4 January 2027', 'scotland'),
      errors: [{ messageId: 'nonWorkingDay', message: 'January 2nd (substitute day)' }],
    },
    {
      name: 'the last Monday in August in England',
      text: itt('12:00 noon, Monday 30 August 2027'),
      errors: [{ messageId: 'nonWorkingDay', message: 'Tuesday 31 August 2027' }],
    },
    {
      name: 'between Christmas and New Year',
      text: itt('12:00 noon, Thursday 30 December 2027'),
      errors: [{ messageId: 'nonWorkingDay', message: 'in the Christmas and New Year break' }],
    },
    {
      name: 'Good Friday in a list, skipping Easter Monday',
      text: '---\ntenderlint:\n  kind: sq\n---\n\n# Selection Questionnaire\n\n## Key dates\n\n- SQ published: Monday 8 March 2027\n- SQ return deadline: 12:00, Friday 26 March 2027\n',
      errors: [{ messageId: 'nonWorkingDay', line: 11, message: 'Tuesday 30 March 2027' }],
    },
    {
      name: 'a clarification deadline on a Sunday',
      text: itt('12:00 noon, Tuesday 16 November 2027', 'england-wales', '| Deadline for clarification questions | 5pm, Sunday 7 November 2027 |\n'),
      errors: [{ messageId: 'nonWorkingDay', line: 16, message: 'The clarification deadline falls on Sun 7 Nov 2027' }],
    },
  ],
});

describe('lead-in/non-working-day suggestions', () => {
  function suggested(text: string, settings = {}): string[] {
    const out = lintText(text, 'test.md', onlyRule(rule, {}, settings), rules);
    return out.findings.flatMap((f) => (f.suggestions ?? []).map((s) => text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1])).map((t) => t.split('\n').find((l) => l.includes('Deadline for submission'))!));
  }

  it.each([
    ['keeps the time and replaces the weekday and date', itt('12:00 noon, Saturday 13 November 2027'), '| Deadline for submission of tenders | 12:00 noon, Monday 15 November 2027 |'],
    ['adds the weekday to a date written without one', itt('5pm on 25 December 2027'), '| Deadline for submission of tenders | 5pm on Tuesday 4 January 2028 |'],
    ['uses the nation\'s bank holidays', itt('12:00 noon, Tuesday 30 November 2027', 'scotland'), '| Deadline for submission of tenders | 12:00 noon, Wednesday 1 December 2027 |'],
  ])('%s', (_name, text, line) => {
    expect(suggested(text)).toEqual([line]);
  });

  it('is a suggestion, never an automatic fix', () => {
    const out = lintText(itt('12:00 noon, Saturday 13 November 2027'), 'test.md', onlyRule(rule), rules);
    expect(out.findings.map((f) => [f.fix, f.suggestions?.[0]?.desc])).toEqual([[undefined, 'Move the submission deadline to Monday 15 November 2027']]);
  });
});
