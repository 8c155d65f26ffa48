/**
 * lead-in/mobilisation — too little time between contract award and service start to mobilise, especially
 * where staff are likely to transfer under TUPE.
 * Rationale: seed 002 Section 2, lessons from Work Programme commissioning 6 (TUPE obligations became clear
 * "only a week before their contracts went live"); TUPE 2006 reg 11 as amended by SI 2014/16 (employee
 * liability information at least 28 days before the transfer). Advisory.
 */
import { defineRule } from '../../core/engine/define';
import { calendarDaysBetween, formatDay } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';

export default defineRule({
  id: 'lead-in/mobilisation',
  description: 'Award to contract start too short to mobilise, or to transfer staff where TUPE is likely',
  severity: 'warning',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    tooShort:
      'Only {{days}} days from award ({{award}}) to contract start ({{start}}): allow at least {{min}} days to recruit, set up premises and systems and mobilise (advisory).',
    tupeTooShort:
      'Only {{days}} days from award ({{award}}) to contract start ({{start}}) although staff are likely to transfer under TUPE: allow at least {{min}} days for consultation, employee liability information (due at least 28 days before transfer) and pensions (advisory).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minDays: { type: 'integer', minimum: 1, default: 30, description: 'Least number of calendar days from award to contract start.' },
        tupeMinDays: { type: 'integer', minimum: 1, default: 90, description: 'Least number of calendar days from award to contract start where TUPE is likely to apply.' },
      },
    },
    defaults: { minDays: 30, tupeMinDays: 90 },
  },
  fixable: false,
  explanation: `A provider that wins a contract has to recruit or transfer staff, find premises, set up case-management and reporting systems and agree referral routes before the first service user walks in. A large company can absorb a two-week mobilisation; a small charity cannot, and where staff transfer under TUPE the incoming provider has to consult, receive employee liability information (at least 28 days before the transfer) and sort out pensions. The voluntary sector's experience of the Work Programme was of TUPE obligations becoming clear a week before go-live, at great cost.

The rule reads the award (or, failing that, contract signature) date and the contract start date from the timetable and warns when fewer than \`minDays\` lie between them, or fewer than \`tupeMinDays\` where the document says TUPE is likely to apply (a statement that TUPE does not apply does not count).`,
  sources: [
    { label: 'Seed 002, Work Programme lessons 6', text: 'Voluntary organisations had to take on staff only a week before their contracts went live.' },
    { label: 'TUPE 2006 reg 11; SI 2014/16', text: 'Employee liability information must be given at least 28 days before the transfer.' },
    { label: 'Seed 002, Work Programme recommendations 6', text: 'Commissioners need to provide clear and timely guidance on TUPE.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Two weeks to mobilise a TUPE transfer',
        text: '# Invitation to Tender\n\nTUPE is likely to apply to staff currently delivering the service.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n| Contract award | Thursday 18 March 2027 |\n| Contract start | Thursday 1 April 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'Fourteen weeks from award to start',
        text: '# Invitation to Tender\n\nTUPE is likely to apply to staff currently delivering the service.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n| Contract award | Friday 26 March 2027 |\n| Contract start | Thursday 1 July 2027 |\n',
      },
    ],
  },
  check(context) {
    const { timetable, leadIn } = context.facts;
    const start = timetable.find((e) => e.type === 'contract-start' && e.date.iso);
    if (!start) return;
    const before = (type: TimetableEvent['type']) => timetable.filter((e) => e.type === type && e.date.iso && e.date.iso <= start.date.iso!);
    const candidates = before('award').length ? before('award') : before('contract-signature');
    const award = candidates.reduce<TimetableEvent | undefined>((best, e) => (!best || e.date.iso! > best.date.iso! ? e : best), undefined);
    if (!award) return;
    const days = calendarDaysBetween(award.date.iso!, start.date.iso!);
    if (days <= 0) return;
    const tupe = leadIn.tupeLikely !== null;
    const min = (tupe ? context.options['tupeMinDays'] : context.options['minDays']) as number;
    if (days >= min) return;
    const related = [{ range: award.date.range, message: `${award.label}: ${formatDay(award.date.iso!)}` }];
    if (tupe) related.push({ range: leadIn.tupeLikely!.range, message: 'TUPE is likely to apply' });
    context.report({
      messageId: tupe ? 'tupeTooShort' : 'tooShort',
      data: { days, min, award: formatDay(award.date.iso!), start: formatDay(start.date.iso!) },
      range: start.date.range,
      related,
      facts: [`Mobilisation: ${days} days from ${formatDay(award.date.iso!)} to ${formatDay(start.date.iso!)}${tupe ? '; TUPE likely' : ''}`],
    });
  },
});
