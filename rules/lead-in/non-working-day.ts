/**
 * lead-in/non-working-day — a submission or clarification deadline on a weekend, a bank holiday of the
 * document's nation, or in the Christmas and New Year break (24 December to 2 January), with a suggestion
 * of the next working day.
 * Rationale: seed 000 §4.17 (lead-in time for small and voluntary organisations, whose staff and volunteers
 * are not at work on those days); PCR 2015 reg 2(4) (a period ending on a non-working day runs to the next
 * working day); PA 2023 s.123 (working days exclude bank holidays).
 */
import { defineRule } from '../../core/engine/define';
import { bankHolidayOn, formatDay, isWorkingDay } from '../../core/facts/calendar';
import type { DateFact, TimetableEventType } from '../../core/facts/types';
import type { Fix } from '../../core/engine/types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day-and-month part of a date as written, to be replaced by the suggestion. */
const DATE_PART =
  /(?:\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?|\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;

const DEADLINES: Partial<Record<TimetableEventType, string>> = {
  'submission-deadline': 'submission deadline',
  'clarification-deadline': 'clarification deadline',
};

function inChristmasBreak(iso: string): boolean {
  const md = iso.slice(5);
  return md >= '12-24' || md <= '01-02';
}

function addDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export default defineRule({
  id: 'lead-in/non-working-day',
  description: 'A bidder-facing deadline on a weekend, a bank holiday or between 24 December and 2 January',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    nonWorkingDay:
      'The {{event}} falls on {{day}}, {{why}}: bidders, and the small organisations and volunteers who help them, may not be working. Move it to a working day such as {{next}} (advisory).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        christmasBreak: {
          type: 'boolean',
          default: true,
          description: 'Also treat 24 December to 2 January as non-working days.',
        },
        clarificationDeadlines: {
          type: 'boolean',
          default: true,
          description: 'Check clarification deadlines as well as submission deadlines.',
        },
      },
    },
    defaults: { christmasBreak: true, clarificationDeadlines: true },
  },
  fixable: false,
  hasSuggestions: true,
  explanation: `A deadline on a Saturday, a bank holiday or New Year's Eve takes working days out of the lead-in time and lands on days when small providers' staff, trustees and volunteers are away and help desks are closed. The PCR 2015 roll a period that ends on a non-working day to the next working day (reg 2(4)), and the Procurement Act counts working days without weekends and bank holidays (s.123); setting the deadline on a working day in the first place avoids doubt.

The rule reads the submission and clarification deadlines from the timetable and warns when one falls on a weekend, on a bank holiday of the document's nation (the \`nation\` setting chooses England and Wales, Scotland or Northern Ireland holidays: St Andrew's Day, 2 January and the first Monday in August are Scottish bank holidays; Easter Monday and the last Monday in August are not), or between 24 December and 2 January. A document plainly written for another country (a United States federal solicitation, with no UK wording and no nation stated) is not judged against UK bank holidays. It suggests the next working day, with its weekday, for you to review: moving a deadline changes the tender period, so it is never applied automatically.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
    { label: 'PCR 2015 reg 2(4)', text: 'A period ending on a day that is not a working day ends at the end of the next working day.' },
    { label: 'PA 2023 s.123', text: 'A working day is not a Saturday, Sunday or bank holiday in any part of the United Kingdom.' },
    { label: 'Banking and Financial Dealings Act 1971 Sch 1', text: 'Bank holidays differ between England and Wales, Scotland and Northern Ireland.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A deadline on a Saturday',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Saturday 13 February 2027 |\n',
      },
      {
        title: "St Andrew's Day in a Scottish tender",
        text: '---\ntenderlint:\n  kind: itt\n  nation: scotland\n---\n\n# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 25 October 2027 |\n| Deadline for submission of tenders | 12:00 noon, Tuesday 30 November 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'A deadline on a working Monday',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
  },
  check(context) {
    const christmas = context.options['christmasBreak'] as boolean;
    const clarification = context.options['clarificationDeadlines'] as boolean;
    const { nation } = context.settings;
    // A document plainly written for another country (a US federal solicitation) is not judged against UK bank
    // holidays unless a nation is stated; weekends still count.
    const holidays = !(context.facts.detected.foreignJurisdiction && context.settings.sources.nation === 'default');
    const seen = new Set<string>();
    for (const event of context.facts.timetable) {
      const name = DEADLINES[event.type];
      if (!name || (event.type === 'clarification-deadline' && !clarification)) continue;
      const date = event.date;
      if (!date.iso || seen.has(`${event.type}:${date.iso}`)) continue;
      const why = reason(date.iso, nation, christmas, holidays);
      if (!why) continue;
      seen.add(`${event.type}:${date.iso}`);
      let next = addDay(date.iso);
      while (reason(next, nation, christmas, holidays)) next = addDay(next);
      const nextText = `${WEEKDAYS[new Date(`${next}T00:00:00Z`).getUTCDay()]} ${Number(next.slice(8))} ${MONTHS[Number(next.slice(5, 7)) - 1]}`;
      const fix = replacement(date, nextText, next);
      context.report({
        messageId: 'nonWorkingDay',
        data: { event: name, day: formatDay(date.iso), why, next: `${nextText} ${next.slice(0, 4)}` },
        range: date.range,
        suggestions: fix ? [{ desc: `Move the ${name} to ${nextText} ${next.slice(0, 4)}`, fix }] : undefined,
        facts: [`${name}: ${formatDay(date.iso)} (${why}); next working day ${formatDay(next)}`],
      });
    }
  },
});

function reason(iso: string, nation: Parameters<typeof isWorkingDay>[1], christmas: boolean, holidays: boolean): string | null {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return `a ${WEEKDAYS[weekday]}`;
  const holiday = holidays ? bankHolidayOn(iso, nation) : null;
  if (holiday) return `a bank holiday (${holiday})`;
  if (christmas && inChristmasBreak(iso)) return 'in the Christmas and New Year break';
  return null;
}

/** Replaces the date part of the written date (keeping a time written around it) with the next working day. */
function replacement(date: DateFact, nextText: string, nextIso: string): Fix | null {
  const m = DATE_PART.exec(date.text);
  if (!m) return null;
  const withYear = !date.yearInferred || nextIso.slice(0, 4) !== date.iso!.slice(0, 4);
  const text = withYear ? `${nextText} ${nextIso.slice(0, 4)}` : nextText;
  // The date's source range is contiguous in the common case; map the match inside it.
  const start = date.range.start.offset + m.index;
  const end = start + m[0].length;
  if (end > date.range.end.offset || date.range.end.offset - date.range.start.offset !== date.text.length) return null;
  return { range: [start, end], text };
}
