import { describe, expect, it } from 'vitest';
import rule from '../../rules/proportionality/kpi-burden';
import { testRule } from '../helpers/rule-tester';
import { lintWith, onlyRule } from '../helpers/lint';

const fm = (kind: string, regime: string, procedure?: string) =>
  `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n${procedure ? `  procedure: ${procedure}\n` : ''}---\n\n`;
/** Front matter (6 lines) and a value paragraph: the monitoring text starts on line 11. */
const spec = (value: string, regime = 'pcr2015') =>
  `${fm('spec', regime)}# Specification: Community Befriending\n\nThe estimated contract value is ${value} per annum. The contract will run for an initial term of two years.\n\n`;

const kpiTable = (rows: number) =>
  `## Performance\n\n| KPI | Target | Reported |\n| --- | --- | --- |\n${Array.from({ length: rows }, (_, i) => `| Measure ${i + 1} | 90% | Quarterly |\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'quarterly reports on four measures (PCR 2015)',
      text: `${spec('£40,000')}The provider must submit quarterly monitoring reports showing the number of people supported and their outcomes. Performance will be measured against 4 KPIs.\n`,
    },
    {
      name: 'monthly reporting on a small contract',
      text: `${spec('£60,000')}The provider will submit a short monthly report of referrals and waiting times.\n`,
    },
    {
      name: 'weekly reporting on a large contract',
      text: `${spec('£1,200,000')}The provider must submit weekly reports of bed occupancy to the Council.\n`,
    },
    {
      name: 'many KPIs on a large contract',
      text: `${spec('£2,000,000')}Performance will be measured against 20 KPIs.\n`,
    },
    { name: 'no contract value known', text: `${fm('spec', 'pa2023')}# Specification\n\nThe provider must submit weekly monitoring reports.\n` },
    { name: 'invoices, not reports', text: `${spec('£40,000')}Invoices must be submitted weekly.\n` },
    { name: 'two KPIs under the Act', text: `${spec('£40,000', 'pa2023')}Performance will be measured against 2 KPIs.\n` },
  ],
  invalid: [
    {
      name: 'weekly returns on a £40,000 contract',
      text: `${spec('£40,000')}The provider must submit weekly monitoring reports.\n`,
      errors: [{ messageId: 'frequentReporting', line: 11, column: 26, message: 'Weekly reporting on a contract worth £40,000 a year' }],
    },
    {
      name: '25 KPIs on a £40,000 contract',
      text: `${spec('£40,000')}Performance will be measured against 25 KPIs.\n`,
      errors: [{ messageId: 'tooManyKpis', line: 11, column: 38, message: '25 KPIs' }],
    },
    {
      name: 'a KPI table with ten rows',
      text: `${spec('£100,000')}${kpiTable(10)}`,
      errors: [{ messageId: 'tooManyKpis', line: 13, column: 1, message: '10 KPIs' }],
    },
    {
      name: 'KPIs the Act does not require (information)',
      text: `${spec('£40,000', 'pa2023')}Performance will be measured against 5 KPIs.\n`,
      errors: [{ messageId: 'notRequired', line: 11, message: 'not above £5,000,000' }],
    },
    {
      name: 'options maxKpis and smallContractValue',
      text: `${spec('£300,000')}Performance will be measured against 6 KPIs.\n`,
      options: { maxKpis: 5, smallContractValue: 500_000 },
      errors: [{ messageId: 'tooManyKpis', line: 11 }],
    },
  ],
});

describe('proportionality/kpi-burden severities', () => {
  const severities = (text: string, severity?: 'error' | 'warning' | 'info' | 'off') => {
    const config = onlyRule(rule);
    if (severity) config.rules[rule.meta.id] = { ...config.rules[rule.meta.id]!, severity };
    return lintWith(text, config).findings.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.messageId} ${f.severity}`);
  };

  it('gives the note that s.52 does not require KPIs as information, and the burdens as warnings', () => {
    expect(severities(`${spec('£40,000', 'pa2023')}The provider must submit weekly monitoring reports. Performance will be measured against 5 KPIs.\n`)).toEqual([
      'frequentReporting warning',
      'notRequired info',
    ]);
  });

  it('applies a configured severity other than the default to every finding', () => {
    expect(severities(`${spec('£40,000', 'pa2023')}Performance will be measured against 5 KPIs.\n`, 'warning')).toEqual(['notRequired info']);
    expect(severities(`${spec('£40,000', 'pa2023')}Performance will be measured against 5 KPIs.\n`, 'error')).toEqual(['notRequired error']);
  });
});
