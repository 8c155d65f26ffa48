import { describe, expect, it } from 'vitest';
import rule from '../../rules/proportionality/insurance-before-award';
import { testRule } from '../helpers/rule-tester';
import { applySuggestion } from '../helpers/suggestions';
import { lintWith, onlyRule } from '../helpers/lint';

const itt = '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n';
const pcr = '---\ntenderlint:\n  kind: sq\n  regime: pcr2015\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'cover from the contract start date', text: `${itt}Confirm that you will hold public liability insurance of £5m from the contract start date.\n` },
    {
      name: 'the standard SQ wording (already have, or can commit to obtain)',
      text: `${itt}## Insurance\n\nPlease confirm whether you already have, or can commit to obtain, prior to the commencement of the contract, the levels of insurance cover indicated below:\n\n- Public Liability Insurance = £5,000,000\n- Professional Indemnity Insurance = £1,000,000\n`,
    },
    { name: "employer's liability is compulsory anyway", text: `${itt}Bidders must hold £5m employer's liability insurance at the time of submission, as the law requires.\n` },
    { name: 'the successful bidder provides certificates', text: `${itt}The successful bidder must provide copies of its public liability and professional indemnity insurance certificates before the contract starts.\n` },
    { name: 'a form question that allows cover to be obtained', text: `${pcr}| Question | Answer |\n| --- | --- |\n| Do you have, or will you obtain if successful, public liability insurance of £2m? | Yes / No |\n` },
    {
      name: "a rejection list naming only employer's liability",
      text: `${pcr}We will reject your request to participate if you:\n\n1. do not confirm that you have employer's liability insurance of £5,000,000 minimum.\n`,
    },
  ],
  invalid: [
    {
      name: 'public liability at submission (PA 2023)',
      text: `${itt}Bidders must hold public liability insurance of at least £10m at the time of submission.\n`,
      errors: [{ messageId: 'beforeAwardPa', line: 7, column: 19, message: 's.22(3)(b)' }],
    },
    {
      name: 'two covers and certificates attached',
      text: `${itt}Hold £10m public liability and £5m PI at submission; attach certificates.\n`,
      errors: [{ messageId: 'beforeAwardPa', line: 7, column: 11 }, { messageId: 'beforeAwardPa', line: 7, column: 36 }],
    },
    {
      name: 'before award under the PCR (guidance)',
      text: `${pcr}The provider must hold professional indemnity insurance of £2m before the contract is awarded.\n`,
      errors: [{ messageId: 'beforeAward', line: 7, column: 24, message: 'PPN 03/24' }],
    },
    {
      name: 'a numbered list of reasons to reject a request to participate',
      text: `${pcr}We will reject your request to participate if you:\n\n1. do not confirm that you have employer's liability insurance of £5,000,000 minimum;\n2. do not confirm that you have public liability insurance of £2,000,000 minimum;\n3. do not confirm that you have professional indemnity insurance of £1,000,000 minimum.\n`,
      errors: [
        { messageId: 'beforeAward', line: 10, message: 'to be held already ("confirm that you have")' },
        { messageId: 'beforeAward', line: 11 },
      ],
    },
    {
      name: 'a yes/no question in a form',
      text: `${pcr}| Question | Answer |\n| --- | --- |\n| Do you hold public liability insurance of at least £5m? | Yes / No |\n`,
      errors: [{ messageId: 'beforeAward', line: 9 }],
    },
  ],
});

describe('proportionality/insurance-before-award suggestion', () => {
  it('rewrites the timing to the contract start date', () => {
    const text = `${itt}Bidders must hold public liability insurance of at least £10m at the time of submission.\n`;
    expect(applySuggestion(rule, text)).toBe(`${itt}Bidders must hold public liability insurance of at least £10m from the contract start date.\n`);
  });
  it('offers none where the rewrite would not read correctly', () => {
    const text = `${itt}Bidders must provide copies of their public liability insurance certificates with their tender.\n`;
    expect(applySuggestion(rule, text)).toBeNull();
  });
});

/** "messageId severity" of the rule's findings, at its default severity or the one given. */
function severities(text: string, severity?: 'error' | 'warning' | 'info') {
  const config = onlyRule(rule);
  if (severity) config.rules[rule.meta.id] = { ...config.rules[rule.meta.id]!, severity };
  return lintWith(text, config).findings.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.messageId} ${f.severity}`);
}

describe('proportionality/insurance-before-award severities', () => {
  const text = 'Bidders must hold public liability insurance of at least £10m at the time of submission.\n';

  it('is an error under PA 2023, where s.22(3)(b) forbids it', () => {
    expect(severities(`${itt}${text}`)).toEqual(['beforeAwardPa error']);
  });

  it('is a warning under PCR 2015, where it is policy', () => {
    expect(severities(`${pcr}${text}`)).toEqual(['beforeAward warning']);
  });

  it('applies a configured severity other than the default to every finding', () => {
    expect(severities(`${itt}${text}`, 'info')).toEqual(['beforeAwardPa info']);
  });
});
