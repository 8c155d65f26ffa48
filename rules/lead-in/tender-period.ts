/**
 * lead-in/tender-period — days from the tender's issue (or notice publication) to the submission deadline,
 * against the regime's statutory minimum for the procedure and circumstances, and against a recommended
 * minimum that gives small and voluntary organisations, and consortia, time to bid.
 * Rationale: PA 2023 s.54(3)–(5); PCR 2015 regs 27–30 (the minimums, from `core/policy/lead-in.ts`); seed 000
 * §4.17 ("increase lead in time for submission of tenders"); seed 002 final recommendations 5 ("adequate time
 * to prepare for contract bids"); PA 2023 s.54(1) (regard to the need for sub-contracting). Days are counted
 * as PA 2023 s.54(5) does: from the day after issue to the deadline day.
 */
import { defineRule } from '../../core/engine/define';
import { calendarDaysBetween, formatDay, workingDaysBetween } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';
import { circumstances, statutoryMinimum, workingDayArea } from '../../core/policy/lead-in';

export default defineRule({
  id: 'lead-in/tender-period',
  description: 'Time from issue to the submission deadline below the statutory or the recommended minimum',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    belowStatutory:
      'The {{stage}} period is {{days}} days ({{workingDays}} working days) from issue on {{issue}} to the deadline on {{deadline}}, below the statutory minimum of {{min}} days for {{when}} ({{citation}}): move the deadline to {{earliest}} or later.',
    tooShort:
      'Tender period is {{days}} days ({{workingDays}} working days) from issue on {{issue}} to the deadline on {{deadline}}: allow at least {{min}} days so that small and voluntary organisations and consortia can prepare a bid (advisory; {{statutory}}).',
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
          description: 'Recommended minimum tender period in calendar days, whatever the regime (the vcs-friendly preset uses 40).',
        },
      },
    },
    defaults: { recommendedDays: 30 },
  },
  fixable: false,
  explanation: `Small and voluntary organisations rarely have a bid team waiting: a tender period of two or three weeks excludes them, and consortia need longer still to agree who does what. The source papers ask again and again for longer lead-in times, and the Procurement Act 2023 requires authorities to have regard to the need for sub-contracting when setting time limits.

The rule reads the issue (or notice publication) date and the submission deadline from the document's timetable and counts calendar days the way PA 2023 s.54(5) does (from the day after issue to the deadline day), with working days beside them. It makes two checks:

- **Statutory minimum.** When the regime is stated or detected, the minimum for the procedure and the circumstances the document states: under the Procurement Act 2023 a tendering period of 35 days, 30 with electronic submission or with all documents issued with the tender notice, 25 with both, 10 with a qualifying planned procurement notice, urgency, a dynamic market or tendering among preselected suppliers, and none for a light-touch contract (s.54(4)); a participation period of 25 days, 10 if urgent (s.54(3)). Under the PCR 2015 an open procedure needs 35 days (30 with electronic submission, 15 after a prior information notice or if urgent), a restricted procedure or competitive procedure with negotiation 30 days for requests to participate and 30 for tenders (25 with electronic submission, 10 after a prior information notice or if urgent). Light-touch, below-threshold, call-off, direct award and quotation procedures have no statutory minimum, and neither does a contract whose stated value is under the lowest threshold. Where the document does not say a circumstance applies, the rule assumes it does not, except that it always uses the shortest entry the stated procedure allows. A period below the statutory minimum is an **error**.
- **Recommended minimum.** Whatever the regime — light-touch and below-threshold tenders included — a period shorter than \`recommendedDays\` draws an advisory **warning**.

Giving the rule a different severity in a config file or preset applies that severity to both checks.`,
  sources: [
    { label: 'PA 2023 s.54(3)–(5)', text: 'Minimum participation and tendering periods; periods run from the day after the invitation.' },
    { label: 'PA 2023 s.54(1)', text: 'Time limits must have regard to the nature and complexity of the contract and the need for sub-contracting.' },
    { label: 'PCR 2015 regs 27–30, 76(6)', text: 'Minimum time limits for the open, restricted and negotiated procedures; light-touch limits reasonable and proportionate.' },
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
    { label: 'Seed 002, final recommendations 5', text: 'Potential providers need adequate time to prepare for contract bids.' },
    { label: 'Seed 004, consortium delivery', text: 'Short bidding timescales prevent consortia from forming.' },
  ],
  examples: {
    invalid: [
      {
        title: 'An 18-day tender period',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 22 January 2027 |\n',
      },
      {
        title: 'Below the Procurement Act minimum for an open procedure',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n  procedure: open\n---\n\n# Invitation to Tender\n\nTenders must be submitted electronically through the Council\'s e-tendering portal.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Tender notice published and ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 22 January 2027 |\n',
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
    const { timetable, leadIn } = context.facts;
    const { regime, procedure, nation, kind, sources } = context.settings;
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
    const workingDays = workingDaysBetween(issueIso, deadlineIso, workingDayArea(regime, nation));
    const stage = kind === 'sq' ? 'participation' : 'tender';
    const minimum = sources.regime === 'default' ? null : statutoryMinimum(regime, procedure, stage, circumstances(leadIn, context.facts, regime, issueIso));
    const period = `${days} days, ${workingDays} working days (issued ${data.issue}, deadline ${data.deadline})`;
    if (minimum?.days && days < minimum.days) {
      context.report({
        messageId: 'belowStatutory',
        // A breach of the regime's minimum is an error; the recommended minimum stays advice.
        severity: 'error',
        data: { ...data, stage, days, workingDays, min: minimum.days, when: minimum.when, citation: minimum.citation, earliest: formatDay(addDaysIso(issueIso, minimum.days)) },
        range: deadline.date.range,
        related,
        facts: [`${stage === 'tender' ? 'Tender' : 'Participation'} period: ${period}; statutory minimum ${minimum.days} days for ${minimum.when} (${minimum.citation})`],
      });
      return;
    }
    const min = context.options['recommendedDays'] as number;
    if (days >= min) return;
    const statutory = !minimum
      ? sources.regime === 'default'
        ? 'the regime is not stated, so no statutory minimum was checked'
        : 'no statutory minimum applies to this procedure'
      : minimum.days === null
        ? `no statutory minimum applies to ${minimum.when}`
        : `the statutory minimum of ${minimum.days} days for ${minimum.when} is met`;
    context.report({
      messageId: 'tooShort',
      data: { ...data, days, workingDays, min, statutory },
      range: deadline.date.range,
      related,
      facts: [`Tender period: ${period}; recommended minimum ${min}`],
    });
  },
});

/** The last-dated event: a timetable may restate the deadline, and an extension moves it later. */
function lastOf(events: TimetableEvent[]): TimetableEvent | undefined {
  return events.reduce<TimetableEvent | undefined>((best, e) => (!best || e.date.iso! > best.date.iso! ? e : best), undefined);
}

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
