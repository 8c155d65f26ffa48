/**
 * TUPE, pensions and VAT facts: the types only (the builders are `tupe.ts`, `pensions.ts` and `vat.ts` in this
 * folder). Every fact keeps the block, range and sentence it was read from.
 */
import type { FactLocation, MoneyFact, VatQualifier } from '../types';

/** A phrase read from the document, where it was read. */
export interface TupeVatSignal extends FactLocation {
  /** The matched phrase. */
  text: string;
}

/** What shows that the service already exists, so that a contract would replace it. */
export type ExistingServiceKind = 'incumbent' | 'currently-delivered' | 're-tender' | 'in-house' | 'existing-staff';

export interface ExistingServiceSignal extends TupeVatSignal {
  kind: ExistingServiceKind;
}

/**
 * What a TUPE statement says: it applies (or is likely to), it may apply, it does not apply, bidders must satisfy
 * themselves, or TUPE is only named (a schedule title, a definition, a cross-reference).
 */
export type TupeStance = 'applies' | 'may-apply' | 'does-not-apply' | 'bidders-to-satisfy' | 'mentioned';

export interface TupeStatement extends TupeVatSignal {
  stance: TupeStance;
  /** The sentence puts the transfer at a later call-off or order competition, not this award. */
  atCallOff: boolean;
  /** The sentence points to TUPE information held in another document ("see Attachment 1"). */
  elsewhere: boolean;
}

export type WorkforceItem = 'headcount' | 'roles' | 'pay' | 'terms' | 'pensions';

/** Who receives the workforce information: every bidder, or only the successful one. */
export type WorkforceRecipient = 'all-bidders' | 'successful-bidder';

/** When: with the tender documents (or on request before the deadline), or after award. */
export type WorkforceTiming = 'with-tender' | 'on-request' | 'after-award';

export interface WorkforceInformation extends TupeVatSignal {
  /** What the information covers, as far as the wording says. */
  items: WorkforceItem[];
  recipient: WorkforceRecipient | null;
  timing: WorkforceTiming | null;
  /** `statement`: a sentence that gives or promises it; `table`: a staffing table in the document itself. */
  origin: 'statement' | 'table';
}

export type PensionScheme = 'lgps' | 'nhs' | 'civil-service' | 'teachers' | 'other-public';

export interface PensionSchemeFact extends TupeVatSignal {
  scheme: PensionScheme;
}

export type PensionProtectionKind = 'admitted-body' | 'broadly-comparable' | 'fair-deal' | 'best-value-direction' | 'continued-membership' | 'stated';

export interface PensionProtection extends TupeVatSignal {
  kind: PensionProtectionKind;
}

/** What a VAT statement is about: bid prices, the figures of the document, or the contract's charges. */
export type VatSubject = 'prices' | 'values' | 'charges' | 'other';

export interface VatStatement extends TupeVatSignal {
  basis: VatQualifier;
  subject: VatSubject;
  /** An instruction to bidders on how to price ("Your prices must exclude VAT"). */
  instruction: boolean;
  /** The sentence states an amount: the basis may belong to that amount rather than to the document. */
  withAmount: boolean;
}

/** An amount whose VAT basis matters: the contract's value, a budget, a price cap. */
export type KeyAmountRole = 'contract-value' | 'budget' | 'price-cap';

export interface KeyAmount {
  money: MoneyFact;
  role: KeyAmountRole;
  /** The VAT basis written with the amount, or in its sentence or table row; null when none. */
  vat: VatQualifier | null;
}

export interface GrantOrContractFacts {
  /** Wording that calls this funding a grant ("this grant", "the grant agreement"). */
  grant: TupeVatSignal[];
  /** Wording that calls it a contract ("this contract", "the contract will be awarded"). */
  contract: TupeVatSignal[];
}

export interface TupeVatFacts {
  existingService: ExistingServiceSignal[];
  tupe: TupeStatement[];
  workforce: WorkforceInformation[];
  schemes: PensionSchemeFact[];
  protection: PensionProtection[];
  vatStatements: VatStatement[];
  /** Wording on how VAT applies that gives no inclusive or exclusive basis: no VAT, exempt, zero-rated, VAT at the prevailing rate. */
  vatOther: TupeVatSignal[];
  keyAmounts: KeyAmount[];
  /** Wording that tells VAT-exempt bidders how to treat irrecoverable VAT (or otherwise deals with VAT status). */
  vatExempt: TupeVatSignal[];
  funding: GrantOrContractFacts;
  /** Wording that ties the document to the UK (pounds, VAT, UK law or buyers) against wording that ties it to the US. */
  jurisdiction: { uk: number; us: number };
}
