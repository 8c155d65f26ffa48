import rule from '../../rules/proportionality/unlimited-liability';
import { testRule } from '../helpers/rule-tester';

const contract = '---\ntenderlint:\n  kind: contract\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'a cap with the legal carve-outs', text: `${contract}The Provider's total liability under this contract shall not exceed £500,000. Nothing in this contract limits either party's liability for death or personal injury caused by negligence, or for fraud.\n` },
    { name: 'unlimited rights in data are not liability', text: `${contract}The Government shall have unlimited rights in any data first created in the performance of this contract.\n` },
    { name: "the authority's own liability", text: `${contract}The Council's liability for its own negligence shall not be limited.\n` },
  ],
  invalid: [
    { name: 'unlimited liability', text: `${contract}The Provider's liability under this contract shall be unlimited.\n`, errors: [{ messageId: 'unlimited', line: 6, column: 16 }] },
    { name: 'indemnity without limit', text: `${contract}12.1 The Supplier shall indemnify the Council in full and without limit against all losses arising from the services.\n`, errors: [{ messageId: 'unlimited', line: 6 }] },
  ],
});
