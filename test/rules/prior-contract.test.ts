import rule from '../../rules/proportionality/prior-contract';
import { testRule } from '../helpers/rule-tester';

const sq = '---\ntenderlint:\n  kind: sq\n  regime: pa2023\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'any client', text: `${sq}Describe two contracts of a similar nature delivered for any public or private client. Previous work with the Council is not required and gives no advantage.\n` },
    { name: 'the exclusion ground on prior contracts', text: `${sq}Has your organisation shown significant or persistent deficiencies in the performance of a prior contract with the Authority which led to its termination?\n` },
    { name: 'a description, not a condition', text: `${sq}The current contract with the Council ends on 31 March 2027.\n` },
    { name: 'not applied under the PCR', text: '---\ntenderlint:\n  kind: sq\n  regime: pcr2015\n---\n\nBidders must have delivered a contract for the Council in the last three years.\n' },
  ],
  invalid: [
    { name: 'delivered for the Council', text: `${sq}Bidders must have delivered a contract for the Council in the last three years.\n`, errors: [{ messageId: 'priorContract', line: 7, column: 19 }] },
    { name: 'only existing providers', text: `${sq}Only existing providers to the Council will be eligible to bid.\n`, errors: [{ messageId: 'priorContract', line: 7, column: 6 }] },
  ],
});
