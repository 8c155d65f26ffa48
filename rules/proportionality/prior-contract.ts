/**
 * proportionality/prior-contract — a condition that bidders have held a contract with, or worked for, this
 * authority before.
 * Rationale: PA 2023 s.22(4)(a) (conditions may not require a previous contract with a particular contracting
 * authority); seed 000 Appendix 2 on proportionality.
 */
import { defineRule } from '../../core/engine/define';
import { checkPhrases } from '../../core/engine/phrases';

const BUYER = String.raw`(?:the|this|our)\s+(?:Council|Authority|Contracting\s+Authority|Trust|Department|Board|Buyer|Commissioner|ICB|CCG|Combined\s+Authority|Police\s+and\s+Crime\s+Commissioner)`;

/** Wording that ties eligibility to past work for this buyer, as data. */
export const PRIOR_CONTRACT: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:previous(?:ly)?|prior|existing|past|current)\s+(?:(?:contracts?|experience|work(?:ing)?|relationship|service\s+delivery)\s+)?(?:with|for)\s+${BUYER}\b`, 'gi'),
  new RegExp(String.raw`\b(?:delivered|provided|held|had|performed)\s+(?:(?:a|any|this|these|similar)\s+)?(?:contracts?|services?)\s+(?:for|with|to)\s+${BUYER}\b`, 'gi'),
  new RegExp(String.raw`\b(?:approved|existing|incumbent|current)\s+(?:providers?|suppliers?|contractors?)\s+(?:to|of|for)\s+${BUYER}\b`, 'gi'),
];
/** Wording that makes it a condition of taking part (not a contract term that mentions an earlier contract). */
const CONDITION = /\b(?:must\s+(?:have|be|demonstrate|show|already)|only\s+(?:existing|current|approved|those|bidders|suppliers|providers|organisations)|eligib(?:le|ility)|will\s+(?:not\s+be\s+considered|be\s+excluded)|(?:is|are)\s+(?:a\s+)?(?:condition|requirement|essential|mandatory)|required\s+to\s+(?:have|demonstrate|show)|need\s+to\s+have)\b/i;
const NOT_A_CONDITION = /\b(?:not\s+(?:required|necessary|a\s+requirement|a\s+condition|essential)|need\s+not|does\s+not\s+need|do\s+not\s+need|(?:no|without)\s+(?:advantage|preference)|welcome|whether\s+or\s+not|not\s+(?:be\s+)?(?:an?\s+)?advantage|deficienc|terminat|exclusion|in\s+accordance\s+with)\b/i;

export default defineRule({
  id: 'proportionality/prior-contract',
  description: 'A condition requiring a previous contract with this authority',
  severity: 'error',
  kinds: ['sq', 'itt', 'spec'],
  regimes: ['pa2023'],
  messages: {
    priorContract: '"{{phrase}}" makes past work for this authority a condition: PA 2023 s.22(4)(a) forbids it. Ask for relevant experience with any client instead.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Requiring bidders to have delivered a contract for this authority before hands the contract to the incumbent and to the authority's existing suppliers, and shuts out every new provider however good. The Procurement Act 2023 forbids conditions of participation that require a supplier to have been awarded a contract by a particular contracting authority (s.22(4)(a)).

The rule reports wording that makes previous or existing work for "the Council", "the Authority", "the Trust" and so on a condition ("must", "only", "will not be considered"), unless the sentence says it is not required or is not an advantage. The exclusion ground about poor performance under a prior public contract is not a condition of this kind and is not reported. The phrases are kept as data in the rule.`,
  sources: [
    { label: 'PA 2023 s.22(4)(a)', text: 'A condition of participation may not require the supplier to have been awarded a public contract by a particular contracting authority.' },
    { label: 'Seed 000, Appendix 2', text: 'Requirements that favour existing providers over new and small organisations.' },
  ],
  examples: {
    invalid: [{ title: 'Only existing providers', text: '# Selection Questionnaire\n\nBidders must have delivered a contract for the Council in the last three years.\n' }],
    valid: [
      {
        title: 'Experience with any client',
        text: '# Selection Questionnaire\n\nDescribe two contracts of a similar nature delivered for any public or private client. Previous work with the Council is not required and gives no advantage.\n',
      },
    ],
  },
  check(context) {
    checkPhrases(context, { messageId: 'priorContract', phrases: PRIOR_CONTRACT, sentenceMustMatch: CONDITION, sentenceMustNotMatch: NOT_A_CONDITION });
  },
});
