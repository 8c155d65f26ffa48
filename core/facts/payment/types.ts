/**
 * Payment and risk facts: the types only (the builders are `terms.ts` and `models.ts` in this folder). Every fact
 * keeps the block, range and sentence it was read from.
 */
import type { DurationFact, FactLocation, PercentageFact } from '../types';

/** A phrase read from the document, where it was read. */
export interface PaymentSignal extends FactLocation {
  /** The matched phrase. */
  text: string;
}

/** Who is paid: the contractor by the buyer, or subcontractors down the supply chain. */
export type PaymentParty = 'buyer' | 'subcontractor';

/** What starts the payment period: receipt of a valid invoice, the end of the month, or something else. */
export type PaymentTrigger = 'invoice' | 'month-end' | 'other';

export interface PaymentPeriod extends PaymentSignal {
  party: PaymentParty;
  /** The period as read by the duration facts. */
  duration: DurationFact;
  trigger: PaymentTrigger;
}

/** A party to a termination right. */
export type TerminationParty = 'buyer' | 'supplier' | 'either';

export interface TerminationRight extends PaymentSignal {
  party: TerminationParty;
  /** Termination without cause: for convenience, at any time without reason. */
  convenience: boolean;
  /** The notice period, when the sentence gives one. */
  notice: DurationFact | null;
}

export interface ResultsPayment extends PaymentSignal {
  /** The share of payment said to depend on results, when stated. */
  atRisk: PercentageFact | null;
  /** Payment is said to depend wholly on results ("only on achievement of outcomes", "100% payment by results"). */
  wholly: boolean;
  /** Payment is said to be made in arrears, once results are achieved. */
  arrears: boolean;
}

export interface ManagementFee extends PaymentSignal {
  /** The percentage stated with the fee, when any. */
  percent: PercentageFact | null;
  /** A fee kept by a prime or lead contractor from its supply chain's payments (not a framework levy). */
  prime: boolean;
  /** The sentence states an amount of money for the fee. */
  amount: boolean;
}

export interface SecurityRequirement extends PaymentSignal {
  /** The requirement is left to be set later ("as specified by the Authority", "to be confirmed"). */
  undefined: boolean;
  /** The requirement is deferred to a later call-off or order. */
  atCallOff: boolean;
}

export interface PaymentFacts {
  periods: PaymentPeriod[];
  /** Terms that sub-contracts must carry the payment terms (passed down each tier). */
  flowDown: PaymentSignal[];
  terminations: TerminationRight[];
  results: ResultsPayment[];
  /** An up-front, fixed or service-fee element beside payment by results. */
  upFront: PaymentSignal[];
  fees: ManagementFee[];
  /** Payment per referral, per participant or per outcome. */
  unitPayments: PaymentSignal[];
  /** A forecast or range of volumes (referrals, participants, starts). */
  forecasts: PaymentSignal[];
  /** "Volumes are not guaranteed". */
  noGuarantee: PaymentSignal[];
  /** Wording on extending the contract without a duration ("may be extended"). */
  extension: PaymentSignal[];
  fullCostRecovery: PaymentSignal[];
  security: SecurityRequirement[];
  /** A statement of who bears the cost of security or accreditation requirements. */
  securityCost: PaymentSignal[];
}
