import rule from '../../rules/proportionality/or-equivalent';
import { testRule } from '../helpers/rule-tester';

const sq = '---\ntenderlint:\n  kind: sq\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'or equivalent follows', text: `${sq}Bidders must hold ISO 9001 or equivalent.\n` },
    { name: '(or equivalent) in brackets', text: `${sq}Bidders must hold ISO 14001 (or equivalent) by the contract start date.\n` },
    { name: 'equivalent evidence allowed later in the sentence', text: `${sq}Bidders must hold Cyber Essentials, or provide equivalent evidence of their IT security controls.\n` },
    { name: 'a description, not a demand', text: `${sq}The Council holds ISO 27001 for its own data centre.\n` },
    { name: 'equivalent to a standard', text: `${sq}Suppliers must operate a quality system equivalent to ISO 9001.\n` },
    { name: 'a bid response is not checked', text: '---\ntenderlint:\n  kind: response\n---\n\nWe must stress that we hold ISO 9001:2015 and are required by our funders to keep it.\n' },
  ],
  invalid: [
    {
      name: 'ISO 9001:2015 demanded',
      text: `${sq}Bidders must hold ISO 9001:2015 certification at the time of submission.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 6, column: 19, endColumn: 32, message: '"ISO 9001:2015"' }],
      output: `${sq}Bidders must hold ISO 9001:2015 or equivalent certification at the time of submission.\n`,
    },
    {
      name: 'two standards in one sentence',
      text: `${sq}Accreditation to CHAS and Investors in People is mandatory.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 6, column: 18 }, { messageId: 'missingEquivalent', line: 6, column: 27 }],
      output: `${sq}Accreditation to CHAS or equivalent and Investors in People or equivalent is mandatory.\n`,
    },
    {
      name: 'in a list item',
      text: `${sq}## Requirements\n\n- The provider shall hold the PQASSO quality mark.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 8, column: 31 }],
      output: `${sq}## Requirements\n\n- The provider shall hold the PQASSO or equivalent quality mark.\n`,
    },
  ],
});
