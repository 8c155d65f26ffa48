import { describe, expect, it } from 'vitest';
import rule, { ALTERNATIVE_WORDING } from '../../rules/proportionality/audited-accounts';
import { testRule } from '../helpers/rule-tester';
import { applySuggestion } from '../helpers/suggestions';

const sq = '---\ntenderlint:\n  kind: sq\n---\n\n';

testRule(rule, {
  valid: [
    { name: "two years' accounts or management accounts", text: `${sq}Bidders shall provide two years' accounts or, if they have traded for less than two years, management accounts and a statement of their financial position.\n` },
    { name: 'audited if required by law', text: `${sq}Please provide a copy of your detailed accounts for the last two years (audited if required by law).\n` },
    {
      name: 'alternatives in the list that follows (the standard SQ)',
      text: `${sq}## Economic and financial standing\n\nPlease provide your audited accounts for the most recent two years.\n\nIf you cannot provide audited accounts, please provide any of the following alternatives:\n\n- a statement of your turnover, profit and loss and cash flow for the most recent year of trading;\n- a bank letter outlining your current cash and credit position.\n`,
    },
    { name: 'one year of accounts', text: `${sq}Please provide your latest annual accounts.\n` },
    { name: 'a bid response describing its accounts', text: `${sq}We will provide our audited accounts on request.\n` },
  ],
  invalid: [
    {
      name: "three years' audited accounts",
      text: `${sq}Bidders must provide three years' audited accounts.\n`,
      errors: [{ messageId: 'noAlternative', line: 6, column: 28, message: '3 years of audited accounts' }],
    },
    {
      name: 'organisations trading under three years barred',
      text: `${sq}Organisations trading for less than three years will not be considered.\n`,
      errors: [{ messageId: 'tradingBar', line: 6, column: 15, message: 'less than 3 years' }],
    },
  ],
});

describe('proportionality/audited-accounts suggestion', () => {
  it('appends alternative-evidence wording after the sentence', () => {
    const text = `${sq}Bidders must provide three years' audited accounts. Copies must be certified.\n`;
    expect(applySuggestion(rule, text)).toBe(`${sq}Bidders must provide three years' audited accounts.${ALTERNATIVE_WORDING} Copies must be certified.\n`);
  });
  it('the suggested text is sound', async () => {
    const fixed = applySuggestion(rule, `${sq}Bidders must provide three years' audited accounts.\n`)!;
    expect(applySuggestion(rule, fixed)).toBeNull();
  });
});
