/**
 * proportionality/turnover-cap — a minimum turnover above a multiple (default 2) of the contract's value.
 * Rationale: PCR 2015 reg 58(9) (minimum yearly turnover no more than twice the estimated contract value unless
 * duly justified, with reasons stated) and (11)–(12) (per lot); PA 2023 s.22(1), (5) (proportionate
 * conditions); seed 000 Appendix 2 on proportionality.
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import { annualValue } from '../../core/facts/proportionality';
import { thresholdPosition } from '../../core/policy/threshold-position';

export default defineRule({
  id: 'proportionality/turnover-cap',
  description: "A minimum turnover demanded above twice the contract's value",
  severity: 'warning',
  kinds: ['sq', 'itt'],
  regimes: 'all',
  messages: {
    pcr: 'Minimum turnover of {{turnover}} is more than {{multiple}} × the estimated contract value of {{value}}: PCR 2015 reg 58(9) caps it at twice the value unless reasons are stated. Lower it or state the reasons next to it.',
    advisory: 'Minimum turnover of {{turnover}} is more than {{multiple}} × the contract value of {{value}}{{basis}}: lower it so that small providers can bid (advisory: PA 2023 s.22(1) requires proportionate conditions; twice the value is the usual ceiling).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxMultiple: { type: 'number', default: 2, minimum: 1, description: "Largest acceptable multiple of the contract's value." },
      },
    },
    defaults: { maxMultiple: 2 },
  },
  fixable: false,
  explanation: `A minimum turnover many times the contract's value tells small and voluntary providers not to bid, although an organisation with half the turnover could deliver the contract safely. The Public Contracts Regulations 2015 cap the minimum yearly turnover at twice the estimated contract value, unless the authority states its reasons (reg 58(9); per lot under reg 58(11)–(12)). The Procurement Act 2023 has no numeric cap but requires conditions of participation to be proportionate to the contract (s.22(1), (5)); twice the value remains the usual rule of thumb, so under the Act and below threshold the rule is advisory.

The rule compares each minimum turnover demanded with \`maxMultiple\` (default 2) times the contract's value: the estimated total value under the PCR (as reg 58(9) does), and the value a year under the Act and below threshold when the term is known. A turnover with its reasons stated beside it ("because …") is not reported. Under the PCR the finding is an error, since reg 58(9) caps the turnover by law (unless the stated value shows the procurement is below threshold, where Part 4 has no such cap); under the Act and below threshold it is a warning. A severity configured for the rule applies to every finding.`,
  sources: [
    { label: 'PCR 2015 reg 58(9), (11)–(12)', text: 'Minimum yearly turnover shall not exceed two times the estimated contract value, except in duly justified cases; reasons to be given; applied per lot.' },
    { label: 'PA 2023 s.22(1), (5)', text: 'Conditions of participation must be proportionate, having regard to the nature, complexity and cost of the contract.' },
    { label: 'Seed 000, Appendix 2', text: 'Financial thresholds out of proportion to the contract exclude small organisations.' },
  ],
  examples: {
    invalid: [
      {
        title: '£2m turnover for a £300,000-a-year contract',
        text: '# Selection Questionnaire\n\nThe estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £2m.\n',
      },
    ],
    valid: [
      {
        title: 'Turnover at twice the value a year',
        text: '# Selection Questionnaire\n\nThe estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £600,000.\n',
      },
    ],
  },
  check(context) {
    const multiple = Number(context.options['maxMultiple'] ?? 2);
    const pcr = context.settings.regime === 'pcr2015';
    const annual = annualValue(context.facts);
    const total = context.facts.contractValue.total;
    let value: number | null = null;
    let basis = '';
    if (pcr) {
      if (total) value = total.amount;
      else if (annual && context.facts.term.maxMonths) value = (annual.amount * context.facts.term.maxMonths) / 12;
    } else if (annual) {
      value = annual.amount;
      basis = ' a year';
    } else if (total) {
      value = total.amount;
    }
    if (value === null || value <= 0) return;
    // Reg 58(9) governs procurements above threshold; below threshold (Part 4) the cap is advice.
    const law = pcr && thresholdPosition(context.facts).status !== 'below';
    for (const t of context.facts.proportionality.turnover) {
      if (t.reasonsStated || t.amount.amount <= multiple * value) continue;
      context.report({
        messageId: law ? 'pcr' : 'advisory',
        severity: law ? 'error' : undefined,
        data: { turnover: formatPounds(t.amount.amount), multiple, value: formatPounds(value), basis },
        range: t.range,
        facts: [`Minimum turnover ${formatPounds(t.amount.amount)}${t.basis ? ` (${t.basis})` : ''}; contract value ${formatPounds(value)}${basis}`],
      });
    }
  },
});
