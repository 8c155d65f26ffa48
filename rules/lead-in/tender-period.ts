/**
 * lead-in/tender-period — days from the tender's issue to the submission deadline, against a recommended
 * minimum that gives small and voluntary organisations, and consortia, time to bid.
 * Rationale: seed 000 §4.17 ("increase lead in time for submission of tenders"); seed 002 final
 * recommendations 5 ("adequate time to prepare for contract bids"); PA 2023 s.54(1) (regard to the need for
 * sub-contracting). Days are counted as PA 2023 s.54(5) does: from the day after issue to the deadline day.
 */
import { defineRule } from '../../core/engine/define';
import { calendarDaysBetween, formatDay, workingDaysBetween } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';

export default defineRule({
  id: 'lead-in/tender-period',
  description: 'Time from issue to the submission deadline below the recommended minimum',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    tooShort:
      'Tender period is {{days}} days ({{workingDays}} working days) from issue on {{issue}} to the deadline on {{deadline}}: allow at least {{min}} days so that small and voluntary organisations and consortia can prepare a bid (advisory).',
    deadlineBeforeIssue:
      'The submission deadline ({{deadline}}) is not after the issue date ({{issue}}): check the timetable.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        recommendedDays: {
          type: 'integer',
          minimum: 1,
          default: 30,
          description: 'Recommended minimum tender period in calendar days (the vcs-friendly preset uses 40).',
        },
      },
    },
    defaults: { recommendedDays: 30 },
  },
  fixable: false,
  explanation: `Small and voluntary organisations rarely have a bid team waiting: a tender period of two or three weeks excludes them, and consortia need longer still to agree who does what. The source papers ask again and again for longer lead-in times, and the Procurement Act 2023 requires authorities to have regard to the need for sub-contracting when setting time limits.

The rule reads the issue (or publication) date and the submission deadline from the document's timetable, counts calendar days the way PA 2023 s.54(5) does (from the day after issue to the deadline day) and working days (excluding weekends and UK bank holidays), and warns when the period is shorter than \`recommendedDays\`. This is advice, whatever the regime; statutory minimums by procedure are checked separately.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
    { label: 'Seed 002, final recommendations 5', text: 'Potential providers need adequate time to prepare for contract bids.' },
    { label: 'Seed 004, consortium delivery', text: 'Short bidding timescales prevent consortia from forming.' },
    { label: 'PA 2023 s.54(1) and s.54(5)', text: 'Time limits must have regard to the need for sub-contracting; periods run from the day after the invitation.' },
  ],
  examples: {
    invalid: [
      {
        title: 'An 18-day tender period',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 22 January 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'A six-week tender period',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
  },
  check(context) {
    const { timetable } = context.facts;
    const issue = timetable.find((e) => e.type === 'issue' && e.date.iso);
    const deadline = lastOf(timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso));
    if (!issue || !deadline) return;
    const issueIso = issue.date.iso!;
    const deadlineIso = deadline.date.iso!;
    const days = calendarDaysBetween(issueIso, deadlineIso);
    const data = { issue: formatDay(issueIso), deadline: formatDay(deadlineIso) };
    const related = [{ range: issue.date.range, message: `Issue date: ${data.issue}` }];
    if (days <= 0) {
      context.report({ messageId: 'deadlineBeforeIssue', data, range: deadline.date.range, related });
      return;
    }
    const min = context.options['recommendedDays'] as number;
    if (days >= min) return;
    const workingDays = workingDaysBetween(issueIso, deadlineIso, 'uk');
    context.report({
      messageId: 'tooShort',
      data: { ...data, days, workingDays, min },
      range: deadline.date.range,
      related,
      facts: [`Tender period: ${days} days, ${workingDays} working days (issued ${data.issue}, deadline ${data.deadline}); recommended minimum ${min}`],
    });
  },
});

/** The last-dated event: a timetable may restate the deadline, and an extension moves it later. */
function lastOf(events: TimetableEvent[]): TimetableEvent | undefined {
  return events.reduce<TimetableEvent | undefined>((best, e) => (!best || e.date.iso! > best.date.iso! ? e : best), undefined);
}
