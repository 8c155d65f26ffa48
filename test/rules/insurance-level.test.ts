import { describe, expect, it } from 'vitest';
import rule from '../../rules/proportionality/insurance-level';
import { lintWith, onlyRule } from '../helpers/lint';
import { testRule } from '../helpers/rule-tester';

const itt = '---\ntenderlint:\n  kind: itt\n---\n\n';
const value = 'The estimated contract value is £60,000 per annum.\n\n';

testRule(rule, {
  valid: [
    { name: "£5m employer's liability is the legal floor", text: `${itt}${value}The provider must hold £5m employer's liability and £1m public liability insurance from the contract start date.\n` },
    { name: 'cover at the £5m floor on a small contract', text: `${itt}${value}Confirm that you will hold public liability insurance of £5,000,000 from the contract start date.\n` },
    { name: 'large cover on a large contract', text: `${itt}The estimated contract value is £2,000,000 per annum.\n\nThe provider must hold public liability insurance of £10m from the contract start date.\n` },
    { name: 'no known value: cover at the floor', text: `${itt}The provider must hold public liability insurance of £5m from the contract start date.\n` },
    {
      name: 'no known value in a contract schedule: cover is not judged',
      text: '---\ntenderlint:\n  kind: contract\n---\n\n# Schedule 4: Insurance\n\nThe Supplier shall hold professional indemnity insurance of not less than £20,000,000 from the Commencement Date.\n',
    },
    {
      name: 'no known value in a specification: cover is not judged',
      text: '---\ntenderlint:\n  kind: spec\n---\n\n# Specification\n\nThe provider must hold public liability insurance of £10m from the contract start date.\n',
    },
    { name: 'a placeholder amount is not money', text: `${itt}${value}Public Liability Insurance = £x\n` },
  ],
  invalid: [
    {
      name: '£10m professional indemnity on £60k a year',
      text: `${itt}${value}The provider must hold professional indemnity insurance of £10m from the contract start date.\n`,
      errors: [{ messageId: 'tooHigh', line: 8, column: 60, message: 'more than £5,000,000 (the £5,000,000 floor)' }],
    },
    {
      name: 'no known value in an ITT: above the floor',
      text: `${itt}The provider must hold public liability insurance of £10m from the contract start date.\n`,
      errors: [{ messageId: 'tooHigh', line: 6, message: 'more than £5,000,000 (the £5,000,000 floor; no contract value is stated)' }],
    },
    {
      name: 'no known value: a form table of cover levels in an ITT',
      text: `${itt}| Type of insurance | Minimum cover | Do you hold this cover? |\n| --- | --- | --- |\n| Professional indemnity | £50,000,000 | Yes/No |\n`,
      errors: [{ messageId: 'tooHigh', line: 8 }],
    },
    {
      name: 'above 20 × the annual value derived from total and term',
      text: `${itt}The estimated total contract value is £1,500,000 over three years.\n\nThe provider must hold public liability insurance of £15m from the contract start date.\n`,
      errors: [{ messageId: 'tooHigh', line: 8, message: '20 × the contract value of £500,000 a year' }],
    },
    {
      name: "employer's liability below the legal minimum",
      text: `${itt}${value}The provider must hold employer's liability insurance of £2m from the contract start date.\n`,
      errors: [{ messageId: 'belowFloor', line: 8, column: 58 }],
    },
    {
      name: 'a form table of cover levels',
      text: `${itt}${value}| Type of insurance | Minimum cover | Do you hold this cover? |\n| --- | --- | --- |\n| Public liability | £10,000,000 | Yes/No |\n| Employer's liability | £5,000,000 | Yes/No |\n`,
      errors: [{ messageId: 'tooHigh', line: 10, column: 22 }],
    },
    {
      name: 'a numbered list of cover levels',
      text: `${itt}${value}Please confirm that you will have the following cover from the contract start date:\n\n1. Public liability insurance: £10m\n2. Professional indemnity insurance: £1m\n`,
      errors: [{ messageId: 'tooHigh', line: 10 }],
    },
  ],
});

/** "messageId severity" of the rule's findings, at its default severity or the one given. */
function severities(text: string, severity?: 'error' | 'warning' | 'info') {
  const config = onlyRule(rule);
  if (severity) config.rules[rule.meta.id] = { ...config.rules[rule.meta.id]!, severity };
  return lintWith(text, config).findings.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.messageId} ${f.severity}`);
}

describe('proportionality/insurance-level severities', () => {
  it("is an error for employer's liability below the legal £5m and a warning for cover judged too high", () => {
    expect(
      severities(`${itt}${value}The provider must hold employer's liability insurance of £2m and professional indemnity insurance of £10m from the contract start date.\n`),
    ).toEqual(['belowFloor error', 'tooHigh warning']);
  });

  it('applies a configured severity other than the default to every finding', () => {
    expect(severities(`${itt}${value}The provider must hold employer's liability insurance of £2m from the contract start date.\n`, 'info')).toEqual(['belowFloor info']);
  });
});
