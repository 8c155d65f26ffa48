/** Lines describing the payment and risk facts (for `--print-facts`, hovers and reports). */
import type { Facts } from '../types';
import type { PaymentFacts } from './types';
import { phrase } from './index';

const line = (f: { range: { start: { line: number } } }) => `line ${f.range.start.line}`;

export function describePayment(facts: Facts): string[] {
  const p: PaymentFacts = facts.payment;
  const parts: string[] = [];
  const first = <T extends { range: { start: { line: number } } }>(list: T[], label: (x: T) => string) => {
    if (list.length) parts.push(`${label(list[0]!)} (${line(list[0]!)}${list.length > 1 ? `, ${list.length} in all` : ''})`);
  };
  for (const x of p.periods) parts.push(`payment period (${x.party === 'buyer' ? 'to the contractor' : 'to subcontractors'}): ${phrase(x.duration.text)} from ${x.trigger === 'other' ? 'another trigger' : x.trigger === 'invoice' ? 'invoice' : 'month end'} (${line(x)})`);
  first(p.flowDown, (x) => `payment terms flowed down: "${phrase(x.text)}"`);
  for (const t of p.terminations.filter((x) => x.convenience)) {
    parts.push(`termination without cause: ${t.party}${t.notice ? `, notice ${phrase(t.notice.text)}` : ', no notice stated'} (${line(t)})`);
  }
  for (const r of p.results) {
    parts.push(`payment by results: "${r.text}"${r.atRisk ? `, ${phrase(r.atRisk.text)} at risk` : ''}${r.wholly ? ', wholly on results' : ''}${r.arrears ? ', in arrears' : ''} (${line(r)})`);
  }
  first(p.upFront, (x) => `up-front or service element: "${phrase(x.text)}"`);
  for (const f of p.fees) parts.push(`management fee: "${f.text}"${f.percent ? ` ${phrase(f.percent.text)}` : ''}${f.prime ? ', prime or supply chain' : ''} (${line(f)})`);
  first(p.unitPayments, (x) => `payment per unit: "${phrase(x.text)}"`);
  first(p.forecasts, (x) => `volume forecast: "${phrase(x.text)}"`);
  first(p.noGuarantee, (x) => `volumes not guaranteed: "${phrase(x.text)}"`);
  first(p.extension, (x) => `extension wording: "${phrase(x.text)}"`);
  first(p.fullCostRecovery, (x) => `full cost recovery: "${phrase(x.text)}"`);
  for (const s of p.security) parts.push(`security requirement: "${s.text}"${s.undefined ? ', left to be set' : ''}${s.atCallOff ? ', at call-off' : ''} (${line(s)})`);
  first(p.securityCost, (x) => `security cost stated: "${phrase(x.text)}"`);
  if (!parts.length) return [];
  return ['Payment and risk:', ...parts.map((x) => `  ${x}`)];
}
