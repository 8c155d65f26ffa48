import rule from '../../rules/proportionality/unlimited-liability';
import { testRule } from '../helpers/rule-tester';

const contract = '---\ntenderlint:\n  kind: contract\n---\n\n';

testRule(rule, {
  valid: [
    { name: 'a cap with the legal carve-outs', text: `${contract}The Provider's total liability under this contract shall not exceed £500,000. Nothing in this contract limits either party's liability for death or personal injury caused by negligence, or for fraud.\n` },
    { name: 'unlimited rights in data are not liability', text: `${contract}The Government shall have unlimited rights in any data first created in the performance of this contract.\n` },
    { name: "the authority's own liability", text: `${contract}The Council's liability for its own negligence shall not be limited.\n` },
    {
      name: 'an indemnity under a cap elsewhere in the document',
      text: `${contract}8.1 The Provider shall indemnify the Council against all losses arising from its breach of this contract.\n\n12.1 The Provider's total liability under this contract shall not exceed £250,000.\n`,
    },
    {
      name: 'an indemnity in a schedule that refers to the limitation clause',
      text: `${contract}1.1 The Provider shall indemnify the Council against all claims by transferring staff.\n\n1.2 Clause 12 (Limitation of Liability) of the Conditions applies to this schedule.\n`,
    },
    { name: "the authority's indemnity taken outside the cap", text: `${contract}Despite clause 12.2, the Council does not limit its liability for any indemnity given under clause 7.\n` },
    { name: "an insurer's indemnity to principals", text: `${contract}The Provider shall ensure that its public liability policy contains an indemnity to principals clause.\n` },
    { name: 'an indemnity for death or personal injury', text: `${contract}The Provider shall indemnify the Council against all claims for death or personal injury caused by its negligence.\n` },
  ],
  invalid: [
    { name: 'unlimited liability', text: `${contract}The Provider's liability under this contract shall be unlimited.\n`, errors: [{ messageId: 'unlimited', line: 6, column: 16 }] },
    { name: 'indemnity without limit', text: `${contract}12.1 The Supplier shall indemnify the Council in full and without limit against all losses arising from the services.\n`, errors: [{ messageId: 'unlimited', line: 6 }] },
    {
      name: 'indemnities taken outside the cap',
      text: `${contract}12.1 The Provider's total liability under this contract shall not exceed £250,000.\n\n12.2 Despite clause 12.1, the Provider does not limit or exclude its liability for any indemnity given under clauses 8.2 and 9.4.\n`,
      errors: [{ messageId: 'unlimited', line: 8 }],
    },
    {
      name: 'the cap said not to apply to the indemnities',
      text: `${contract}12.1 The Provider's total liability under this contract shall not exceed £250,000.\n\n12.2 The limits on liability in clause 12.1 shall not apply to the indemnities in clauses 8 and 9.\n`,
      errors: [{ messageId: 'unlimited', line: 8 }],
    },
    {
      name: 'an indemnity against all losses where only indirect loss is excluded',
      text: `${contract}8.1 The Provider shall indemnify and keep indemnified the Council from and against all and any losses whatsoever arising from the transfer of staff.\n\n12.1 Neither party shall be liable to the other for any indirect or consequential loss.\n`,
      errors: [{ messageId: 'uncappedIndemnity', line: 6, message: 'caps no liability' }],
    },
  ],
});
