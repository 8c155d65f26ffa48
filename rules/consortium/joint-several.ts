/**
 * consortium/joint-several — joint and several liability demanded of every consortium member for the whole
 * contract (or from submission), beyond the joint liability the law allows for relied-on financial standing.
 * Rationale: PCR 2015 reg 63(5) (joint liability may be required where economic and financial standing is relied
 * on); seed 002 Section 2 (risk passed down supply chains), Section 4 (relative differences in risk); seed 000 §4.7.
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/joint-several',
  description: 'Joint and several liability demanded of every consortium member for the whole contract',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    wholeContract:
      'Every consortium member is made jointly and severally liable for the whole contract: a small member then carries the risk of the largest one\'s failure; limit joint liability to the financial standing a bidder relies on (PCR 2015 reg 63(5)) or to each member\'s share of the work.',
    fromSubmission:
      'Consortium members are made jointly and severally liable from the submission of the bid: limit joint liability to the financial standing a bidder relies on (PCR 2015 reg 63(5)) and to the contract once awarded, or to each member\'s share of the work.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Joint and several liability makes each member of a consortium answerable for everything the consortium owes: a small charity delivering a tenth of the service can be pursued for the whole contract's losses. The source papers describe how risk is "passed down the supply chain" to small voluntary organisations, and ask that collaborative models acknowledge the members' relative differences in risk, resource and reach. Faced with unlimited exposure, boards of small organisations decline to join consortia at all.

The Public Contracts Regulations 2015 allow an authority to require joint liability where a bidder relies on another entity's economic and financial standing (reg 63(5)); they do not call for every member of a group to be jointly and severally liable for all of the contract. The rule reports sentences that demand joint and several liability of consortium or group members, unless the sentence ties it to standing relied on or to a guarantee. A demand that runs from the submission of the bid is reported with its own message. Contract terms that make several suppliers party to one contract jointly liable, without mentioning a consortium, are not reported. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'PCR 2015 reg 63(5)', text: 'Where a bidder relies on other entities for economic and financial standing, the authority may require joint liability for the contract\'s execution.' },
    { label: 'Seed 002, Section 2', text: 'Risk was passed down the supply chain to small voluntary subcontractors.' },
    { label: 'Seed 002, Section 4 (recommendation 3)', text: 'Collaborative models must acknowledge relative differences in risk, resource and reach.' },
    { label: 'Seed 000 §4.7', text: 'Risk is among the issues of commissioning a group of organisations.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Every member liable for everything',
        text: '# Invitation to Tender: Day Opportunities\n\n## Consortium bids\n\nAll members of a consortium will be jointly and severally liable for the performance of the whole contract.\n',
      },
    ],
    valid: [
      {
        title: 'Joint liability only for relied-on standing',
        text: '# Invitation to Tender: Day Opportunities\n\n## Consortium bids\n\nWhere a consortium member relies on another member\'s financial standing, those members will be jointly and severally liable for the contract.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    for (const j of consortium.jointLiability) {
      if (j.relied) continue;
      context.report({ messageId: j.fromSubmission ? 'fromSubmission' : 'wholeContract', range: j.range, facts: [`Joint and several liability: "${j.sentence.trim()}"`] });
    }
  },
});
