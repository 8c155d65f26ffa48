/**
 * proportionality/insurance-level — insurance cover demanded far above what the contract needs, or
 * employer's liability below the legal minimum.
 * Rationale: PA 2023 s.22(1), (5) and PCR 2015 reg 58(3)–(4), (8)(c) (requirements proportionate to the
 * contract); Employers' Liability (Compulsory Insurance) Regulations 1998 (SI 1998/2573) reg 3 (£5m floor);
 * seed 000 Appendix 2 on indemnity insurance.
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import { annualValue } from '../../core/facts/proportionality';

const EL_FLOOR = 5_000_000;
/** Documents whose insurance demands decide who can bid: judged against the floor even when no value is stated. */
const BIDDER_FACING = new Set(['sq', 'itt']);

const TYPE_NAMES: Record<string, string> = {
  'employers-liability': "employer's liability",
  'public-liability': 'public liability',
  'professional-indemnity': 'professional indemnity',
  'product-liability': 'product liability',
  other: 'contract',
};

export default defineRule({
  id: 'proportionality/insurance-level',
  description: "Insurance cover out of proportion to the contract, or employer's liability below the legal £5m",
  severity: 'warning',
  kinds: ['sq', 'itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    tooHigh: '{{type}} cover of {{amount}} is more than {{limit}} ({{basis}}): set the level the contract really needs, so that small providers are not priced out (advisory: PA 2023 s.22(1) and PCR reg 58 require proportionate conditions).',
    belowFloor: "Employer's liability cover of {{amount}} is below the £5,000,000 the law requires (SI 1998/2573 reg 3): ask for at least £5,000,000.",
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        floor: { type: 'number', default: 5_000_000, minimum: 0, description: 'Cover at or below this amount is never reported as too high.' },
        maxMultipleOfAnnualValue: { type: 'number', default: 20, minimum: 1, description: 'Cover above this multiple of the contract value a year is reported (when the value is known; without one, an SQ or ITT is held to the floor).' },
      },
    },
    defaults: { floor: 5_000_000, maxMultipleOfAnnualValue: 20 },
  },
  fixable: false,
  explanation: `Insurance premiums rise with the cover. Asking a small advice charity for £10m of professional indemnity on a contract worth £60,000 a year prices it out for no benefit to the authority: the cover should match the risks of the contract. Both regimes require conditions of participation to be proportionate to the nature and value of the contract (PA 2023 s.22(1) and (5); PCR 2015 reg 58(3)–(4) and (8)(c), "an appropriate level" of professional risk indemnity insurance). No statute fixes the right level of public liability or professional indemnity cover, so this part of the rule is advisory.

The rule reads each insurance requirement with an amount. Cover is reported as too high when it is above the larger of \`floor\` (default £5,000,000) and \`maxMultipleOfAnnualValue\` (default 20) times the contract's value a year. When the contract's value is not known, the limit is \`floor\` alone in a selection questionnaire or invitation to tender, where the demand decides who can bid: cover above £5m with no value stated is reported, since nothing in the document shows the contract needs it. In a specification or contract with no known value (a framework's insurance schedule, say, whose call-offs vary in size) cover is not judged too high. Employer's liability cover of £5m is the legal minimum (Employers' Liability (Compulsory Insurance) Regulations 1998 reg 3) and is never too high; less than £5m is reported as an error because the document then asks for less than the law requires, while cover judged too high is a warning. A severity configured for the rule applies to every finding.`,
  sources: [
    { label: 'PA 2023 s.22(1), (5)', text: 'Conditions of participation must be a proportionate means of testing capacity, having regard to the nature, complexity and cost of the contract.' },
    { label: 'PCR 2015 reg 58(3)–(4), (8)(c)', text: 'Requirements related and proportionate to the subject-matter; an appropriate level of professional risk indemnity insurance.' },
    { label: 'SI 1998/2573 reg 3', text: "Employer's liability insurance of at least £5 million for any one occurrence." },
    { label: 'Seed 000, Appendix 2', text: 'Indemnity insurance requirements out of proportion to small contracts.' },
  ],
  examples: {
    invalid: [
      {
        title: '£10m professional indemnity on a £60,000-a-year contract',
        text: '# Invitation to Tender\n\nThe estimated contract value is £60,000 per annum.\n\nThe provider must hold professional indemnity insurance of £10m from the contract start date.\n',
      },
    ],
    valid: [
      {
        title: "£5m employer's liability and cover in proportion",
        text: "# Invitation to Tender\n\nThe estimated contract value is £60,000 per annum.\n\nThe provider must hold £5m employer's liability and £1m public liability insurance from the contract start date.\n",
      },
    ],
  },
  check(context) {
    const floor = Number(context.options['floor'] ?? 5_000_000);
    const multiple = Number(context.options['maxMultipleOfAnnualValue'] ?? 20);
    const annual = annualValue(context.facts);
    for (const req of context.facts.proportionality.insurance) {
      if (!req.amount) continue;
      const amount = req.amount.amount;
      if (req.type === 'employers-liability') {
        if (amount < EL_FLOOR) context.report({ messageId: 'belowFloor', data: { amount: formatPounds(amount) }, range: req.amount.range, severity: 'error' });
        continue;
      }
      // Without a known value only bidder-facing documents are judged, against the floor alone.
      if (!annual && !BIDDER_FACING.has(context.settings.kind)) continue;
      const byValue = annual ? annual.amount * multiple : 0;
      const limit = Math.max(floor, byValue);
      if (amount <= limit) continue;
      const basis = !annual
        ? `the ${formatPounds(floor)} floor; no contract value is stated`
        : byValue > floor
          ? `${multiple} × the contract value of ${formatPounds(annual.amount)} a year`
          : `the ${formatPounds(floor)} floor`;
      const type = TYPE_NAMES[req.type]!;
      context.report({
        messageId: 'tooHigh',
        data: { type: type.charAt(0).toUpperCase() + type.slice(1), amount: formatPounds(amount), limit: formatPounds(limit), basis },
        range: req.amount.range,
        facts: [annual ? `Contract value a year: ${formatPounds(annual.amount)}${annual.derived ? ' (from the total and term)' : ''}` : 'Contract value: not stated'],
      });
    }
  },
});
