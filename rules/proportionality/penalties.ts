/**
 * proportionality/penalties — fines, service credits or deductions that are unspecified ("for any
 * irregularity", "at the Council's discretion"), or a single fine out of proportion to the contract's value.
 * Rationale: seed 000 Appendix 2 (fines for unspecified irregularities in contracts with small providers);
 * PCR 2015 reg 18(1) (procurement conducted proportionately); the common-law penalty rule (Cavendish Square
 * Holding BV v Makdessi [2015] UKSC 67).
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import { annualValue, type PenaltyClause } from '../../core/facts/proportionality';

const KIND_NAMES: Record<PenaltyClause['kind'], string> = {
  fine: 'A financial penalty',
  'service-credit': 'A service credit',
  deduction: 'A deduction',
  'liquidated-damages': 'Liquidated damages',
};

/** Wording that makes a percentage a cap on all penalties together rather than a single one. */
const CAP = /\b(?:capped|cap|caps|maximum|max\.?|not\s+(?:to\s+)?exceed|no\s+more\s+than|up\s+to|in\s+(?:the\s+)?aggregate|in\s+total|total\s+(?:of\s+)?(?:all\s+)?(?:service\s+credits|deductions|penalties))\b/i;

/** Wording that relieves the supplier of a sanction rather than imposing one. */
const RELIEF =
  /\b(?:not|never)\s+(?:be\s+)?(?:liable|payable|appl(?:y|ied|icable)|levied|deducted|imposed|charged|withheld)\b|\bno\s+(?:service\s+credits?|penalt(?:y|ies)|fines?|deductions?|liquidated\s+damages)\b|\bwaive[ds]?\b|\brelief\b|\bexcus(?:e|ed)\b/i;

/** Amounts set elsewhere in the contract: the sanction is specified, just not in this sentence. */
const SET_ELSEWHERE =
  /\b(?:as\s+)?(?:set\s+out|specified|detailed|calculated|defined|listed|shown)\s+(?:in|under)\b[^.]{0,40}\b(?:Schedule|Annex|Appendix|table|Part|clause|paragraph|Service\s+Level\s+Agreement)\b|\bin\s+accordance\s+with\s+(?:the\s+)?(?:Schedule|Annex|Appendix|table|Service\s+Levels?|Service\s+Level\s+Agreement)\b/i;

const pct = (n: number) => `${Math.round(n * 10) / 10}%`;

export default defineRule({
  id: 'proportionality/penalties',
  description: "Fines or deductions for unspecified failings, or a single fine above a share of the contract's annual value",
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    unspecified:
      "{{kind}} can be imposed for any failing or at the buyer's discretion, with no amount stated: say which failures lead to which sanction and how much, or remove it (advisory: proportionate contract terms).",
    tooLarge:
      '{{kind}} of {{amount}} is {{share}} of the contract value a year ({{annual}}), more than {{max}}: set sanctions in proportion to the contract, so that one failure does not wipe out a small provider\'s margin (advisory).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxShareOfAnnualValue: {
          type: 'number',
          default: 5,
          minimum: 0,
          maximum: 100,
          description: "Largest acceptable single fine, service credit or deduction, as a percentage of the contract's value a year.",
        },
      },
    },
    defaults: { maxShareOfAnnualValue: 5 },
  },
  fixable: false,
  explanation: `Small and voluntary providers work on thin margins, often with no reserves. A contract that lets the authority fine them "for any irregularity", or deduct "such sums as the Council considers appropriate", hands the authority an open-ended power over their income: they cannot price the risk, and many decline to bid. The source papers single out fines for unspecified irregularities as one of the terms that drive small organisations away (seed 000 Appendix 2). Service credits and deductions are sound when the contract says which failure leads to which deduction, and how much.

The rule reads every fine, penalty, service credit, deduction and liquidated-damages clause that the contract imposes ("will be levied", "may deduct", "shall be payable"). It reports a clause imposed for any failing or at the authority's discretion with no amount or percentage stated and none set out elsewhere ("as set out in Schedule 3"), and a single sanction larger than \`maxShareOfAnnualValue\` (default 5%) of the contract's value a year: a fixed amount, a percentage of the annual value, or a percentage of the monthly charges (worked out as a share of the year). Wording that relieves the supplier ("shall not be liable to pay service credits for any failure caused by the Council", "may be waived") is not reported. A percentage that caps all service credits together ("capped at 10% of the annual charges") is a limit, not a single sanction, and is not reported. Amounts are judged only when the contract's value is known. There is no statutory limit on contract sanctions, so the rule is advisory; a sanction out of all proportion to the buyer's legitimate interest may also be unenforceable as a penalty at common law.`,
  sources: [
    { label: 'Seed 000, Appendix 2', text: 'Prime contractors imposing fines upwards of £5,000 for unspecified irregularities on small, vulnerable organisations.' },
    { label: 'PCR 2015 reg 18(1)', text: 'Contracting authorities shall act in a transparent and proportionate manner.' },
    { label: 'Cavendish Square Holding BV v Makdessi [2015] UKSC 67', text: 'A clause imposing a detriment out of all proportion to the legitimate interest protected is an unenforceable penalty.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Fines for any irregularity',
        text: '---\ntenderlint:\n  kind: contract\n---\n\n# Contract terms\n\nThe Council may impose financial penalties for any irregularity in the monitoring returns.\n',
      },
    ],
    valid: [
      {
        title: 'Service credits stated and capped',
        text: '---\ntenderlint:\n  kind: contract\n---\n\n# Contract terms\n\nThe estimated contract value is £300,000 per annum.\n\nA service credit of £250 will apply for each month in which fewer than 90% of calls are answered within two minutes.\n\nService credits in any contract year will be capped at 10% of the annual contract value.\n',
      },
    ],
  },
  check(context) {
    const max = Number(context.options['maxShareOfAnnualValue'] ?? 5);
    const annual = annualValue(context.facts);
    for (const p of context.facts.proportionality.penalties) {
      const kind = KIND_NAMES[p.kind];
      if (RELIEF.test(p.sentence)) continue;
      if (p.unspecified && !SET_ELSEWHERE.test(p.sentence)) {
        context.report({ messageId: 'unspecified', data: { kind }, range: p.range });
        continue;
      }
      if (!annual || annual.amount <= 0 || CAP.test(p.sentence)) continue;
      let share: number | null = null;
      let amount = '';
      let range = p.range;
      if (p.amount) {
        share = (p.amount.amount / annual.amount) * 100;
        amount = formatPounds(p.amount.amount);
        range = p.amount.range;
      } else if (p.percentage && p.percentageOf === 'annual') {
        share = p.percentage.value;
        amount = `${pct(p.percentage.value)} of the annual value`;
        range = p.percentage.range;
      } else if (p.percentage && p.percentageOf === 'monthly') {
        share = p.percentage.value / 12;
        amount = `${pct(p.percentage.value)} of the monthly charges`;
        range = p.percentage.range;
      }
      if (share === null || share <= max) continue;
      context.report({
        messageId: 'tooLarge',
        data: { kind, amount, share: pct(share), annual: formatPounds(annual.amount), max: pct(max) },
        range,
        facts: [`Contract value a year: ${formatPounds(annual.amount)}${annual.derived ? ' (from the total and term)' : ''}`],
      });
    }
  },
});
