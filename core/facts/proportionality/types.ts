/** The proportionality facts' types, free of imports from the builders. */
import type { Range } from '../../model/types';
import type { DurationFact, FactLocation, MoneyFact, PercentageFact } from '../types';

export type TurnoverBasis = 'each-member' | 'lead' | 'combined';

export interface TurnoverDemand extends FactLocation {
  amount: MoneyFact;
  /** Who must meet it, when the document says. */
  basis: TurnoverBasis | null;
  /** Whether reasons for the level are stated beside it. */
  reasonsStated: boolean;
}

export type InsuranceType = 'employers-liability' | 'public-liability' | 'professional-indemnity' | 'product-liability' | 'other';
export type InsuranceTiming = 'submission' | 'award' | 'contract-start';

export interface InsuranceRequirement extends FactLocation {
  type: InsuranceType;
  /** The cover demanded, when a figure is given. */
  amount: MoneyFact | null;
  /** When the cover must be held, when the document says. */
  timing: InsuranceTiming | null;
  /** The timing wording, and where it is (null when it was read from a table row). */
  timingText: string | null;
  timingRange: Range | null;
}

export interface AccountsDemand extends FactLocation {
  /** 'accounts': accounts demanded; 'trading-history': organisations trading less than N years excluded. */
  kind: 'accounts' | 'trading-history';
  /** Audited accounts demanded without "if required by law" or a similar condition. */
  audited: boolean;
  /** Years of accounts, or the minimum years of trading. */
  years: number | null;
  /** Whether other evidence is accepted from organisations without such accounts. */
  alternative: boolean;
}

export interface ExperienceDemand extends FactLocation {
  years: number;
  duration: DurationFact;
  /** Whether the demand is of the bidding organisation or of its staff. */
  subject: 'organisation' | 'staff';
  /** Whether another way of showing capability is accepted. */
  alternative: boolean;
}

export interface SelectionStage extends FactLocation {
  kind: 'shortlisting' | 'pre-qualification';
}

export type ReportingFrequency = 'daily' | 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'annually';

export interface ReportingDemand extends FactLocation {
  frequency: ReportingFrequency;
  /** Reports a year. */
  perYear: number;
}

export interface KpiCount extends FactLocation {
  count: number;
  origin: 'stated' | 'table';
}

export type PenaltyKind = 'fine' | 'service-credit' | 'deduction' | 'liquidated-damages';

export interface PenaltyClause extends FactLocation {
  kind: PenaltyKind;
  amount: MoneyFact | null;
  percentage: PercentageFact | null;
  /** What a percentage is a share of. */
  percentageOf: 'annual' | 'monthly' | 'other' | null;
  /** Imposed for anything at all ("for any irregularity") or at the buyer's discretion, with no amount. */
  unspecified: boolean;
}

/**
 * 'unlimited': liability or an indemnity stated to be unlimited or outside the cap; 'cap': a liability cap;
 * 'limitation': a reference to a limitation of liability clause without an amount; 'indemnity': a broad
 * indemnity ("against all losses") given by the supplier, capped only if the document caps liability.
 */
export interface LiabilityTerm extends FactLocation {
  kind: 'unlimited' | 'cap' | 'limitation' | 'indemnity';
  amount: MoneyFact | null;
  /** Whose liability, when the sentence says. */
  party: 'supplier' | 'authority' | null;
}

export interface LotsFacts {
  /** Where the document divides the contract into lots. */
  divided: FactLocation | null;
  /** Where it says the contract is not divided into lots. */
  notDivided: FactLocation | null;
  /** A stated reason for not dividing it. */
  reason: FactLocation | null;
}

export interface ProportionalityFacts {
  turnover: TurnoverDemand[];
  insurance: InsuranceRequirement[];
  accounts: AccountsDemand[];
  experience: ExperienceDemand[];
  selection: SelectionStage[];
  reporting: ReportingDemand[];
  kpis: KpiCount[];
  penalties: PenaltyClause[];
  liability: LiabilityTerm[];
  lots: LotsFacts;
}
