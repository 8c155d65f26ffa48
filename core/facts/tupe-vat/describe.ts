/** Lines describing the TUPE, pensions and VAT facts (for `--print-facts`, hovers and reports). */
import type { Facts } from '../types';
import type { KeyAmount, TupeVatFacts } from './types';

const line = (f: { range: { start: { line: number } } }) => `line ${f.range.start.line}`;

function amount(k: KeyAmount): string {
  // The amount's own text already carries a qualifier written after it ("£60,000 excluding VAT").
  const basis = k.money.vat ? '' : k.vat ? `${k.vat} of VAT from its sentence or row, ` : 'no VAT basis, ';
  return `${k.role} ${k.money.text.trim()} (${basis}${line(k.money)})`;
}

export function describeTupeVat(facts: Facts): string[] {
  const t: TupeVatFacts = facts.tupeVat;
  const parts: string[] = [];
  const first = <T extends { range: { start: { line: number } } }>(list: T[], label: (x: T) => string) => {
    if (list.length) parts.push(`${label(list[0]!)} (${line(list[0]!)}${list.length > 1 ? `, ${list.length} in all` : ''})`);
  };
  first(t.existingService, (s) => `existing service: ${s.kind} "${s.text}"`);
  if (t.tupe.length) {
    const stances = [...new Set(t.tupe.map((s) => s.stance))].join(', ');
    parts.push(`TUPE statements: ${t.tupe.length} (${stances}; first ${line(t.tupe[0]!)})`);
  }
  for (const w of t.workforce) {
    const items = w.items.length ? w.items.join(', ') : 'unspecified';
    parts.push(`workforce information (${w.origin}: ${items}; to ${w.recipient ?? 'unknown'}, ${w.timing ?? 'unknown'}; ${line(w)})`);
  }
  if (t.schemes.length) parts.push(`pension schemes: ${[...new Set(t.schemes.map((s) => s.scheme))].join(', ')} (${line(t.schemes[0]!)})`);
  if (t.protection.length) parts.push(`pension protection: ${[...new Set(t.protection.map((p) => p.kind))].join(', ')} (${line(t.protection[0]!)})`);
  for (const v of t.vatStatements) parts.push(`VAT ${v.basis} (${v.subject}${v.instruction ? ', pricing instruction' : ''}; ${line(v)})`);
  first(t.vatOther, (o) => `VAT wording without a basis: "${o.text}"`);
  for (const k of t.keyAmounts) parts.push(amount(k));
  first(t.vatExempt, (e) => `VAT-exempt bidders: "${e.text}"`);
  first(t.funding.grant, (g) => `grant wording "${g.text}"`);
  if (!parts.length) return [];
  return ['TUPE, pensions and VAT:', ...parts.map((p) => `  ${p}`)];
}
