/**
 * lead-in/contract-end-notice — a re-tender issued less than six months before the current contract ends,
 * leaving little notice for new providers, consortia and the incumbent's staff.
 * Rationale: seed 000 §4.17 ("transparent notification process for contracts ending in 6 or 12 months time";
 * "Contracts Finder: include notification of forthcoming end of current contracts"); PR 2024 reg 18(2)(h)
 * (the tender notice says whether a follow-on procurement is intended). Information only.
 */
import { defineRule } from '../../core/engine/define';
import { formatDay } from '../../core/facts/calendar';

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export default defineRule({
  id: 'lead-in/contract-end-notice',
  description: 'A re-tender issued less than six months before the current contract ends',
  severity: 'info',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    lateRetender:
      'The current contract ends on {{end}}, less than {{months}} months after this document was issued ({{issue}}): give providers earlier notice of contracts ending (for example in a pipeline or planned procurement notice 6 to 12 months ahead), and leave room for mobilisation (information).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minMonths: { type: 'integer', minimum: 1, default: 6, description: 'Least number of months between issue and the end of the current contract.' },
      },
    },
    defaults: { minMonths: 6 },
  },
  fixable: false,
  explanation: `When a contract is re-tendered only weeks before it ends, the incumbent's staff face uncertainty, new providers and consortia have no time to prepare, and the timetable squeezes evaluation and mobilisation. The voluntary sector's basic guidance asks for a transparent notification process for contracts ending in six or twelve months' time, and for forthcoming contract ends to be published; the Procurement Act's pipeline (s.93) and the tender notice's statement on follow-on procurement (PR 2024 reg 18(2)(h)) do this for larger authorities.

The rule reads the end date of the current (existing or incumbent) contract — from the timetable ("Current contract expires: 31 March 2027") or a sentence ("The existing contract ends on 31 March 2027") — and the document's issue date, and gives information when the current contract ends less than \`minMonths\` months after issue.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'Develop transparent notification process for contracts ending in 6 or 12 months time; Contracts Finder to include notification of forthcoming end of current contracts.' },
    { label: 'PR 2024 reg 18(2)(h)', text: 'The tender notice states whether a follow-on procurement is intended and, if possible, when.' },
    { label: 'PA 2023 s.93', text: 'Authorities spending over £100m publish a pipeline of contracts over £2m for the next 18 months.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Re-tendered three months before the current contract ends',
        text: '# Invitation to Tender\n\nThe existing contract for this service ends on 31 March 2027.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'Re-tendered nine months ahead',
        text: '# Invitation to Tender\n\nThe existing contract for this service ends on 30 September 2027.\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n',
      },
    ],
  },
  check(context) {
    const current = context.facts.leadIn.currentContract;
    const end = current?.endDate;
    if (!current || !end?.iso) return;
    const issue = context.facts.timetable.find((e) => e.type === 'issue' && e.date.iso);
    if (!issue) return;
    const months = context.options['minMonths'] as number;
    const issueIso = issue.date.iso!;
    if (end.iso < issueIso || end.iso >= addMonths(issueIso, months)) return;
    context.report({
      messageId: 'lateRetender',
      data: { end: formatDay(end.iso), issue: formatDay(issueIso), months },
      range: end.range,
      related: [{ range: issue.date.range, message: `Issued: ${formatDay(issueIso)}` }],
    });
  },
});
