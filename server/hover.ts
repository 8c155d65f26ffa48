/**
 * Hovers and inlay hints: why a finding fired (explanation, citations, the facts it used) and how a fact was
 * read; the tender period, contract value, evaluation weights and, in a bid response, each answer's count against
 * its limit shown beside the text.
 */
// Types only (LSP's MarkupKind.Markdown and InlayHintKind.Parameter written out): hovers and hints are made in the
// check worker, which need not load the LSP library.
import type { Hover, InlayHint, Position } from 'vscode-languageserver';
import { rulesById } from '../rules/index';
import { docsUrl } from '../core/engine/docs-url';
import { calendarDaysBetween, workingDaysBetween } from '../core/facts/calendar';
import { describeDate, describeMoney } from '../core/facts/describe';
import { countAgainstLimit, limitAnchor } from '../core/facts/response/index';
import type { Range } from '../core/model/types';
import type { HeldCheck } from './checker';
import { rangeContains, toLspPosition, toLspRange } from './convert';

function firstParagraph(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0] ?? '';
}

export function hoverAt(result: HeldCheck, position: Position): Hover | null {
  const sections: string[] = [];
  let range: Range | null = null;
  for (const finding of result.findings) {
    if (finding.suppressions || !rangeContains(finding.range, position)) continue;
    range ??= finding.range;
    const rule = rulesById.get(finding.ruleId);
    const lines = [`**${finding.ruleId}** (${finding.severity}): ${finding.message}`];
    if (finding.facts?.length) lines.push('', ...finding.facts.map((f) => `- ${f}`));
    if (rule) {
      lines.push('', firstParagraph(rule.meta.explanation));
      lines.push('', `Sources: ${rule.meta.sources.map((s) => s.label).join('; ')}`);
      lines.push('', `[Documentation](${docsUrl(rule.meta.id)})`);
    }
    sections.push(lines.join('\n'));
  }
  const fact = factAt(result, position);
  if (fact) {
    range ??= fact.range;
    sections.push(fact.text);
  }
  if (!sections.length) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: range ? toLspRange(range) : undefined };
}

const TUPE_STANCES: Record<string, string> = {
  applies: 'TUPE applies or is likely to',
  'may-apply': 'TUPE may apply',
  'does-not-apply': 'TUPE does not apply',
  'bidders-to-satisfy': 'bidders are to satisfy themselves',
  mentioned: 'TUPE named, no position stated',
};

const TRIGGERS: Record<string, string> = { invoice: 'from the invoice', 'month-end': 'from the end of the month', other: '' };

/** What a duration is to the payment facts: a payment period or a notice period for a break right. */
function paymentRole(result: HeldCheck, d: HeldCheck['facts']['durations'][number]): string {
  const period = result.facts.payment.periods.find((p) => p.duration === d);
  if (period) return ` — a payment period ${period.party === 'buyer' ? 'to the contractor' : 'to subcontractors'}${TRIGGERS[period.trigger] ? ` ${TRIGGERS[period.trigger]}` : ''}`;
  const notice = result.facts.payment.terminations.find((t) => t.notice === d);
  if (notice) return ` — the notice for ${notice.party === 'either' ? 'either party' : `the ${notice.party}`}'s right to terminate${notice.convenience ? ' without cause' : ''}`;
  return '';
}

function factAt(result: HeldCheck, position: Position): { text: string; range: Range } | null {
  const { facts } = result;
  for (const m of facts.money) {
    if (!rangeContains(m.range, position)) continue;
    const roles = [facts.contractValue.total === m ? 'estimated total contract value' : '', facts.contractValue.annual === m ? 'estimated annual contract value' : ''].filter(Boolean);
    return { range: m.range, text: `tenderlint read **${m.text}** as ${describeMoney(m)}${roles.length ? ` — the ${roles.join(', ')}` : ''}.` };
  }
  for (const d of facts.dates) {
    if (!rangeContains(d.range, position)) continue;
    const event = facts.timetable.find((e) => e.date === d || e.endDate === d);
    return { range: d.range, text: `tenderlint read **${d.text}** as ${describeDate(d)}${event ? ` — timetable: ${event.type} ("${event.label}")` : ''}.` };
  }
  for (const d of facts.durations) {
    if (!rangeContains(d.range, position)) continue;
    const parts = d.parts.length > 1 ? ` (${d.parts.join(' + ')})` : '';
    return { range: d.range, text: `tenderlint read **${d.text}** as ${d.value} ${d.working ? 'working ' : ''}${d.unit}${d.value === 1 ? '' : 's'}${parts}${paymentRole(result, d)}.` };
  }
  if (result.settings.kind === 'response') {
    for (const q of facts.response.questions) {
      if (!q.limit || q.limit.scope !== 'question' || !rangeContains(q.limit.range, position)) continue;
      const c = countAgainstLimit(q);
      const counted = c ? `the answer has ${c.count} ${c.unit}${c.count > c.limit ? `, ${c.count - c.limit} over` : ''}` : `page limits are not counted; the answer has ${q.words} words`;
      return { range: q.limit.range, text: `tenderlint read **${q.limit.text}** as a limit of ${q.limit.value} ${q.limit.unit}: ${counted} (words separated by white space, tables and lists included).` };
    }
  }
  for (const p of facts.percentages) {
    if (!rangeContains(p.range, position)) continue;
    return { range: p.range, text: `tenderlint read **${p.text}** as ${p.value}%.` };
  }
  for (const s of facts.tupeVat.tupe) {
    if (!rangeContains(s.range, position)) continue;
    return { range: s.range, text: `tenderlint read a TUPE statement here: ${TUPE_STANCES[s.stance]}${s.atCallOff ? ', at call-off' : ''}.` };
  }
  for (const v of facts.tupeVat.vatStatements) {
    if (!rangeContains(v.range, position)) continue;
    return { range: v.range, text: `tenderlint read **${v.text}** as a VAT statement: ${v.basis} of VAT (${v.instruction ? 'a pricing instruction to bidders' : v.subject}).` };
  }
  return null;
}

/** Inlay hints at the end of the lines holding the submission deadline, the contract value and each evaluation table. */
export function inlayHints(result: HeldCheck, lineLength: (line: number) => number): InlayHint[] {
  const hints: InlayHint[] = [];
  const at = (range: Range, label: string): void => {
    const line = range.start.line - 1;
    hints.push({ position: { line, character: lineLength(line) }, label: ` ${label}`, kind: 2, paddingLeft: true });
  };
  const { timetable, contractValue, evaluation } = result.facts;
  const issue = timetable.find((e) => e.type === 'issue' && e.date.iso);
  const deadline = timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso).pop();
  if (issue && deadline) {
    const days = calendarDaysBetween(issue.date.iso!, deadline.date.iso!);
    const working = workingDaysBetween(issue.date.iso!, deadline.date.iso!, 'uk');
    at(deadline.date.range, `tender period ${days} days · ${working} working days`);
  }
  if (contractValue.total) at(contractValue.total.range, `contract value ${describeMoney(contractValue.total)}`);
  if (contractValue.annual && contractValue.annual !== contractValue.total) at(contractValue.annual.range, `annual value ${describeMoney(contractValue.annual)}`);
  for (const table of evaluation) {
    const unit = table.unit === 'percent' ? '%' : ' marks';
    const total = table.criteria.reduce((s, c) => s + (c.weight ?? 0), 0);
    at(table.range, `weights total ${Math.round(total * 100) / 100}${unit}`);
  }
  // A bid response: the live count of each answer against its limit, after the limit, counted as
  // response/word-limit counts.
  if (result.settings.kind === 'response') {
    for (const q of result.facts.response.questions) {
      const c = countAgainstLimit(q);
      if (c) at(limitAnchor(q), `${c.count} / ${c.limit} ${c.unit}${c.count > c.limit ? ' (over)' : ''}`);
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line);
}

export { toLspPosition };
