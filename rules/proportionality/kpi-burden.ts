/**
 * proportionality/kpi-burden — monitoring out of proportion to a small contract: reporting more often than
 * monthly, or more KPIs than a small provider can sensibly report on.
 * Rationale: seed 002 recommendations for local authorities 1 and Section 6 (monitoring and evaluation
 * requirements must be proportionate; onerous monitoring); seed 004 on intelligent commissioning ("monitoring
 * and reporting requirements need to be proportionate"); PA 2023 s.52 (at least three KPIs only for contracts
 * above £5m, not light-touch) and s.71 (performance assessed at least once a year).
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import { annualValue } from '../../core/facts/proportionality';
import { estimatedTotalValue } from '../../core/policy/threshold-position';

/** PA 2023 s.52(1): KPIs must be set for a public contract with an estimated value above £5 million. */
const KPI_DUTY_FROM = 5_000_000;

export default defineRule({
  id: 'proportionality/kpi-burden',
  description: 'Reporting more often than monthly, or many KPIs, on a small contract',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    frequentReporting:
      '{{frequency}} reporting on a contract worth {{annual}} a year: ask for monthly or quarterly reports unless a specific risk needs closer watching (advisory: monitoring should be proportionate to the contract).',
    tooManyKpis:
      '{{count}} KPIs on a contract worth {{annual}} a year: keep to the few measures that show whether the service works (at most {{max}}), so that a small provider is not buried in reporting (advisory).',
    notRequired:
      '{{count}} KPIs are set although PA 2023 s.52 does not require KPIs for this contract ({{why}}): keep only those you will use (information).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxKpis: { type: 'integer', default: 8, minimum: 1, description: 'Most KPIs acceptable on a small contract.' },
        smallContractValue: {
          type: 'number',
          default: 250_000,
          minimum: 0,
          description: "A contract worth less than this a year is small: frequent reporting and many KPIs are reported on it.",
        },
      },
    },
    defaults: { maxKpis: 8, smallContractValue: 250_000 },
  },
  fixable: false,
  explanation: `Every report and every KPI costs a provider staff time that the contract price rarely covers. For a small contract, weekly returns or two dozen KPIs can take a day a week of a small charity's time, money that would otherwise go on the service. The source papers name onerous monitoring as one of the main burdens on voluntary providers and ask that monitoring and reporting be proportionate (seed 002, recommendations for local authorities; seed 004 on intelligent commissioning). The Procurement Act 2023 requires at least three KPIs only for contracts worth more than £5 million that are not light-touch contracts (s.52), and performance to be assessed at least once a year (s.71); below that, KPIs are for the authority to choose.

On a contract worth less than \`smallContractValue\` a year (default £250,000, from the stated annual value or the total divided by the term), the rule reports reporting more often than monthly (weekly, fortnightly, daily) and more than \`maxKpis\` KPIs (default 8; counted from "25 KPIs" or the rows of a KPI table). Under the Act it also adds an information note when a small contract sets three KPIs or more, since s.52 does not require them; monthly and quarterly reporting and a handful of KPIs are not reported. Nothing is reported when the contract's value is not known. This is advice, not law.`,
  sources: [
    { label: 'Seed 002, recommendations for local authorities 1; Section 6', text: 'Monitoring and evaluation requirements should be proportionate; onerous monitoring burdens the voluntary sector.' },
    { label: 'Seed 004, intelligent commissioning', text: 'Monitoring and reporting requirements need to be proportionate and flexible.' },
    { label: 'PA 2023 s.52(1), (3)', text: 'At least three KPIs for a public contract with an estimated value above £5 million, other than a light-touch contract.' },
    { label: 'PA 2023 s.71', text: 'Performance against KPIs assessed at least once every twelve months.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Weekly returns and 25 KPIs for £40,000 a year',
        text: '---\ntenderlint:\n  kind: spec\n---\n\n# Specification\n\nThe estimated contract value is £40,000 per annum.\n\nThe provider must submit weekly monitoring reports. Performance will be measured against 25 KPIs.\n',
      },
    ],
    valid: [
      {
        title: 'Quarterly reports on a few measures',
        text: '---\ntenderlint:\n  kind: spec\n  regime: pcr2015\n---\n\n# Specification\n\nThe estimated contract value is £40,000 per annum.\n\nThe provider must submit quarterly monitoring reports. Performance will be measured against 4 KPIs.\n',
      },
    ],
  },
  check(context) {
    const maxKpis = Number(context.options['maxKpis'] ?? 8);
    const small = Number(context.options['smallContractValue'] ?? 250_000);
    const annual = annualValue(context.facts);
    if (!annual || annual.amount <= 0 || annual.amount >= small) return;
    const annualText = formatPounds(annual.amount);
    const valueFact = `Contract value a year: ${annualText}${annual.derived ? ' (from the total and term)' : ''}`;
    for (const r of context.facts.proportionality.reporting) {
      if (r.perYear <= 12) continue;
      const frequency = r.frequency.charAt(0).toUpperCase() + r.frequency.slice(1);
      context.report({ messageId: 'frequentReporting', data: { frequency, annual: annualText }, range: r.range, facts: [valueFact] });
    }
    const total = estimatedTotalValue(context.facts);
    const lightTouch = context.settings.procedure === 'light-touch';
    const notRequiredWhy = context.settings.regime !== 'pa2023'
      ? null
      : lightTouch
        ? 'a light-touch contract'
        : total && total.amount <= KPI_DUTY_FROM
          ? `estimated value ${formatPounds(total.amount)}, not above £5,000,000`
          : null;
    for (const k of context.facts.proportionality.kpis) {
      if (k.count > maxKpis) {
        context.report({ messageId: 'tooManyKpis', data: { count: k.count, annual: annualText, max: maxKpis }, range: k.range, facts: [valueFact] });
      } else if (k.count >= 3 && notRequiredWhy) {
        context.report({ messageId: 'notRequired', data: { count: k.count, why: notRequiredWhy }, range: k.range, severity: 'info', facts: [valueFact] });
      }
    }
  },
});
