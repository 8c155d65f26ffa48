/**
 * Proportionality facts: what a tender demands of bidders and imposes on the supplier, built from the
 * money, duration and percentage facts already read (never re-parsing amounts) and the words around them.
 *
 *   turnover     "minimum annual turnover of £2m", with who must meet it and whether reasons are stated
 *   insurance    "£10m public liability at the time of submission" → type, amount, timing
 *   accounts     "three years' audited accounts", whether an alternative is offered; trading-history bars
 *   experience   "at least five years' experience of delivering …", the organisation's or its staff's
 *   selection    shortlisting or pre-qualification stages that limit who may tender
 *   reporting    reporting more often than monthly; KPI counts (stated, or rows of a KPI table)
 *   penalties    fines, service credits, deductions and liquidated damages, with amounts or "for any …"
 *   liability    unlimited liability or uncapped indemnities, and liability caps
 *   lots         whether the contract is divided into lots, and any reason for not doing so
 */
import type { TenderDocument } from '../../model/types';
import { PatternScreen } from '../../model/memo';
import type { Facts, MoneyFact } from '../types';
import type { ProportionalityFacts } from './types';
import { sentencesOf } from './sentences';
import { TURNOVER, turnover } from './turnover';
import { insurance, INSURANCE_ANY } from './insurance';
import { ACCOUNTS, accounts, TRADING_BAR } from './accounts';
import { experience } from './experience';
import { PRE_QUALIFICATION, selection, SHORTLIST } from './selection';
import { KPI_STATED, kpis, REPORTING, reporting } from './reporting';
import { PENALTY_IMPOSED, penalties } from './penalties';
import { CAP, INDEMNITY_ALL, liability, LIMITATION, UNLIMITED } from './liability';
import { DIVIDED, lots, NOT_DIVIDED } from './lots';

export type * from './types';

// ---------------------------------------------------------------------------------------------------
// Sentence screens
// ---------------------------------------------------------------------------------------------------

/**
 * The patterns the builders try first on every sentence, screened once per sentence text: in the editor almost
 * every sentence is unchanged from the last version, so a builder passes over the sentences that cannot match
 * without running its pattern.
 */
const sentenceScreen = new PatternScreen(
  [TURNOVER, INSURANCE_ANY, TRADING_BAR, ACCOUNTS, PRE_QUALIFICATION, SHORTLIST, REPORTING, KPI_STATED, PENALTY_IMPOSED, UNLIMITED, CAP, LIMITATION, INDEMNITY_ALL, NOT_DIVIDED, DIVIDED].map((re) => [re, re] as const),
);

// ---------------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------------

export function buildProportionality(doc: TenderDocument, facts: Facts): ProportionalityFacts {
  const sentences = sentencesOf(doc, sentenceScreen);
  return {
    turnover: turnover(doc, facts, sentences),
    insurance: insurance(doc, facts, sentences),
    accounts: accounts(doc, facts, sentences),
    experience: experience(doc, facts, sentences),
    selection: selection(doc, sentences),
    reporting: reporting(doc, sentences),
    kpis: kpis(doc, sentences),
    penalties: penalties(doc, facts, sentences),
    liability: liability(doc, facts, sentences),
    lots: lots(doc, sentences),
  };
}

export function emptyProportionality(): ProportionalityFacts {
  return { turnover: [], insurance: [], accounts: [], experience: [], selection: [], reporting: [], kpis: [], penalties: [], liability: [], lots: { divided: null, notDivided: null, reason: null } };
}

/**
 * The contract's value a year: the stated annual value, or the total divided by the years it covers (the
 * years written with it, or the full term with extensions). Null when neither is known.
 */
export function annualValue(facts: Pick<Facts, 'contractValue' | 'term'>): { amount: number; source: MoneyFact; derived: boolean } | null {
  const { annual, total } = facts.contractValue;
  if (annual) return { amount: annual.amount, source: annual, derived: false };
  if (!total) return null;
  const years = total.periodYears ?? (facts.term.maxMonths ? facts.term.maxMonths / 12 : null);
  if (!years || years <= 0) return null;
  return { amount: total.amount / years, source: total, derived: true };
}
