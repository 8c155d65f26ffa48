/**
 * lead-in/consortium-time — a tender that invites consortium or subcontracted bids but leaves no more time
 * than the recommended minimum for a single bidder.
 * Rationale: PA 2023 s.54(1) (time limits must have regard to "the need for sub-contracting"); seed 004,
 * consortium delivery ("short timescales ... too short to allow for consortium development") and intelligent
 * commissioning ("more time being allowed for bids to encourage consortium development"); seed 000 §4.17.
 * Advisory.
 */
import { defineRule } from '../../core/engine/define';
import { calendarDaysBetween, formatDay } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';

export default defineRule({
  id: 'lead-in/consortium-time',
  description: 'Consortium or subcontracted bids invited without the extra time consortia need to form',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    tooShort:
      'The tender period is {{days}} days (issue {{issue}}, deadline {{deadline}}) and {{why}}: allow at least {{min}} days so that consortia can form and agree who does what (PA 2023 s.54(1); advisory).',
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
          description: 'Recommended minimum tender period for a single bidder, in calendar days (keep it equal to lead-in/tender-period\'s).',
        },
        consortiumExtraDays: {
          type: 'integer',
          minimum: 0,
          default: 10,
          description: 'Extra calendar days recommended when consortium or subcontracted bids are invited.',
        },
        always: {
          type: 'boolean',
          default: false,
          description: 'Ask for the extra time whether or not the document invites consortium bids (the vcs-friendly preset sets this).',
        },
      },
    },
    defaults: { recommendedDays: 30, consortiumExtraDays: 10, always: false },
  },
  fixable: false,
  explanation: `Small and voluntary organisations often bid as consortia or through a lead provider with subcontractors, because no one of them can deliver the whole service. Forming a consortium takes time — agreeing a lead, dividing the work and the price, getting each board's approval — and the source papers name short bidding timescales as what stops consortia forming. The Procurement Act 2023 requires authorities to have regard to the need for sub-contracting when setting time limits (s.54(1)).

When the document invites consortium or subcontracted bids ("Bids from consortia are welcome"), or with \`always\` (the vcs-friendly preset), the rule warns when the tender period is at least \`recommendedDays\` but shorter than \`recommendedDays\` + \`consortiumExtraDays\`. Shorter periods are reported once, by \`lead-in/tender-period\`.`,
  sources: [
    { label: 'PA 2023 s.54(1)', text: 'Time limits must have regard to the need for sub-contracting.' },
    { label: 'Seed 004, consortium delivery', text: 'Often the timescales for bidding are too short to allow for consortium development.' },
    { label: 'Seed 004, intelligent commissioning', text: 'More time is being allowed for bids to encourage consortium development.' },
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Consortium bids welcome, with a 32-day tender period',
        text: '# Invitation to Tender\n\nBids from consortia and from organisations working with subcontractors are welcome.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 5 February 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'Consortium bids welcome, with six weeks to bid',
        text: '# Invitation to Tender\n\nBids from consortia and from organisations working with subcontractors are welcome.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
  },
  check(context) {
    const { timetable, leadIn } = context.facts;
    const always = context.options['always'] as boolean;
    if (!leadIn.consortiumInvited && !always) return;
    const issue = timetable.find((e) => e.type === 'issue' && e.date.iso);
    const deadline = timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso).reduce<TimetableEvent | undefined>((b, e) => (!b || e.date.iso! > b.date.iso! ? e : b), undefined);
    if (!issue || !deadline) return;
    const days = calendarDaysBetween(issue.date.iso!, deadline.date.iso!);
    const recommended = context.options['recommendedDays'] as number;
    const min = recommended + (context.options['consortiumExtraDays'] as number);
    if (days < recommended || days >= min) return;
    const why = leadIn.consortiumInvited ? 'the document invites consortium or subcontracted bids' : 'consortia and subcontracted bids should be able to form';
    context.report({
      messageId: 'tooShort',
      data: { days, min, why, issue: formatDay(issue.date.iso!), deadline: formatDay(deadline.date.iso!) },
      range: deadline.date.range,
      related: leadIn.consortiumInvited ? [{ range: leadIn.consortiumInvited.range, message: 'Consortium or subcontracted bids invited' }] : [],
    });
  },
});
