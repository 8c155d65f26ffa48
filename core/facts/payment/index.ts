/**
 * Payment and risk facts, built once per document from the words and the duration, percentage and money facts
 * already read:
 *
 *   periods          payment periods: to the contractor or down the supply chain, in days, from invoice or month end
 *   flowDown         terms that sub-contracts must carry the payment terms, at every tier
 *   terminations     each party's rights to end the contract, with or without cause, and the notice
 *   results          payment by results: the share at risk, wholly on results, in arrears
 *   upFront          an up-front, fixed or service-fee element beside payment by results
 *   fees             management fees and their percentages; whether kept by a prime from its supply chain
 *   unitPayments     payment per referral, per participant or per outcome
 *   forecasts        volume forecasts and ranges; noGuarantee: "volumes are not guaranteed"
 *   extension        extension wording without a duration
 *   fullCostRecovery statements on full cost recovery
 *   security         security, IT and accreditation requirements; securityCost: who bears their cost
 *
 * Table-tested in `test/facts/payment.test.ts`.
 */
import type { TenderDocument } from '../../model/types';
import type { Facts } from '../types';
import { readsAsUkTender } from '../consortium';
import { buildModels } from './models';
import { buildTerms } from './terms';
import type { PaymentFacts } from './types';

export type * from './types';

export function buildPayment(doc: TenderDocument, facts: Facts): PaymentFacts {
  const out = emptyPayment();
  buildTerms(doc, facts, out);
  buildModels(doc, facts, out);
  return out;
}

/** Payment facts before the document is read. */
export function emptyPayment(): PaymentFacts {
  return {
    periods: [],
    flowDown: [],
    terminations: [],
    results: [],
    upFront: [],
    fees: [],
    unitPayments: [],
    forecasts: [],
    noGuarantee: [],
    extension: [],
    fullCostRecovery: [],
    security: [],
    securityCost: [],
  };
}

/**
 * Whether the payment rules judge this document: a UK one (not a United States federal solicitation, unless the
 * regime is stated), and, when its kind is not stated, one that reads as contract terms or a tender rather than
 * guidance. Buyer-side terms matter in contracts as much as in tenders, so contract terms are judged too.
 */
export function judgesPayment(facts: Facts, kind: string, regimeSource: 'front-matter' | 'config' | 'detected' | 'default'): boolean {
  if (!readsAsUkTender(facts.consortium, regimeSource)) return false;
  return kind !== 'mixed' || facts.consortium.contractTerms !== null;
}

/** A phrase as written, with its line breaks and runs of spaces collapsed (for messages and reports). */
export function phrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
