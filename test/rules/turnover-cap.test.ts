import { describe, expect, it } from 'vitest';
import rule from '../../rules/proportionality/turnover-cap';
import { lintWith, onlyRule } from '../helpers/lint';
import { testRule } from '../helpers/rule-tester';

const sq = (regime: string) => `---\ntenderlint:\n  kind: sq\n  regime: ${regime}\n---\n\n`;

testRule(rule, {
  valid: [
    { name: 'twice the annual value (PA 2023)', text: `${sq('pa2023')}The estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £600,000.\n` },
    {
      name: 'reasons stated beside it',
      text: `${sq('pcr2015')}The estimated contract value is £200,000.\n\nA minimum turnover of £1m is required because the provider must fund the first six months of delivery before payment by results begins.\n`,
    },
    { name: 'no contract value known', text: `${sq('pa2023')}Bidders must have a minimum annual turnover of £2m.\n` },
    { name: 'modern slavery threshold is not a demand', text: `${sq('pa2023')}The estimated contract value is £100,000 per annum.\n\nIf your organisation has a turnover of at least £36 million, you must publish a modern slavery statement.\n` },
  ],
  invalid: [
    {
      name: '£2m for £300k a year (PA 2023)',
      text: `${sq('pa2023')}The estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £2m.\n`,
      errors: [{ messageId: 'advisory', line: 9, column: 48, message: '£2,000,000 is more than 2 × the contract value of £300,000 a year' }],
    },
    {
      name: 'PCR 2015 compares with the estimated total value',
      text: `${sq('pcr2015')}The estimated total contract value is £400,000.\n\nEach consortium member must have a turnover of at least £1,000,000.\n`,
      errors: [{ messageId: 'pcr', line: 9, message: 'reg 58(9)' }],
    },
    {
      name: 'option maxMultiple',
      text: `${sq('pa2023')}The estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £500,000.\n`,
      options: { maxMultiple: 1.5 },
      errors: [{ messageId: 'advisory', line: 9 }],
    },
  ],
});

/** "messageId severity" of the rule's findings, at its default severity or the one given. */
function severities(text: string, severity?: 'error' | 'warning' | 'info') {
  const config = onlyRule(rule);
  if (severity) config.rules[rule.meta.id] = { ...config.rules[rule.meta.id]!, severity };
  return lintWith(text, config).findings.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.messageId} ${f.severity}`);
}

describe('proportionality/turnover-cap severities', () => {
  const pcrText = `${sq('pcr2015')}The estimated total contract value is £400,000.\n\nEach consortium member must have a turnover of at least £1,000,000.\n`;
  const paText = `${sq('pa2023')}The estimated contract value is £300,000 per annum.\n\nBidders must have a minimum annual turnover of £2m.\n`;

  it('is an error under PCR 2015 without reasons, where reg 58(9) caps turnover by law', () => {
    expect(severities(pcrText)).toEqual(['pcr error']);
  });

  it('is a warning under PA 2023 and below threshold, where it is advice', () => {
    expect(severities(paText)).toEqual(['advisory warning']);
    expect(severities(paText.replace('regime: pa2023', 'regime: below-threshold'))).toEqual(['advisory warning']);
  });

  it('is a warning under PCR 2015 when the stated value is below threshold (Part 4 has no cap)', () => {
    expect(severities(`${sq('pcr2015')}The estimated total contract value is £80,000.\n\nBidders must have a minimum annual turnover of £500,000.\n`)).toEqual(['advisory warning']);
  });

  it('applies a configured severity other than the default to every finding', () => {
    expect(severities(pcrText, 'info')).toEqual(['pcr info']);
  });
});
