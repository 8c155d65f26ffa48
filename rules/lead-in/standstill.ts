/**
 * lead-in/standstill — a stated standstill period shorter than the regime requires, or a stated end date
 * earlier than the one the regime gives.
 * Rationale: PA 2023 s.51(2) (eight working days beginning with the day the contract award notice is
 * published) and s.51(5) (a voluntary standstill is at least eight working days); PCR 2015 reg 87 (midnight at
 * the end of the 10th day after sending, 15 if not sent electronically), reg 2(4) (rolled to a working day).
 */
import { defineRule } from '../../core/engine/define';
import { formatDay } from '../../core/facts/calendar';
import type { TimetableEvent } from '../../core/facts/types';
import { standstillLastDay, standstillRule, workingDayArea } from '../../core/policy/lead-in';

export default defineRule({
  id: 'lead-in/standstill',
  description: 'A stated standstill period shorter than the regime requires, or ending too early',
  severity: 'error',
  kinds: ['itt', 'sq', 'spec', 'contract'],
  regimes: ['pa2023', 'pcr2015', 'pcsr2015'],
  messages: {
    tooShort: 'The standstill period is stated as {{stated}}, but {{regime}} requires {{required}} ({{citation}}): state a standstill of at least {{required}}.',
    endsTooEarly:
      'The standstill is stated to end on {{end}}, but after notification on {{notice}} it cannot end before {{computed}} ({{required}}, {{citation}}): correct the end date and any later dates.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `The standstill period is the bidders' only chance to challenge an award decision before the contract is signed. A timetable that shortens it misleads bidders about their rights and, if followed, leaves the contract open to being set aside.

Under the Procurement Act 2023 the standstill is eight working days beginning with the day the contract award notice is published (s.51(2)); working days exclude weekends and bank holidays in any part of the UK (s.123). A voluntary standstill where none is required (light-touch contracts, call-offs, dynamic markets) must also be at least eight working days (s.51(5)). Under the PCR 2015 it ends at midnight at the end of the 10th day after the award decision is sent, or the 15th if it is not sent electronically, moving to the next working day if that day is not one (regs 87 and 2(4)); the Public Contracts (Scotland) Regulations 2015 are taken to mirror this.

The rule reads a standstill stated in words ("a standstill period of 5 working days") or in the timetable ("Standstill period ends: 16 April 2027"), and the award notification date. It reports a stated length that is certainly too short (calendar days stated under the Procurement Act are reported only when fewer than eight) and a stated end date earlier than the regime's. It runs only when the regime is stated or detected.`,
  sources: [
    { label: 'PA 2023 s.51(2), s.51(5)', text: 'Mandatory standstill of eight working days beginning with the day the contract award notice is published; voluntary standstill at least eight working days.' },
    { label: 'PA 2023 s.123', text: 'Working days exclude weekends and bank holidays in any part of the UK.' },
    { label: 'PCR 2015 reg 87', text: 'Standstill ends at midnight at the end of the 10th day after sending (15th if not sent electronically).' },
    { label: 'PCR 2015 reg 2(4)', text: 'A period ending on a non-working day runs to the end of the next working day.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Five working days under the Procurement Act',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender\n\nThe Council will observe a standstill period of 5 working days after publishing the contract award notice.\n',
      },
    ],
    valid: [
      {
        title: 'Eight working days under the Procurement Act',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender\n\nThe Council will observe a standstill period of 8 working days beginning with the day it publishes the contract award notice.\n',
      },
    ],
  },
  check(context) {
    const { regime, nation, sources } = context.settings;
    const standstill = context.facts.leadIn.standstill;
    if (!standstill || sources.regime === 'default') return;
    const rule = standstillRule(regime, context.facts.leadIn.standstillByPost !== null);
    if (!rule) return;
    const required = rule.unit === 'working-days' ? `${rule.length} working days` : `${rule.length} days`;
    const regimeName = regime === 'pa2023' ? 'the Procurement Act 2023' : regime === 'pcr2015' ? 'the PCR 2015' : 'the Public Contracts (Scotland) Regulations 2015';
    const d = standstill.duration;
    if (d && d.days !== null) {
      const short = rule.unit === 'working-days' ? d.days < rule.length : d.working ? d.days <= 5 : d.days < rule.length;
      if (short) {
        context.report({ messageId: 'tooShort', data: { stated: d.text, regime: regimeName, required, citation: rule.citation }, range: d.range });
        return;
      }
    }
    const end = standstill.endDate;
    if (!end?.iso) return;
    const notices = context.facts.timetable.filter((e) => e.type === 'award' && e.date.iso && e.date.iso <= end.iso!);
    const notice = notices.reduce<TimetableEvent | undefined>((b, e) => (!b || e.date.iso! > b.date.iso! ? e : b), undefined);
    const noticeIso = notice?.date.iso ?? (regime === 'pa2023' ? standstill.startDate?.iso ?? null : null);
    if (!noticeIso) return;
    const computed = standstillLastDay(rule, noticeIso, workingDayArea(regime, nation));
    if (end.iso >= computed) return;
    context.report({
      messageId: 'endsTooEarly',
      data: { end: formatDay(end.iso), notice: formatDay(noticeIso), computed: formatDay(computed), required, citation: rule.citation },
      range: end.range,
      related: notice ? [{ range: notice.date.range, message: `${notice.label}: ${formatDay(noticeIso)}` }] : [],
      facts: [`Standstill: notice ${formatDay(noticeIso)}; stated end ${formatDay(end.iso)}; earliest lawful end ${formatDay(computed)} (${required})`],
    });
  },
});
