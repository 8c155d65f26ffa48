/**
 * Human-readable lines for the proportionality facts (for `--print-facts` and the editor's facts view): each
 * demand with its line, and the topics where nothing was read, so that a reader sees what was and was not read.
 */
import type { MoneyFact, PercentageFact } from '../types';
import type { InsuranceTiming, InsuranceType, LiabilityTerm, PenaltyKind, ProportionalityFacts } from './types';

const INSURANCE: Record<InsuranceType, string> = {
  'employers-liability': "employer's liability",
  'public-liability': 'public liability',
  'professional-indemnity': 'professional indemnity',
  'product-liability': 'product liability',
  other: 'other insurance',
};

const TIMING: Record<InsuranceTiming, string> = {
  submission: 'held at submission',
  award: 'held before award',
  'contract-start': 'from the contract start',
};

const PENALTY: Record<PenaltyKind, string> = {
  fine: 'fine',
  'service-credit': 'service credit',
  deduction: 'deduction',
  'liquidated-damages': 'liquidated damages',
};

const line = (f: { range: { start: { line: number } } }): string => `(line ${f.range.start.line})`;

function pounds(m: MoneyFact): string {
  const period = m.period && m.period !== 'total' ? ` per ${m.period}` : '';
  return `£${m.amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${period}`;
}

function percent(p: PercentageFact, of: string | null): string {
  return `${p.value}%${of === 'annual' ? ' of the annual value' : of === 'monthly' ? ' of the monthly charges' : ''}`;
}

function liabilityText(l: LiabilityTerm, capped: boolean): string {
  const party = l.party ? ` (${l.party})` : '';
  switch (l.kind) {
    case 'unlimited':
      return `unlimited or outside the cap${party}`;
    case 'cap':
      return `cap${l.amount ? ` ${pounds(l.amount)}` : ', no amount read'}${party}`;
    case 'limitation':
      return 'limitation of liability clause referred to';
    case 'indemnity':
      return `indemnity against all losses${party}, ${capped ? 'under the cap or limitation read' : 'uncapped: no cap or limitation read'}`;
  }
}

/** The proportionality facts read, one line each under a heading, and the topics with nothing read. */
export function describeProportionality(p: ProportionalityFacts): string[] {
  const out: string[] = [];
  const none: string[] = [];
  const each = <T>(topic: string, list: readonly T[], text: (x: T) => string) => {
    if (list.length === 0) none.push(topic);
    for (const x of list) out.push(`  ${topic}: ${text(x)}`);
  };
  each('turnover', p.turnover, (t) => `minimum ${pounds(t.amount)}${t.basis ? ` (${t.basis})` : ''}, reasons ${t.reasonsStated ? 'stated' : 'not stated'} ${line(t)}`);
  each('insurance', p.insurance, (i) => {
    const timing = i.timing ? `${TIMING[i.timing]}${i.timingText ? ` ("${i.timingText}")` : ''}` : 'timing not stated';
    return `${INSURANCE[i.type]}${i.amount ? ` ${pounds(i.amount)}` : ', no amount read'}, ${timing} ${line(i)}`;
  });
  each('accounts', p.accounts, (a) =>
    a.kind === 'trading-history'
      ? `organisations trading under ${a.years ?? '?'} years excluded, ${a.alternative ? 'alternative offered' : 'no alternative'} ${line(a)}`
      : `${a.years !== null ? `${a.years} years of ` : ''}${a.audited ? 'audited ' : ''}accounts, ${a.alternative ? 'alternative offered' : 'no alternative'} ${line(a)}`,
  );
  each('experience', p.experience, (e) => `${e.years} years (${e.subject}), ${e.alternative ? 'alternative offered' : 'no alternative'} ${line(e)}`);
  const capped = p.liability.some((l) => (l.kind === 'cap' && l.party !== 'authority') || l.kind === 'limitation');
  each('liability', p.liability, (l) => `${liabilityText(l, capped)} ${line(l)}`);
  each('penalties', p.penalties, (x) => {
    const amount = x.amount ? ` ${pounds(x.amount)}` : x.percentage ? ` ${percent(x.percentage, x.percentageOf)}` : '';
    return `${PENALTY[x.kind]}${amount}${x.unspecified ? ', for anything or at discretion, no amount' : ''} ${line(x)}`;
  });
  const { divided, notDivided, reason } = p.lots;
  if (divided || notDivided) {
    const parts = [divided ? `divided ${line(divided)}` : null, notDivided ? `not divided ${line(notDivided)}, reason ${reason ? `stated ${line(reason)}` : 'not stated'}` : null];
    out.push(`  lots: ${parts.filter(Boolean).join('; ')}`);
  } else none.push('lots');
  each('selection stage', p.selection, (s) => `${s.kind} ${line(s)}`);
  each('reporting', p.reporting, (r) => `${r.frequency} (${r.perYear} a year) ${line(r)}`);
  each('KPIs', p.kpis, (k) => `${k.count} (${k.origin === 'table' ? 'rows of a KPI table' : 'stated'}) ${line(k)}`);
  if (none.length) out.push(`  nothing read: ${none.join(', ')}`);
  return ['Proportionality:', ...out];
}
