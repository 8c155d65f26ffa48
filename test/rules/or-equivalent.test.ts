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
    // DPS read-first document (RM6264): "You are required to comply with DPS Schedule 9 (Cyber Essentials) for the lifetime of your appointment to this DPS."
    { name: 'a schedule title is not a demand', text: `${sq}You are required to comply with DPS Schedule 9 (Cyber Essentials) for the lifetime of your appointment to this DPS.\n` },
    { name: 'a call-off schedule title is not a demand', text: `${sq}Use of Call-Off Schedule 27 (Cyber Essentials Scheme) is mandatory for every Call-Off Contract.\n` },
    // G-Cloud 15 order form: "Outline here whether Cyber Essentials Plus certification is required or whether it's not applicable to your Call-Off Contract."
    { name: 'a question to the buyer is not a demand', text: `${sq}Outline here whether Cyber Essentials Plus certification is required or whether it's not applicable to your Call-Off Contract.\n` },
    // DPS specification (RM6264): "The Supplier shall ensure the reporting methodology follows the GHG protocol and is closely aligned with ISO 14064 / PAS 2050 & 2060 standards."
    { name: 'a method aligned with a standard', text: `${sq}The Supplier shall ensure the reporting methodology follows the GHG protocol and is closely aligned with ISO 14064 / PAS 2050 & 2060 standards.\n` },
    {
      // G-Cloud 15 "Updates to Tender Documents": rows of a change log describe amendments, not demands.
      name: 'a change log of the tender documents',
      text: `${sq}| Tender document | Description of change | Clarification Question Reference | Final document version number |\n| --- | --- | --- | --- |\n| Attachment 2 How to tender | Section 27.3 - ISO 27018 amended to mandatory for lot 1a and lot 1b if services include the provision of Public Cloud. | 479 |  |\n| Attachment 9 Key changes | Cyber Essentials Update: Amended to confirm that Cyber Essentials is a mandatory requirement for Lots 2a, 2b, and 3 | 1465 | V3.0 |\n| Framework schedule 6: order form template | Updated following amendment to Cyber Essentials requirement on all lots. | NA | V1.2 |\n`,
    },
    { name: 'a certificate asked for with equivalents', text: `${sq}Provide your ISO 9001 certificate or equivalent evidence of your quality procedures.\n` },
    { name: 'a certificate asked for only if held', text: `${sq}If you hold ISO 14001, provide your certificate.\n\nUpload your Cyber Essentials certificate (if held).\n` },
    { name: 'a standard given as an example', text: `${sq}Provide evidence of your information security arrangements, for example your Cyber Essentials certificate.\n` },
    { name: 'knowledge of a format is not a certificate', text: `${sq}Describe your team's knowledge of ISO 19115 metadata and provide two examples of its use.\n` },
    { name: 'a standard marked desirable in a requirements table', text: `${sq}| Standard | Status |\n| --- | --- |\n| ISO 27001 | Desirable |\n` },
    { name: 'a mandatory row that admits equivalents', text: `${sq}| Standard | Status | Notes |\n| --- | --- | --- |\n| ISO 27001 | Mandatory | or an equivalent standard |\n` },
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
    {
      // G-Cloud 15 order form: "Cyber Essentials Plus is a mandatory requirement for all Call-Off Contracts awarded under Lot 1a and Lot 1b" is a demand.
      name: 'a framework-wide mandatory certificate',
      text: `${sq}Cyber Essentials Plus is a mandatory requirement for all Call-Off Contracts awarded under Lot 1a and Lot 1b.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 6, column: 1 }],
      output: `${sq}Cyber Essentials Plus or equivalent is a mandatory requirement for all Call-Off Contracts awarded under Lot 1a and Lot 1b.\n`,
    },
    {
      // DPS read-first document: one sentence naming the scheme three times is one demand, reported once.
      name: 'one finding for a standard named twice in a sentence',
      text: `${sq}- Do not confirm you hold Cyber Essentials (or Cyber Essentials Plus) certification – you must have Cyber Essentials basic certification.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 6, column: 27 }],
      output: `${sq}- Do not confirm you hold Cyber Essentials or equivalent (or Cyber Essentials Plus) certification – you must have Cyber Essentials basic certification.\n`,
    },
    {
      name: 'a certificate to provide in a questionnaire form',
      text: `${sq}| Question | Guidance | Response type |\n| --- | --- | --- |\n| Provide your ISO 9001 certification |  | Upload |\n| Provide your ISO 27001 |  | Upload |\n`,
      errors: [{ messageId: 'missingEquivalent', line: 8, column: 16 }, { messageId: 'missingEquivalent', line: 9, column: 16 }],
      output: `${sq}| Question | Guidance | Response type |\n| --- | --- | --- |\n| Provide your ISO 9001 or equivalent certification |  | Upload |\n| Provide your ISO 27001 or equivalent |  | Upload |\n`,
    },
    {
      name: 'a copy of a certificate to upload',
      text: `${sq}Upload a copy of your Cyber Essentials certificate.\n`,
      errors: [{ messageId: 'missingEquivalent', line: 6, column: 23 }],
      output: `${sq}Upload a copy of your Cyber Essentials or equivalent certificate.\n`,
    },
    {
      name: 'a standard marked mandatory in a requirements table',
      text: `${sq}| Standard | Status |\n| --- | --- |\n| ISO 27001 | Mandatory |\n| ISO 9001 | Desirable |\n`,
      errors: [{ messageId: 'missingEquivalent', line: 8, column: 3 }],
      output: `${sq}| Standard | Status |\n| --- | --- |\n| ISO 27001 or equivalent | Mandatory |\n| ISO 9001 | Desirable |\n`,
    },
    {
      name: 'a standard marked mandatory in a list',
      text: `${sq}Lot 1 suppliers must hold these certificates:\n\n- ISO 20000-1 (mandatory)\n- Cyber Essentials Plus (mandatory)\n`,
      errors: [{ messageId: 'missingEquivalent', line: 8, column: 3 }, { messageId: 'missingEquivalent', line: 9, column: 3 }],
      output: `${sq}Lot 1 suppliers must hold these certificates:\n\n- ISO 20000-1 or equivalent (mandatory)\n- Cyber Essentials Plus or equivalent (mandatory)\n`,
    },
  ],
});
