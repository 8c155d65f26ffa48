/** Human-readable lines describing the facts read from a document (for `--print-facts`, hovers and reports). */
import type { ResolvedSettings } from '../engine/types';
import { calendarDaysBetween, formatDay, workingDaysBetween } from './calendar';
import type { Criterion, DateFact, Facts, MoneyFact } from './types';
import type { LeadInFacts } from './lead-in';
import { describeProportionality } from './proportionality/describe';
import { describeConsortium } from './consortium-describe';
import { circumstances, statutoryMinimum } from '../policy/lead-in';
import { describeTupeVat } from './tupe-vat/describe';
import { describePayment } from './payment/describe';
import { describeResponse } from './response/describe';
import { describePlaceholders } from './placeholders';

/** A sum in whole pounds as written in messages: "£1,250,000". */
export function formatPounds(amount: number): string {
  return `£${Math.round(amount).toLocaleString('en-GB')}`;
}

export function describeMoney(m: MoneyFact): string {
  const amount = `£${m.amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
  const vat = m.vat ? ` (${m.vat} of VAT)` : '';
  const period = m.period === 'total' ? (m.periodYears ? ` over ${m.periodYears} years` : ' in total') : m.period ? ` per ${m.period}` : '';
  return `${amount}${period}${vat}`;
}

export function describeDate(d: DateFact): string {
  const day = d.iso ? formatDay(d.iso) : `${d.day}/${d.month} (year unknown)`;
  const parts = [day];
  if (d.time) parts.push(d.time);
  if (d.yearInferred) parts.push('year inferred');
  if (d.weekdayMismatch) parts.push('stated weekday does not match the date');
  return parts.join(', ');
}

function describeCriteria(criteria: Criterion[], unit: string, indent: string): string[] {
  const out: string[] = [];
  for (const c of criteria) {
    const number = c.number ? `${c.number} ` : '';
    out.push(`${indent}${number}${c.name}: ${c.weight === null ? 'no weight' : `${c.weight}${unit}`}`);
    out.push(...describeCriteria(c.children, unit, indent + '  '));
  }
  return out;
}

export function describeFacts(facts: Facts, settings?: ResolvedSettings): string[] {
  const lines: string[] = [];
  if (settings) {
    const s = settings.sources;
    lines.push(
      `Settings: kind ${settings.kind} (${s.kind}), regime ${settings.regime} (${s.regime}), procedure ${settings.procedure ?? 'unknown'} (${s.procedure}), nation ${settings.nation} (${s.nation})${settings.buyer ? `, buyer ${settings.buyer} (${s.buyer})` : ''}${settings.template ? `, template (${s.template})` : ''}`,
    );
    if (settings.template) lines.push(...describePlaceholders(facts.placeholders));
  }
  const { total, annual } = facts.contractValue;
  if (total || annual) {
    const parts = [];
    if (total) parts.push(`total ${describeMoney(total)} (line ${total.range.start.line})`);
    if (annual) parts.push(`annual ${describeMoney(annual)} (line ${annual.range.start.line})`);
    lines.push(`Contract value: ${parts.join('; ')}`);
  }
  const { initial, extensions, maxMonths } = facts.term;
  if (initial) {
    const ext = extensions.length ? ` + extensions ${extensions.map((e) => `${e.value} ${e.unit}${e.value === 1 ? '' : 's'}`).join(' + ')}` : '';
    lines.push(`Contract term: ${initial.value} ${initial.unit}${initial.value === 1 ? '' : 's'}${ext}${maxMonths !== null ? ` (up to ${maxMonths} months)` : ''}`);
  }
  if (facts.timetable.length) {
    lines.push('Timetable:');
    for (const e of facts.timetable) {
      const end = e.endDate ? ` to ${describeDate(e.endDate)}` : '';
      lines.push(`  ${e.type}: ${describeDate(e.date)}${end} — "${e.label}" (line ${e.date.range.start.line})`);
    }
    const issue = facts.timetable.find((e) => e.type === 'issue' && e.date.iso);
    const deadline = facts.timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso).pop();
    if (issue && deadline) {
      const days = calendarDaysBetween(issue.date.iso!, deadline.date.iso!);
      const working = workingDaysBetween(issue.date.iso!, deadline.date.iso!, 'uk');
      lines.push(`  tender period: ${days} days · ${working} working days`);
      if (settings) lines.push(`  ${describeMinimum(facts, settings, issue.date.iso!)}`);
    }
  }
  const signals = describeLeadIn(facts.leadIn);
  if (signals.length) lines.push(`Lead-in: ${signals.join('; ')}`);
  for (const table of facts.evaluation) {
    const unit = table.unit === 'percent' ? '%' : ' marks';
    const total = table.criteria.reduce((s, c) => s + (c.weight ?? 0), 0);
    lines.push(`Evaluation (${table.origin} at line ${table.range.start.line}, weights total ${total}${unit}):`);
    lines.push(...describeCriteria(table.criteria, unit, '  '));
  }
  lines.push(...describeProportionality(facts.proportionality));
  lines.push(...describeConsortium(facts.consortium));
  lines.push(...describeTupeVat(facts));
  lines.push(...describePayment(facts));
  lines.push(...describeResponse(facts));
  lines.push(
    `Read: ${facts.money.length} money amounts, ${facts.dates.length} dates, ${facts.durations.length} durations, ${facts.percentages.length} percentages`,
  );
  return lines;
}

/** The statutory minimum applied to the tender (or participation) period, and why. */
function describeMinimum(facts: Facts, settings: ResolvedSettings, issueIso: string): string {
  if (settings.sources.regime === 'default') return 'statutory minimum: not checked (regime not stated)';
  const stage = settings.kind === 'sq' ? 'participation' : 'tender';
  const min = statutoryMinimum(settings.regime, settings.procedure, stage, circumstances(facts.leadIn, facts, settings.regime, issueIso));
  if (!min) return `statutory minimum: none for ${settings.regime}${settings.procedure ? ` ${settings.procedure}` : ''}`;
  if (min.days === null) return `statutory minimum: none (${min.when}, ${min.citation})`;
  return `statutory minimum: ${min.days} days (${min.when}, ${min.citation}${min.confirmed ? '' : ', unconfirmed'})`;
}

/** The lead-in circumstances found, with their lines. */
export function describeLeadIn(l: LeadInFacts): string[] {
  const out: string[] = [];
  const add = (label: string, f: { range: { start: { line: number } } } | null) => {
    if (f) out.push(`${label} (line ${f.range.start.line})`);
  };
  add('electronic submission', l.electronicSubmission);
  add('paper submission', l.paperSubmission);
  add('all documents with the notice', l.documentsWithNotice);
  if (l.plannedNotice) out.push(`planned procurement notice${l.plannedNotice.date?.iso ? ` of ${formatDay(l.plannedNotice.date.iso)}` : ''} (line ${l.plannedNotice.range.start.line})`);
  add('urgency', l.urgency);
  add('light-touch', l.lightTouch);
  add('dynamic market', l.dynamicMarket);
  add('period agreed with candidates', l.periodAgreed);
  add('consortium or subcontracted bids invited', l.consortiumInvited);
  add('clarification process', l.clarificationProcess);
  add('answers to questions promised', l.clarificationAnswers);
  if (l.standstill) {
    const parts = [l.standstill.duration?.text, l.standstill.endDate?.iso ? `ends ${formatDay(l.standstill.endDate.iso)}` : undefined].filter(Boolean);
    out.push(`standstill${parts.length ? ` ${parts.join(', ')}` : ''} (line ${l.standstill.range.start.line})`);
  }
  add('TUPE likely', l.tupeLikely);
  if (l.currentContract) out.push(`current contract${l.currentContract.endDate?.iso ? ` ends ${formatDay(l.currentContract.endDate.iso)}` : ''} (line ${l.currentContract.range.start.line})`);
  return out;
}
