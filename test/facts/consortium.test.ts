/**
 * Table-driven tests for the consortium facts: group bids, legal form, group standing, lead member and roles,
 * joint and several liability, subcontracting, conflicts of interest, SME/VCSE suitability, and the signs of a
 * United States federal solicitation. Shapes: paragraphs, numbered clauses, list items, table rows and
 * label/value lines.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { addressesGroupBids } from '../../core/facts/consortium';
import { describeConsortium } from '../../core/facts/consortium-describe';

const c = (text: string) => extractFacts(parseMarkdown(text)).consortium;
const stances = (text: string) => c(text).groupBids.map((g) => (g.singleEntity ? 'single-entity' : g.stance));

describe('group bids', () => {
  it.each([
    ['Bids from consortia are welcome.', ['permitted']],
    ['We welcome bids from groups of organisations working together.', ['permitted']],
    ['Organisations may bid on their own or as part of a consortium.', ['permitted']],
    ['If you are bidding as part of a consortium, the lead member completes Section A.', ['permitted']],
    ['4.2 Joint bids will be accepted.', ['permitted']],
    ['- Consortium bids are permitted', ['permitted']],
    ['If your bid is from a consortium, name the lead contractor.', ['permitted']],
    ['Bids from consortia are welcome without any need to form a new organisation.', ['permitted']],
    ['We welcome bids from local partnerships of voluntary organisations.', ['permitted']],
    ['Organisations may bid in partnership with other providers.', ['permitted']],
    ['Providers may apply together with other organisations.', ['permitted']],
    ['The Council will accept bids from consortia.', ['permitted']],
    ['Tenders from consortia are not acceptable.', ['prohibited']],
    ['We are unable to accept bids from consortia for this contract.', ['prohibited']],
    ['Consortia are not eligible to bid.', ['prohibited']],
    ['The Authority does not permit consortium bids.', ['prohibited']],
    ['This opportunity is open to single organisations only.', ['single-entity']],
    ['Consortium bids will not be accepted.', ['prohibited']],
    ['The Council will not accept bids from consortia.', ['prohibited']],
    ['7.1 No consortium bids.', ['prohibited']],
    ['Joint tenders are excluded from this procurement.', ['prohibited']],
    ['Tenders must be submitted by a single legal entity.', ['single-entity']],
    ['Only single organisations may apply for this grant-funded service.', ['single-entity']],
    ['A consortium must include a local provider.', ['mentioned']],
    ['Give the name of each joint venture partner.', ['mentioned']],
  ])('%s', (text, expected) => {
    expect(stances(text)).toEqual(expected);
  });

  it.each([
    ['| Question | Answer |\n| --- | --- |\n| Are consortium bids accepted? | No |\n', 'prohibited'],
    ['| Question | Answer |\n| --- | --- |\n| Are consortium bids accepted? | Yes |\n', 'permitted'],
    ['| Item | Detail |\n| --- | --- |\n| Consortium bids | Not accepted |\n', 'prohibited'],
    ['Consortium bids: not permitted\n', 'prohibited'],
    ['Consortium bids:\tYes\n', 'permitted'],
    ['Are bids from consortia accepted? No.', 'prohibited'],
    ['| Question | Answer |\n| --- | --- |\n| Are consortium bids accepted? | ☐ Yes ☒ No |\n', 'prohibited'],
    ['Consortium bids accepted: [x] Yes [ ] No\n', 'permitted'],
  ])('a form answer: %s', (text, stance) => {
    expect(stances(text)).toContain(stance);
    expect(stances(text)).not.toContain(stance === 'prohibited' ? 'permitted' : 'prohibited');
  });

  it.each([
    'You cannot be a member of more than one consortium for the same lot.',
    'An organisation cannot bid on its own and as a consortium member in the same lot.',
    'Changes to the membership of a consortium will not be permitted after the deadline without our agreement.',
    'The contract will be awarded to a single legal entity, which may be the lead member of a consortium.',
    'Bids may be submitted by a single organisation or by a consortium.',
    'Late submissions from a consortium will not be accepted.',
    'Consortium bids that do not name a lead member will not be accepted.',
    'Group training sessions will not be permitted during the contract.',
    'The lead member must be a single legal entity that submits the tender.',
    'Group bids must be led by a single legal entity which will contract with the Council.',
  ])('not a bar on group bids: %s', (text) => {
    expect(stances(text)).not.toContain('prohibited');
    expect(stances(text)).not.toContain('single-entity');
  });

  it('a document that never mentions groups', () => {
    const f = c('# Invitation to Tender\n\nTenders must be returned through the portal by the deadline.\n');
    expect(f.groupBids).toEqual([]);
    expect(addressesGroupBids(f)).toBe(false);
  });

  it('keeps the source range of the words read', () => {
    const text = '# ITT\n\nThe Council will not accept bids from consortia.\n';
    const g = c(text).groupBids[0]!;
    expect(g.range.start.line).toBe(3);
    expect(text.slice(g.range.start.offset, g.range.end.offset)).toMatch(/not accept bids from consortia/);
  });
});

describe('legal form', () => {
  it.each([
    ['Consortia must form a single legal entity before submitting a tender.', 'demanded', 'submission', false],
    ['A consortium will be required to establish a special purpose vehicle before contract award.', 'demanded', 'award', false],
    ['Members of a consortium must incorporate a joint venture company in order to bid.', 'demanded', 'submission', false],
    ['Consortia must form a legal entity.', 'demanded', null, false],
    ['If successful, the consortium will be required to form a legal entity before the contract is signed.', 'demanded', 'after-award', false],
    ['Consortia will be required to form a legal entity prior to contract signature.', 'demanded', 'after-award', false],
    ['We may require a consortium to form a specific legal entity if necessary for the performance of the contract.', 'demanded', null, true],
    ['A consortium does not need to form a legal entity in order to bid.', 'not-required', null, false],
    ['Consortia are not required to have any particular legal form.', 'not-required', null, false],
    ['The Council does not require consortia to form a legal entity.', 'not-required', null, false],
    ['There is no requirement for a consortium to form a legal entity before award.', 'not-required', null, false],
    ['The consortium must be a legal entity before the tender deadline.', 'demanded', 'submission', false],
    ['The consortium must be a legal entity at the point of contract signature.', 'demanded', 'after-award', false],
  ])('%s', (text, stance, timing, conditional) => {
    const f = c(text).legalForm;
    expect(f).toHaveLength(1);
    expect(f[0]!.stance).toBe(stance);
    if (stance === 'demanded') {
      expect(f[0]!.timing).toBe(timing);
      expect(f[0]!.conditional).toBe(conditional);
    }
  });

  it.each([
    'Where you intend to establish a legal entity to deliver the contract, tell us its proposed structure.',
    'The successful provider must be a company registered in England and Wales.',
    '## Consortium information\n\nPlease state the legal form of your organisation (required).',
    'Where a special purpose vehicle already exists, it will submit the tender as lead member of the consortium.',
  ])('no demand: %s', (text) => {
    expect(c(text).legalForm.filter((f) => f.stance === 'demanded' && !f.conditional && f.timing !== 'after-award')).toEqual([]);
  });
});

describe('financial standing of a group', () => {
  it.each([
    ['Each consortium member must individually meet the minimum turnover of £500,000.', 'each-member'],
    ['All members of the consortium must satisfy the financial standing requirements in their own right.', 'each-member'],
    ['Each member of the group must complete the financial viability risk assessment separately.', 'each-member'],
    ['Each member of the consortium must have a credit score of at least 50.', 'each-member'],
    ['Each partner within the consortium must supply two years of accounts and meet the minimum turnover threshold.', 'each-member'],
    ["A consortium's economic and financial standing will be assessed on the combined resources of its members.", 'combined'],
    ['For consortium bids, turnover will be assessed on the aggregate turnover of the members.', 'combined'],
    ["For consortium bids the members' turnover will be added together.", 'combined'],
    ['Only the lead member of the consortium will be subject to the financial standing assessment.', 'lead'],
  ])('%s', (text, basis) => {
    expect(c(text).standing.map((s) => s.basis)).toEqual([basis]);
  });

  it('a separate assessment stated in the next sentence', () => {
    const f = c('Each consortium member must complete the financial risk assessment tool. Each consortium member will be assessed separately.');
    expect(f.standing.map((s) => s.basis)).toContain('each-member');
  });

  it.each([
    'Every member of the consortium must complete Parts 1 and 2 of the questionnaire.',
    'Bidders must individually sign the declaration.',
    'Each subcontractor relied on must provide its accounts.',
  ])('none in: %s', (text) => {
    expect(c(text).standing.filter((s) => s.basis === 'each-member')).toEqual([]);
  });
});

describe('lead member and roles', () => {
  it.each([
    ['A consortium must nominate a lead member who will sign the contract.', ['lead']],
    ["Please describe each consortium member's role in delivering the service.", ['roles']],
    ['The lead bidder submits the tender on behalf of the consortium.', ['lead', 'parts']],
    ['Every member of the consortium must complete Parts 1 and 2.', ['parts']],
    ['Part 3 is answered by the consortium as one composite response.', ['parts']],
  ])('%s', (text, topics) => {
    expect([...new Set(c(text).leadMember.map((l) => l.topic))].sort()).toEqual(topics);
  });

  it('needs a group: a lead contact for the Council is not a lead member', () => {
    expect(c('The lead officer for this procurement is the Commissioning Manager.').leadMember).toEqual([]);
  });
});

describe('joint and several liability', () => {
  it.each([
    ['All consortium members will be jointly and severally liable for the performance of the contract.', false, false],
    ['Members of the consortium shall be jointly and severally liable from the date of submission.', false, true],
    ['Where a bidder relies on the financial standing of another consortium member, they will be jointly and severally liable for the contract.', true, false],
  ])('%s', (text, relied, fromSubmission) => {
    const j = c(text).jointLiability;
    expect(j).toHaveLength(1);
    expect(j[0]!.relied).toBe(relied);
    expect(j[0]!.fromSubmission).toBe(fromSubmission);
  });

  it.each([
    'If more than one Supplier is party to the Contract, each Supplier is jointly and severally liable for its obligations.',
    'Consortium members will not be required to accept joint and several liability.',
    'The Council does not require consortium members to be jointly and severally liable.',
  ])('none in: %s', (text) => {
    expect(c(text).jointLiability).toEqual([]);
  });
});

describe('subcontracting', () => {
  it.each([
    ['Subcontracting will not be permitted.', 'prohibited', false],
    ['The provider must not subcontract any part of the services.', 'prohibited', false],
    ['No part of the contract may be subcontracted.', 'prohibited', false],
    ['Subcontracting is limited to 20% of the contract value.', 'restricted', false],
    ['The provider must deliver all the services with its own staff.', 'restricted', false],
    ['Subcontracting of direct care will not be permitted because of the safeguarding duties involved.', 'prohibited', true],
    ['The Supplier shall not subcontract any of its obligations without the prior written consent of the Council.', 'consent', false],
    ['You must not subcontract the helpline without our consent, which will not be unreasonably withheld.', 'consent', false],
    ['Subcontracting is welcome.', 'permitted', false],
    ['No subcontracting will be allowed.', 'prohibited', false],
    ['The Supplier must not subcontract to a debarred supplier.', 'prohibited', true],
    ['If you intend to use subcontractors, give their details in Section 3.', 'permitted', false],
  ])('%s', (text, stance, reason) => {
    const s = c(text).subcontracting;
    expect(s).toHaveLength(1);
    expect(s[0]!.stance).toBe(stance);
    if (stance === 'prohibited' || stance === 'restricted') expect(s[0]!.reason).toBe(reason);
  });

  it('a bar on subcontracting the whole contract is not a restriction of the supply chain', () => {
    expect(c('The Supplier shall not subcontract the whole of the Services.').subcontracting.filter((s) => s.stance === 'prohibited' || s.stance === 'restricted')).toEqual([]);
  });

  it.each([
    ['| Question | Answer |\n| --- | --- |\n| Is subcontracting permitted? | No |\n'],
    ['Subcontracting: not permitted\n'],
  ])('a form answer: %s', (text) => {
    expect(c(text).subcontracting.map((s) => s.stance)).toEqual(['prohibited']);
  });

  it('consent in the next sentence', () => {
    expect(c('The Provider may not subcontract the services. Subcontracting is allowed with the prior written consent of the Council.').subcontracting.map((s) => s.stance)).toEqual(['consent', 'consent']);
  });

  it('a reason in the next sentence', () => {
    const s = c('Subcontracting will not be permitted. This is because staff must hold enhanced DBS clearance held by the provider.').subcontracting;
    expect(s[0]!.reason).toBe(true);
  });
});

describe('conflicts of interest', () => {
  it.each([
    ['Organisations that took part in the market engagement events will be excluded from bidding.', 'market-engagement'],
    ['Providers who helped in the design of the specification will not be permitted to tender.', 'market-engagement'],
    ['Organisations with a conflict of interest will be excluded.', 'undefined-term'],
    ['A conflict of interest will result in disqualification.', 'undefined-term'],
    ['Any organisation involved in the development of the service specification will be excluded from bidding.', 'market-engagement'],
  ])('%s', (text, kind) => {
    expect(c(text).conflicts.map((x) => x.kind)).toEqual([kind]);
  });

  it.each([
    'Taking part in the market engagement events will not prevent an organisation from bidding.',
    'Organisations that took part in market engagement will be excluded only if an unfair advantage cannot be avoided by other means.',
    'We may exclude a bidder where a conflict of interest cannot be dealt with in any other way.',
    'You must tell us about any conflict of interest.',
  ])('none in: %s', (text) => {
    expect(c(text).conflicts).toEqual([]);
  });

  it('a defined term is not undefined', () => {
    const f = c('A conflict of interest arises where a bidder could gain an unfair advantage.\n\nOrganisations with a conflict of interest will be excluded.\n');
    expect(f.conflictDefinition).not.toBeNull();
    expect(f.conflicts).toEqual([]);
  });

  it('a glossary row defines the term', () => {
    const f = c('| Term | Meaning |\n| --- | --- |\n| Conflict of Interest | a situation where a bidder could gain an unfair advantage |\n\nBidders with a conflict of interest will be disqualified.\n');
    expect(f.conflictDefinition).not.toBeNull();
    expect(f.conflicts).toEqual([]);
  });
});

describe('SME and VCSE suitability', () => {
  it.each([
    ['The Council considers this contract suitable for SMEs and VCSEs.', true, true],
    ['This contract is particularly suitable for small and medium-sized enterprises.', true, false],
    ['Lot 2 is suitable for voluntary, community and social enterprises.', false, true],
    ['| Notice field | Entry |\n| --- | --- |\n| Suitable for SMEs | Yes |\n', true, false],
    ['Suitable for VCSEs: No\n', false, true],
    ['We welcome bids from SMEs and VCSEs.', true, true],
    ['SMEs and VCSEs are particularly encouraged to bid.', true, true],
    ['SME friendly: Yes\n', true, false],
  ])('%s', (text, sme, vcse) => {
    const s = c(text).suitability;
    expect(s.length).toBeGreaterThan(0);
    expect(s[0]!.sme).toBe(sme);
    expect(s[0]!.vcse).toBe(vcse);
  });

  it('a mention of SMEs is not a statement of suitability', () => {
    expect(c('Are you an SME? Yes / No').suitability).toEqual([]);
  });
});

describe('document signals', () => {
  it('a United States federal solicitation', () => {
    const f = c('# Request for Quotation\n\nQuoters must submit by the deadline. The Contracting Officer will answer questions. FAR 52.212-1 applies.\n');
    expect(f.foreign).not.toBeNull();
  });

  it('contract terms', () => {
    const clause = (n: number) => `${n}. The Supplier shall comply with clause ${n} of this Contract.`;
    const terms = Array.from({ length: 8 }, (_, i) => clause(i + 1)).join('\n\n');
    expect(c(`# Core Terms\n\n${terms}\n\nThe Supplier shall not subcontract any of its obligations.\n`).contractTerms).not.toBeNull();
    expect(c('# Invitation to Tender\n\nThe Supplier shall comply with this Contract.\n\nTenders must be returned by the deadline.\n').contractTerms).toBeNull();
  });

  it('one mention of a US body is not enough', () => {
    expect(c('The service follows guidance from the U.S. Department of Health as well as NICE.').foreign).toBeNull();
  });

  it.each([
    ['Bidders must have a minimum turnover of £200,000.', true],
    ['Exclusion grounds are set out in Part 2.', true],
    ['Tenders must be returned by the deadline.', false],
  ])('selection wording: %s', (text, found) => {
    expect(c(text).selection !== null).toBe(found);
  });

  it.each([
    ['Register on the Central Digital Platform before you bid.', true],
    ['The conditions of participation are set out in Section 5.', true],
    ['Tenders must be returned by the deadline.', false],
  ])('Procurement Act terms: %s', (text, found) => {
    expect(c(text).pa2023Terms !== null).toBe(found);
  });
});

describe('--print-facts lines', () => {
  it('describe what was read, with lines', () => {
    const lines = describeConsortium(c('# ITT\n\nBids from consortia are welcome.\n\nEach consortium member must individually meet the minimum turnover of £500,000.\n'));
    expect(lines[0]).toBe('Consortium:');
    expect(lines.join('\n')).toContain('group bids: permitted (line 3)');
    expect(lines.join('\n')).toContain('each member separately (line 5)');
    expect(lines.join('\n')).toContain('SME/VCSE suitability: not stated');
  });

  it('say nothing when nothing was read', () => {
    expect(describeConsortium(c('# ITT\n\nTenders must be returned by the deadline.\n'))).toEqual([]);
  });
});
