/**
 * TUPE, pensions and VAT facts, built once per document from the words and the money facts already read:
 *
 *   existingService  the service exists now: an incumbent, "currently delivered", a re-tender, in-house, existing staff
 *   tupe             TUPE statements: applies / may apply / does not apply / bidders to satisfy themselves / named
 *   workforce        workforce information given or promised: what it covers, to whom, when; staffing tables
 *   schemes          public service pension schemes named (LGPS, NHS, Civil Service, Teachers')
 *   protection       pension protection offered (admitted body, broadly comparable, Fair Deal, the 2007 Direction)
 *   vatStatements    document-level VAT statements, their subject and whether they instruct bidders
 *   vatOther         how VAT applies without a basis: no VAT, exempt, zero-rated, at the prevailing rate
 *   keyAmounts       contract values, budgets and price caps, each with its VAT basis
 *   vatExempt        wording that deals with irrecoverable VAT or VAT-exempt bidders
 *   funding          wording that calls the funding a grant, and a contract
 *
 * Read block by block (`blocks.ts`); the builders are `tupe.ts`, `pensions.ts` and `vat.ts`. Table-tested in
 * `test/facts/tupe-vat.test.ts`.
 */
import type { Facts } from '../types';

export type * from './types';
export { buildTupeVat, emptyTupeVat } from './blocks';

/**
 * Whether the document is a UK one, where TUPE and UK VAT apply: a regime stated or detected, or more
 * sentences with UK wording (pounds, VAT, UK law and buyers) than with US wording.
 */
export function isUkDocument(facts: Facts, regimeSource: string): boolean {
  const { uk, us } = facts.tupeVat.jurisdiction;
  if (regimeSource !== 'default') return us === 0 || uk > us;
  return uk > 0 && uk > us;
}
