import rule from '../../rules/proportionality/experience-years';
import { testRule } from '../helpers/rule-tester';

const sq = '---\ntenderlint:\n  kind: sq\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'a window for examples, with a route for new organisations', text: `${sq}Describe up to three contracts delivered in the last five years that are relevant to this service. New organisations may describe relevant work by their staff or trustees instead.\n` },
    { name: "a named role's experience", text: `${sq}The service manager must have at least three years' experience of supervising advisers.\n` },
    { name: 'two years is below the default', text: `${sq}Bidders must have at least two years' experience of delivering similar services.\n` },
    { name: 'an alternative route', text: `${sq}Bidders must have 3 years' experience or equivalent evidence of their capability.\n` },
    { name: 'a description in a bid', text: `${sq}We have ten years' experience of running advice services.\n` },
  ],
  invalid: [
    { name: 'five years demanded', text: `${sq}Bidders must have at least five years' experience of delivering advocacy services.\n`, errors: [{ messageId: 'minimumYears', line: 6, column: 28, message: '5 years' }] },
    { name: 'trading for three years', text: `${sq}- Organisations must have been trading for at least 3 years.\n`, errors: [{ messageId: 'minimumYears', line: 6, column: 53 }] },
    { name: 'option maxYears', text: `${sq}Bidders must have at least two years' experience of delivering similar services.\n`, options: { maxYears: 2 }, errors: [{ messageId: 'minimumYears', line: 6 }] },
  ],
});
