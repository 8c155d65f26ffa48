/** Rule tests for the consortium family: each rule fires on the shapes it names and stays silent on sound wording. */
import { describe, expect, it } from 'vitest';
import silent, { CONSORTIUM_CLAUSE } from '../../rules/consortium/silent';
import prohibited from '../../rules/consortium/prohibited';
import legalForm from '../../rules/consortium/legal-form';
import perMemberStanding from '../../rules/consortium/per-member-standing';
import leadMember from '../../rules/consortium/lead-member';
import jointSeveral from '../../rules/consortium/joint-several';
import subcontracting from '../../rules/consortium/subcontracting';
import conflictOfInterest from '../../rules/consortium/conflict-of-interest';
import smeVcseSuitability from '../../rules/consortium/sme-vcse-suitability';
import { testRule } from '../helpers/rule-tester';
import { lintWith } from '../helpers/lint';

const front = (kind: string, regime?: string) => `---\ntenderlint:\n  kind: ${kind}\n${regime ? `  regime: ${regime}\n` : ''}---\n\n`;
const itt = (regime = 'pa2023') => `${front('itt', regime)}# Invitation to Tender: Community Connectors Service\n\n## 2. Who may bid\n\n`;
// Content after `itt()` starts on line 11.

/** Consortium-friendly wording on which every rule of the family stays silent. */
export const FRIENDLY = `${front('itt', 'pa2023')}# Invitation to Tender: Community Connectors Service

## 1. About this opportunity

The Council considers this contract suitable for SMEs and VCSEs.

## 2. Who may bid

Bids from single organisations, consortia and organisations working with subcontractors are welcome. A consortium
does not need to form a legal entity in order to bid. A consortium should nominate a lead member, who submits the
tender on behalf of the consortium; each member completes Parts 1 and 2 of the questionnaire, and the lead member
describes each member's role.

## 3. Conditions of participation

A consortium's economic and financial standing will be assessed on the combined resources of its members. Bidders
must have an annual turnover of at least £120,000, or show another way that they can bear the contract's risk.

Where a bidder relies on another member's financial standing, those members will be jointly and severally liable
for the contract.

Subcontracting is permitted. Home visits to adults at risk must be made by the provider's own vetted staff, because
of the safeguarding duties attached to them.

## 4. Conflicts of interest

A conflict of interest arises where an organisation's involvement could give it an unfair advantage. Taking part
in the market engagement events will not prevent an organisation from bidding: everything shared at the events is
published with this tender.
`;

const ALL = [silent, prohibited, legalForm, perMemberStanding, leadMember, jointSeveral, subcontracting, conflictOfInterest, smeVcseSuitability];

describe('consortium-friendly wording', () => {
  it('draws no consortium finding', () => {
    const findings = lintWith(FRIENDLY).findings.filter((f) => f.family === 'consortium');
    expect(findings.map((f) => `${f.range.start.line} ${f.ruleId}`)).toEqual([]);
  });

  it('draws no consortium finding under PCR 2015 either', () => {
    const findings = lintWith(FRIENDLY.replace('regime: pa2023', 'regime: pcr2015')).findings.filter((f) => f.family === 'consortium');
    expect(findings).toEqual([]);
  });

  it('is read as covering every subject', () => {
    expect(ALL.length).toBe(9);
  });
});

/** A United States solicitation: none of the family applies. */
const US_RFQ = `${front('itt')}# Request for Quotation

Quoters must submit by the deadline. The Contracting Officer will answer questions. FAR 52.212-1 applies.

Offerors must have an annual turnover of at least $2m. Joint venture quotes will not be accepted. Subcontracting will not be permitted.
`;

const SQ_SILENT = `${front('sq')}# Selection Questionnaire: Home Library Service

## 1. Instructions

Complete every part of this questionnaire and return it through the portal.

## 2. Financial standing

Bidders must have a minimum annual turnover of £80,000.
`;

testRule(silent, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'consortia mentioned only in a selection question', text: `${SQ_SILENT}\nIf you are bidding as part of a consortium, give the name of the lead member.\n` },
    { name: 'a short extract with no selection wording', text: `${front('sq')}# Selection Questionnaire\n\nBidders must hold ISO 9001 or equivalent.\n` },
    { name: 'a United States solicitation', text: US_RFQ },
    { name: 'a contract', text: `${front('contract')}# Terms and Conditions\n\nThe Supplier must have a turnover of £1m.\n` },
    {
      name: 'an ITT attachment with no deadline (kind detected)',
      text: '# Invitation to Tender: Quality Questionnaire\n\nAnswer each question below. Financial standing was assessed at the selection stage.\n',
    },
  ],
  invalid: [
    {
      name: 'an SQ silent on consortia: the clause goes at the end of the instructions',
      text: SQ_SILENT,
      errors: [{ messageId: 'silent', line: 6, severity: 'warning' }],
      output: SQ_SILENT.replace('through the portal.\n', `through the portal.\n\n${CONSORTIUM_CLAUSE}\n`),
    },
    {
      name: 'an ITT with conditions of participation and no word on groups: the clause goes at the end',
      text: `${front('itt', 'pa2023')}# Invitation to Tender: Lunch Clubs\n\nThe conditions of participation are set out below.\n`,
      errors: [{ messageId: 'silent', line: 7 }],
      output: `${front('itt', 'pa2023')}# Invitation to Tender: Lunch Clubs\n\nThe conditions of participation are set out below.\n\n${CONSORTIUM_CLAUSE}\n`,
    },
  ],
});

testRule(prohibited, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'one bid per organisation', text: `${itt()}Bids from consortia are welcome. An organisation cannot be a member of more than one consortium for the same lot.\n` },
    { name: 'membership changes', text: `${itt()}Changes to the membership of a consortium will not be permitted after the deadline without our agreement.\n` },
    { name: 'award to one entity', text: `${itt()}The contract will be awarded to a single legal entity, which may be the lead member of a consortium.\n` },
    { name: 'a United States solicitation', text: US_RFQ },
    { name: 'a response is not checked', text: `${front('response')}# Our tender\n\nWe will not accept bids from consortia in our supply chain.\n` },
  ],
  invalid: [
    { name: 'refused under PCR 2015', text: `${itt('pcr2015')}Bids from consortia will not be accepted.\n`, errors: [{ messageId: 'prohibitedPcr', line: 11, severity: 'error', message: 'reg 19' }] },
    { name: 'refused under the Procurement Act', text: `${itt()}The Council will not accept bids from consortia.\n`, errors: [{ messageId: 'prohibited', line: 11, severity: 'warning' }] },
    { name: 'a single legal entity, in a numbered clause', text: `${itt()}3.2 Tenders must be submitted by a single legal entity.\n`, errors: [{ messageId: 'singleEntity', line: 11 }] },
    { name: 'a single legal entity under PCR', text: `${itt('pcr2015')}- Only single organisations may apply.\n`, errors: [{ messageId: 'singleEntityPcr', line: 11, severity: 'error' }] },
    { name: 'a form row answered No', text: `${itt()}| Question | Answer |\n| --- | --- |\n| Are consortium bids accepted? | No |\n`, errors: [{ messageId: 'prohibited', line: 13 }] },
    { name: 'a label/value line', text: `${itt()}Consortium bids: not permitted\n`, errors: [{ messageId: 'prohibited', line: 11 }] },
  ],
});

testRule(legalForm, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'after award', text: `${itt('pcr2015')}If successful, the consortium will be required to form a legal entity before the contract is signed.\n` },
    { name: 'a reservation', text: `${itt('pcr2015')}We may require a consortium to form a specific legal entity if necessary for the performance of the contract.\n` },
    { name: 'a choice', text: `${itt()}Where a consortium intends to establish a legal entity to deliver the contract, tell us its proposed structure.\n` },
    { name: 'not a group', text: `${itt()}The successful provider must be a company registered in England and Wales.\n` },
  ],
  invalid: [
    { name: 'before bidding under PCR 2015', text: `${itt('pcr2015')}Consortia must form a single legal entity before submitting a tender.\n`, errors: [{ messageId: 'beforeSubmission', line: 11, severity: 'error' }] },
    { name: 'before award under the Act', text: `${itt()}A consortium will be required to establish a special purpose vehicle before contract award.\n`, errors: [{ messageId: 'beforeAward', line: 11, severity: 'warning' }] },
    { name: 'no timing', text: `${itt('pcr2015')}Consortia must form a legal entity.\n`, errors: [{ messageId: 'unspecified', line: 11, severity: 'warning' }] },
    { name: 'in a table cell', text: `${itt()}| Topic | Requirement |\n| --- | --- |\n| Consortium bids | Members must incorporate a joint venture company in order to bid |\n`, errors: [{ messageId: 'beforeSubmission', line: 13 }] },
  ],
});

testRule(perMemberStanding, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'aggregate turnover', text: `${itt()}For consortium bids, turnover will be assessed on the aggregate turnover of the members.\n` },
    { name: 'parts completed by each member', text: `${itt()}Every member of the consortium must complete Parts 1 and 2 of the questionnaire.\n` },
    { name: 'lead member only', text: `${itt()}Only the lead member of the consortium will be subject to the financial standing assessment.\n` },
  ],
  invalid: [
    { name: 'turnover of each member', text: `${itt()}Each consortium member must individually meet the minimum turnover of £500,000.\n`, errors: [{ messageId: 'eachMember', line: 11, severity: 'warning' }] },
    {
      name: 'each member assessed separately, in the next sentence',
      text: `${itt()}Each consortium member must complete the financial risk assessment tool. Each consortium member will be assessed separately.\n`,
      errors: [{ messageId: 'eachMember', line: 11 }],
    },
    { name: 'in their own right, in a list item', text: `${itt()}- All members of the consortium must satisfy the conditions of participation in their own right.\n`, errors: [{ messageId: 'eachMember', line: 11 }] },
  ],
});

const SQ = `${front('sq')}# Selection Questionnaire: Befriending Service\n\n## Financial standing\n\nBidders must have an annual turnover of at least £100,000.\n\n## Who may bid\n\n`;
// Content after `SQ` starts on line 14.

testRule(leadMember, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'a lead member named', text: `${SQ}Bids from consortia are welcome. A consortium must nominate a lead member who will sign the contract.\n` },
    { name: 'a composite answer', text: `${SQ}Bids from consortia are welcome; Part 3 is answered for the consortium as one composite response.\n` },
    { name: 'refused (another rule reports it)', text: `${SQ}Consortium bids will not be accepted.\n` },
    { name: 'no selection wording', text: `${front('itt')}# Invitation to Tender: Befriending\n\nBids from consortia are welcome.\n` },
  ],
  invalid: [
    { name: 'welcome and nothing more', text: `${SQ}Bids from consortia are welcome.\n`, errors: [{ messageId: 'noInstructions', line: 14, severity: 'info' }] },
    { name: 'a form row answered Yes', text: `${SQ}| Question | Answer |\n| --- | --- |\n| Are consortium bids accepted? | Yes |\n`, errors: [{ messageId: 'noInstructions', line: 16 }] },
  ],
});

testRule(jointSeveral, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'several suppliers party to a contract', text: `${itt()}If more than one Supplier is party to the Contract, each Supplier is jointly and severally liable for its obligations.\n` },
    { name: 'expressly not required', text: `${itt()}Consortium members will not be required to accept joint and several liability.\n` },
  ],
  invalid: [
    { name: 'the whole contract', text: `${itt()}All consortium members will be jointly and severally liable for the performance of the contract.\n`, errors: [{ messageId: 'wholeContract', line: 11, severity: 'warning' }] },
    { name: 'from submission', text: `${itt()}7.4 Members of the consortium shall be jointly and severally liable from the date of submission.\n`, errors: [{ messageId: 'fromSubmission', line: 11 }] },
  ],
});

testRule(subcontracting, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'consent', text: `${itt()}The Supplier shall not subcontract any of its obligations without the prior written consent of the Council.\n` },
    { name: 'a reason in the next sentence', text: `${itt()}Subcontracting will not be permitted. This is because staff must hold enhanced vetting held by the provider.\n` },
    { name: 'the whole contract', text: `${itt()}The Supplier shall not subcontract the whole of the Services.\n` },
    {
      name: 'contract terms whose kind is not stated',
      text: `# Core Terms\n\n${Array.from({ length: 8 }, (_, i) => `${i + 1}. The Supplier shall comply with clause ${i + 1} of this Contract.`).join('\n\n')}\n\nThe Supplier shall not subcontract any of its obligations.\n`,
    },
    { name: 'a United States solicitation', text: US_RFQ },
  ],
  invalid: [
    { name: 'banned', text: `${itt()}Subcontracting will not be permitted.\n`, errors: [{ messageId: 'prohibited', line: 11, severity: 'warning' }] },
    { name: 'capped', text: `${itt()}- Subcontracting is limited to 20% of the contract value.\n`, errors: [{ messageId: 'restricted', line: 11 }] },
    { name: 'all services by own staff', text: `${itt()}The provider must deliver all the services with its own staff.\n`, errors: [{ messageId: 'restricted', line: 11 }] },
  ],
});

testRule(conflictOfInterest, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'exclusion only where unavoidable', text: `${itt()}Organisations that took part in market engagement will be excluded only if an unfair advantage cannot be avoided by other means.\n` },
    { name: 'a discretionary remedy', text: `${itt()}We may exclude a bidder where a conflict of interest cannot be dealt with in any other way.\n` },
    { name: 'a defined term', text: `${itt()}A conflict of interest arises where a bidder could gain an unfair advantage.\n\nOrganisations with a conflict of interest will be excluded.\n` },
    { name: 'a duty to declare', text: `${itt()}You must tell us about any conflict of interest.\n` },
  ],
  invalid: [
    { name: 'market engagement participants barred', text: `${itt()}Organisations that took part in the market engagement events will be excluded from bidding.\n`, errors: [{ messageId: 'marketEngagement', line: 11, severity: 'warning' }] },
    { name: 'designers barred', text: `${itt()}Providers who helped in the design of the specification will not be permitted to tender.\n`, errors: [{ messageId: 'marketEngagement', line: 11 }] },
    { name: 'an undefined ground of exclusion', text: `${itt()}Organisations with a conflict of interest will be excluded.\n`, errors: [{ messageId: 'undefinedTerm', line: 11 }] },
  ],
});

testRule(smeVcseSuitability, {
  valid: [
    { name: 'consortium-friendly wording', text: FRIENDLY },
    { name: 'a notice field', text: `${itt()}| Notice field | Entry |\n| --- | --- |\n| Suitable for SMEs | Yes |\n| Suitable for VCSEs | Yes |\n` },
    { name: 'a PCR 2015 tender', text: `${itt('pcr2015')}Tenders must be returned by the deadline.\n` },
    { name: 'regime unknown and no Procurement Act terms', text: `${front('itt')}# Invitation to Tender\n\nTenders must be returned by the deadline.\n` },
    { name: 'a selection questionnaire', text: `${front('sq', 'pa2023')}# Selection Questionnaire\n\nAnswer every question.\n` },
  ],
  invalid: [
    { name: 'no statement under the Act', text: `${itt()}Tenders must be returned by the deadline.\n`, errors: [{ messageId: 'missing', line: 7, severity: 'info' }] },
    {
      name: 'regime not stated, but the Act\'s terms used',
      text: `${front('itt')}# Invitation to Tender\n\nRegister on the Central Digital Platform before you bid. Tenders must be returned by the deadline.\n`,
      errors: [{ messageId: 'missing', line: 6 }],
    },
  ],
});
