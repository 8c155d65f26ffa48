/**
 * lead-in/clarification-window — a clarification deadline too close to (or after) the submission deadline,
 * answers promised too late or not at all, or an ITT with no clarification process.
 * Rationale: PCR 2015 reg 47(3)–(5) (answers at least 6 days before the deadline, or the deadline extended);
 * seed 000 §4.17 (lead-in time for small and voluntary organisations); seed 002 final recommendations 5
 * (adequate time to prepare bids). Advisory except as PCR reg 47 requires.
 */
import { defineRule } from '../../core/engine/define';
import { calendarDaysBetween, formatDay } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';

/** PCR 2015 reg 47(3): answers at least 6 days before the deadline. */
const ANSWER_DAYS = 6;

export default defineRule({
  id: 'lead-in/clarification-window',
  description: 'Clarification deadline too close to the submission deadline, answers not promised in time, or no clarification process',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    afterDeadline: 'The clarification deadline ({{clarification}}) is after the submission deadline ({{deadline}}): set it well before the deadline.',
    tooClose:
      'Clarification questions close {{days}} days before the submission deadline ({{clarification}}, deadline {{deadline}}): allow at least {{min}} days so that answers can shape bids (advisory).',
    answersLate:
      'Clarification answers are due {{days}} days before the submission deadline ({{answers}}, deadline {{deadline}}): answer at least 6 days before it, or extend the deadline (PCR 2015 reg 47(3)).',
    noAnswerCommitment:
      'The document sets a clarification deadline but does not say when questions will be answered: commit to answering all bidders at least 6 days before the submission deadline (PCR 2015 reg 47(3); advisory under other regimes).',
    noProcess:
      'The invitation to tender sets a submission deadline but no way to ask clarification questions: say how and by when bidders can ask, and when answers will be shared (advisory).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minDaysBeforeDeadline: {
          type: 'integer',
          minimum: 1,
          default: 7,
          description: 'Least number of calendar days between the clarification deadline and the submission deadline.',
        },
      },
    },
    defaults: { minDaysBeforeDeadline: 7 },
  },
  fixable: false,
  explanation: `Clarification questions are how bidders without a bid team find out what a tender really asks for. If questions close two days before the deadline, or answers arrive the day before it, nobody can use them; small and voluntary organisations, who are most likely to need an answer, are hit hardest. The PCR 2015 require answers to be given at least six days before the deadline for tenders (four in accelerated procedures), or the deadline to be extended (reg 47(3)–(5)); the Procurement Act leaves it to the authority, so outside the PCR the rule is advisory.

The rule reads the clarification deadline, any date for answers and the submission deadline from the timetable, and the document's wording for a commitment to answer ("answers will be published to all bidders within three working days, and no later than six days before the deadline"). It warns when:

- the clarification deadline is after the submission deadline, or fewer than \`minDaysBeforeDeadline\` days before it;
- a stated date for answers, or a promised "*n* days before the deadline", leaves fewer than 6 days;
- there is a clarification deadline but no commitment to answer;
- an invitation to tender with a submission deadline gives no way to ask questions at all.`,
  sources: [
    { label: 'PCR 2015 reg 47(3)–(5)', text: 'Additional information must be supplied at least 6 days (4 if accelerated) before the deadline, or the deadline extended.' },
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
    { label: 'Seed 002, final recommendations 5', text: 'Potential providers need adequate time to prepare for contract bids.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Questions close two days before the deadline',
        text: '# Invitation to Tender\n\nAnswers to clarification questions will be published to all bidders on the portal within two working days.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for clarification questions | 5pm, Wednesday 10 February 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 12 February 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'Questions close 17 days before the deadline, with answers promised in time',
        text: '# Invitation to Tender\n\nAnswers to clarification questions will be published to all bidders on the portal within three working days, and no later than 6 days before the submission deadline.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for clarification questions | 5pm, Friday 29 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
  },
  check(context) {
    const { timetable, leadIn } = context.facts;
    const deadline = lastOf(timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso));
    const clarification = lastOf(timetable.filter((e) => e.type === 'clarification-deadline' && e.date.iso));
    const answers = lastOf(timetable.filter((e) => e.type === 'clarification-response' && e.date.iso));
    const min = context.options['minDaysBeforeDeadline'] as number;

    if (!leadIn.clarificationProcess && !clarification && deadline && context.settings.kind === 'itt') {
      const anchor = context.doc.blocks.find((b) => b.kind === 'heading') ?? context.doc.blocks[0];
      if (anchor) context.report({ messageId: 'noProcess', block: anchor });
      return;
    }
    if (clarification && deadline) {
      const data = { clarification: formatDay(clarification.date.iso!), deadline: formatDay(deadline.date.iso!) };
      const days = calendarDaysBetween(clarification.date.iso!, deadline.date.iso!);
      const related = [{ range: deadline.date.range, message: `Submission deadline: ${data.deadline}` }];
      if (days < 0) {
        context.report({ messageId: 'afterDeadline', data, range: clarification.date.range, related });
        return;
      }
      if (days < min) {
        context.report({ messageId: 'tooClose', data: { ...data, days, min }, range: clarification.date.range, related });
      }
    }
    if (answers && deadline) {
      const days = calendarDaysBetween(answers.date.iso!, deadline.date.iso!);
      if (days >= 0 && days < ANSWER_DAYS) {
        context.report({
          messageId: 'answersLate',
          data: { days, answers: formatDay(answers.date.iso!), deadline: formatDay(deadline.date.iso!) },
          range: answers.date.range,
        });
        return;
      }
    }
    const promised = leadIn.clarificationAnswers;
    if (promised && promised.daysBefore !== null && !promised.working && promised.daysBefore < ANSWER_DAYS && deadline) {
      context.report({
        messageId: 'answersLate',
        data: { days: promised.daysBefore, answers: `"${promised.sentence}"`, deadline: formatDay(deadline.date.iso!) },
        range: promised.range,
      });
      return;
    }
    if (clarification && !promised && !answers) {
      context.report({ messageId: 'noAnswerCommitment', range: clarification.date.range });
    }
  },
});

function lastOf(events: TimetableEvent[]): TimetableEvent | undefined {
  return events.reduce<TimetableEvent | undefined>((best, e) => (!best || e.date.iso! > best.date.iso! ? e : best), undefined);
}
