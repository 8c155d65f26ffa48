/**
 * consortium/legal-form — a consortium required to form a legal entity before tendering or before award.
 * Rationale: PCR 2015 reg 19(3) (no legal form to tender), reg 19(6) (a legal form only once the contract is
 * awarded, and only if necessary); seed 004 Consortium Delivery (legal structure options: a new entity, a lead
 * body, an external lead body); seed 002 Section 4 (simple protocols rather than complex legal agreements).
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/legal-form',
  description: 'A consortium required to form a legal entity before tendering or before award',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    beforeSubmission:
      'A consortium is required to form a legal entity before it can bid: let it bid as a group with a lead member, and ask for a legal form only after award and only if the contract needs one (PCR 2015 reg 19(3), (6); seed 004).',
    beforeAward:
      'A consortium is required to form a legal entity before the contract is awarded: a legal form may be demanded only once the contract has been awarded, and only if needed for its proper performance (PCR 2015 reg 19(6); seed 004).',
    unspecified:
      'A consortium is required to form a legal entity, without saying when or why: say that no legal form is needed to bid, and demand one only after award where the contract needs it (PCR 2015 reg 19(3), (6); seed 004).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Forming a company or other legal entity costs a consortium of small organisations time, legal fees and governance work before it knows whether it will win anything. The source papers describe three workable structures (a new entity, a lead body within the consortium, or an external lead body) and ask for simple protocols rather than complex legal agreements.

The Public Contracts Regulations 2015 forbid requiring a group to have a specific legal form in order to submit a tender (reg 19(3)), and allow a legal form to be required only once the contract has been awarded, and only to the extent necessary for its satisfactory performance (reg 19(6)). Under PCR 2015 a demand before tendering or before award is an **error**. The Procurement Act 2023 has no express rule; elsewhere the finding is a **warning**, as is a demand that does not say when the entity must exist.

The rule reads sentences that require a consortium, group or joint venture to form, establish or incorporate a legal entity, company or special purpose vehicle. It does not report statements that no legal form is needed, a legal entity a group may choose or intend to form, one that already exists, a reservation ("we may require a legal form if necessary"), or a legal form demanded after award or before the contract is signed. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'PCR 2015 reg 19(3)', text: 'Groups shall not be required to have a specific legal form in order to submit a tender or a request to participate.' },
    { label: 'PCR 2015 reg 19(6)', text: 'A group may be required to assume a specific legal form once awarded the contract, to the extent necessary for its satisfactory performance.' },
    { label: 'Seed 004, Consortium Delivery', text: 'Legal structure: a new legal entity, a lead body within the consortium, or an external lead body.' },
    { label: 'Seed 002, Section 4 (recommendation 3)', text: 'Joint working agreements could use simple protocols rather than complex legal agreements.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A legal entity before bidding',
        text: '# Invitation to Tender: Advice Services\n\n## Consortium bids\n\nConsortia must form a single legal entity before submitting a tender.\n',
      },
    ],
    valid: [
      {
        title: 'No legal form needed to bid',
        text: '# Invitation to Tender: Advice Services\n\n## Consortium bids\n\nA consortium does not need to form a legal entity in order to bid. If a consortium is successful, we may ask it to agree a lead member or a legal form where this is necessary to deliver the contract.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    const pcr = context.settings.regime === 'pcr2015';
    for (const f of consortium.legalForm) {
      if (f.stance !== 'demanded' || f.conditional || f.timing === 'after-award') continue;
      const messageId = f.timing === 'submission' ? 'beforeSubmission' : f.timing === 'award' ? 'beforeAward' : 'unspecified';
      context.report({
        messageId,
        // Before tendering or before award breaches PCR 2015 reg 19(3), (6); a demand with no timing stays a warning.
        severity: pcr && f.timing !== null ? 'error' : undefined,
        range: f.range,
        facts: [`Legal form demanded of a consortium${f.timing ? ` (${f.timing === 'submission' ? 'before bidding' : 'before award'})` : ' (timing not stated)'}`],
      });
    }
  },
});
