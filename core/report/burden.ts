/**
 * The report's burden table: what the tender demands of a small bidder (turnover, insurance, accounts,
 * experience, standards, liability, penalties, reporting), each demand weighed against the contract value where
 * that means something, with the proportionality findings beside it.
 */
import { formatPounds } from '../facts/describe';
import type { FactLocation } from '../facts/types';
import type { InsuranceType } from '../facts/proportionality/types';
import type { Burden, ReportInput, BurdenRow, BurdenTopic, ReportFinding } from './types';

const INSURANCE: Record<InsuranceType, string> = {
  'employers-liability': "Employer's liability",
  'public-liability': 'Public liability',
  'professional-indemnity': 'Professional indemnity',
  'product-liability': 'Product liability',
  other: 'Insurance',
};

const TIMING = { submission: 'at submission', award: 'at award', 'contract-start': 'from the contract start' } as const;

function times(amount: number, base: number): string {
  const ratio = amount / base;
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${(Math.round(ratio * 10) / 10).toString()}×`;
}

export function buildBurden(input: ReportInput, findings: ReportFinding[]): Burden {
  const p = input.facts.proportionality;
  const { total, annual } = input.facts.contractValue;
  const rows: BurdenRow[] = [];
  const add = (topic: BurdenTopic, demand: string, at: FactLocation | null, against: string | null = null) =>
    rows.push({ topic, demand, against, line: at ? at.range.start.line : null, findings: [] });
  const annualValue = annual?.amount ?? (total && input.facts.term.maxMonths ? (total.amount * 12) / input.facts.term.maxMonths : null);

  for (const t of p.turnover) {
    const basis = t.basis === 'each-member' ? ' (each member)' : t.basis === 'lead' ? ' (lead member)' : t.basis === 'combined' ? ' (combined)' : '';
    add('Turnover', `Minimum turnover ${formatPounds(t.amount.amount)}${basis}${t.reasonsStated ? ', reasons stated' : ''}`, t, annualValue ? `${times(t.amount.amount, annualValue)} the annual value (${formatPounds(annualValue)})` : null);
  }
  for (const i of p.insurance) {
    const timing = i.timing ? `, ${TIMING[i.timing]}` : '';
    const amount = i.amount ? ` ${formatPounds(i.amount.amount)}` : ' (no level stated)';
    const against = i.amount && total ? `${times(i.amount.amount, total.amount)} the total value (${formatPounds(total.amount)})` : null;
    add('Insurance', `${INSURANCE[i.type]}${amount}${timing}`, i, against);
  }
  for (const a of p.accounts) {
    if (a.kind === 'trading-history') add('Trading history', `At least ${a.years ?? '?'} years' trading${a.alternative ? ', other evidence accepted' : ''}`, a);
    else add('Accounts', `${a.audited ? 'Audited accounts' : 'Accounts'}${a.years ? ` for ${a.years} year${a.years === 1 ? '' : 's'}` : ''}${a.alternative ? ', other evidence accepted' : ', no alternative stated'}`, a);
  }
  for (const e of p.experience) {
    add('Experience', `${e.years} years' experience${e.subject === 'staff' ? ' (staff)' : ''}${e.alternative ? ', other evidence accepted' : ''}`, e);
  }
  for (const l of p.liability) {
    const what = l.kind === 'unlimited' ? 'Unlimited liability' : l.kind === 'cap' ? `Liability capped${l.amount ? ` at ${formatPounds(l.amount.amount)}` : ''}` : l.kind === 'indemnity' ? 'Broad indemnity' : 'Limitation of liability clause';
    add('Liability', `${what}${l.party ? ` (${l.party})` : ''}`, l, l.kind === 'cap' && l.amount && total ? `${times(l.amount.amount, total.amount)} the total value` : null);
  }
  for (const x of p.penalties) {
    const kind = x.kind.replace(/-/g, ' ');
    const size = x.amount ? ` of ${formatPounds(x.amount.amount)}` : x.percentage ? ` of ${x.percentage.value}%${x.percentageOf ? ` (${x.percentageOf})` : ''}` : x.unspecified ? ', amount unspecified' : '';
    add('Penalties', `${kind[0]!.toUpperCase()}${kind.slice(1)}${size}`, x);
  }
  for (const r of p.reporting) add('Reporting', `${r.frequency[0]!.toUpperCase()}${r.frequency.slice(1)} reports (${r.perYear} a year)`, r);
  for (const k of p.kpis) add('KPIs', `${k.count} KPIs`, k);
  for (const s of p.selection) add('Selection', s.kind === 'shortlisting' ? 'Shortlisting stage' : 'Pre-qualification stage', s);
  if (p.lots.divided) add('Lots', 'Divided into lots', p.lots.divided);
  else if (p.lots.notDivided) add('Lots', `Not divided into lots${p.lots.reason ? ', reason stated' : ', no reason stated'}`, p.lots.notDivided);

  // Findings beside the demand they are about (by line); a named standard is its own row.
  const text = input.text ?? null;
  for (const f of findings) {
    if (f.family !== 'proportionality') continue;
    if (f.ruleId === 'proportionality/or-equivalent') {
      const quoted = text ? text.slice(f.range.start.offset, f.range.end.offset) : (/"([^"]{1,80})"/.exec(f.message)?.[1] ?? 'A named standard');
      rows.push({ topic: 'Standards', demand: `${quoted.replace(/\s+/g, ' ').trim()} without "or equivalent"`, against: null, line: f.range.start.line, findings: [f.number] });
      continue;
    }
    const line = f.range.start.line;
    const row = rows.find((r) => r.line === line && r.topic !== 'Standards');
    if (row) row.findings.push(f.number);
    else rows.push({ topic: 'Other', demand: f.description || f.ruleId, against: null, line, findings: [f.number] });
  }
  const topics: BurdenTopic[] = ['Turnover', 'Insurance', 'Accounts', 'Experience', 'Liability', 'Penalties'];
  const notStated = topics.filter((t) => !rows.some((r) => r.topic === t || (t === 'Accounts' && r.topic === 'Trading history')));
  const value = total ? `${formatPounds(total.amount)} in total${annual ? `, ${formatPounds(annual.amount)} a year` : ''}` : annual ? `${formatPounds(annual.amount)} a year` : null;
  return { rows, notStated, contractValue: value };
}
