/**
 * proportionality/insurance-before-award — insurance for the contract demanded at submission or before
 * award, instead of a commitment to hold it from the contract start.
 * Rationale: PA 2023 s.22(3)(b) (and s.36(2)(b), s.46(3)(b) for dynamic markets and frameworks): conditions of
 * participation may not require insurance relating to the contract to be in place before award; PPN 03/24
 * Annex A para 69 (self-certify, no evidence of cover at selection); seed 000 Appendix 2 on indemnity insurance.
 */
import { defineRule } from '../../core/engine/define';

/** Timing wording that can be replaced by "from the contract start date" and still read correctly. */
const REPLACEABLE = /^(?:at\s+(?:the\s+)?(?:time\s+of\s+|point\s+of\s+)?(?:submission|tender(?:ing)?|bidding|application)|(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+)?(?:contract\s+|framework\s+)?award|before\s+(?:the\s+)?(?:contract|framework|agreement)\s+is\s+awarded)$/i;

/** Timing wording that names a time, and reads after "is required". */
const TIME_PHRASE = /^(?:at|with|on|upon|before|by|prior|in\s+advance|ahead)\b/i;

const TYPE_NAMES: Record<string, string> = {
  'public-liability': 'public liability',
  'professional-indemnity': 'professional indemnity',
  'product-liability': 'product liability',
  other: 'contract',
};

export default defineRule({
  id: 'proportionality/insurance-before-award',
  description: 'Insurance for the contract required to be held at submission or before award',
  severity: 'warning',
  kinds: ['sq', 'itt', 'spec'],
  regimes: 'all',
  messages: {
    beforeAwardPa: '{{type}} insurance is required {{when}}: PA 2023 s.22(3)(b) forbids requiring insurance for the contract before award. Ask bidders to confirm that they will hold it from the contract start date.',
    beforeAward: '{{type}} insurance is required {{when}}: ask bidders to confirm that they will hold it from the contract start date instead (policy: PPN 03/24 Annex A para 69; small providers buy cover only once they win).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  hasSuggestions: true,
  explanation: `Insurance costs money every month it is held. Demanding that a bidder already holds £10m of public liability or professional indemnity cover when it submits its tender, or before the contract is awarded, makes every small or voluntary organisation that bids pay for cover it may never need, and shuts out those that cannot. The Procurement Act 2023 forbids conditions of participation that require insurance relating to the performance of the contract to be in place before award (s.22(3)(b); s.36(2)(b) and s.46(3)(b) for dynamic markets and frameworks). Under the Public Contracts Regulations 2015 the Cabinet Office standard selection questionnaire guidance says the same as policy: let bidders self-certify that they have, or will have, the cover if they win (PPN 03/24 Annex A para 69).

The rule reads each insurance requirement and when it must be held ("at the time of submission", "with your tender", "before the contract is awarded", "currently hold"), including a form that asks bidders to confirm that they have the cover, or whether they hold it, with no option to obtain it later. Wording that asks for cover from the contract start, on award, or a commitment to obtain it ("have, or will have", "already have, or can commit to obtain") is sound. Employer's liability insurance is not reported: it is compulsory by statute for most employers whatever the contract. A suggestion replaces the timing wording with "from the contract start date" where that reads correctly. Under the Act the finding is an error, since s.22(3)(b) is law; under the other regimes it is a warning, since there it is policy. A severity configured for the rule applies to every finding.`,
  sources: [
    { label: 'PA 2023 s.22(3)(b)', text: 'Conditions of participation may not require insurance relating to the performance of the contract to be in place before the award of the contract.' },
    { label: 'PA 2023 s.36(2)(b), s.46(3)(b)', text: 'The same for dynamic markets and frameworks.' },
    { label: 'PPN 03/24 Annex A para 69', text: 'Allow suppliers to self-certify that they have, or will have, the insurance if awarded the contract; do not insist on evidence at selection.' },
    { label: 'Seed 000, Appendix 2', text: 'Indemnity insurance demanded of small organisations out of proportion to the contract.' },
  ],
  examples: {
    invalid: [
      { title: 'Cover demanded at submission', text: '# Invitation to Tender\n\nBidders must hold public liability insurance of at least £10m at the time of submission.\n' },
    ],
    valid: [
      {
        title: 'A commitment to hold cover from the start',
        text: "# Invitation to Tender\n\nConfirm that you will hold public liability insurance of £5m from the contract start date.\n\nBidders must hold employer's liability insurance of £5m, as the law requires.\n",
      },
    ],
  },
  check(context) {
    const pa = context.settings.regime === 'pa2023';
    for (const req of context.facts.proportionality.insurance) {
      if (req.type === 'employers-liability') continue;
      if (req.timing !== 'submission' && req.timing !== 'award') continue;
      const type = TYPE_NAMES[req.type] ?? 'This';
      // Timing read from a question ("confirm that you have …") rather than a time ("at submission").
      const when = !req.timingText ? 'before award' : TIME_PHRASE.test(req.timingText) ? `"${req.timingText}"` : `to be held already ("${req.timingText}")`;
      const suggestions = req.timingRange && req.timingText && REPLACEABLE.test(req.timingText)
        ? [{ desc: 'Require the cover from the contract start date', fix: { range: [req.timingRange.start.offset, req.timingRange.end.offset] as [number, number], text: 'from the contract start date' } }]
        : undefined;
      context.report({
        messageId: pa ? 'beforeAwardPa' : 'beforeAward',
        severity: pa ? 'error' : undefined,
        data: { type: type.charAt(0).toUpperCase() + type.slice(1), when },
        range: req.range,
        suggestions,
        facts: [`Insurance: ${type}${req.amount ? ` £${req.amount.amount.toLocaleString('en-GB')}` : ''}, required ${req.timingText ?? req.timing}`],
      });
    }
  },
});
