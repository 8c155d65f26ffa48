/** Table-driven tests for the lead-in facts (core/facts/lead-in.ts) and the statutory tables (core/policy/lead-in.ts). */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import type { LeadInFacts } from '../../core/facts/lead-in';
import { circumstances, noticeQualifies, standstillLastDay, standstillRule, statutoryMinimum, type Circumstances } from '../../core/policy/lead-in';

const leadIn = (text: string) => extractFacts(parseMarkdown(text)).leadIn;

type Key = keyof LeadInFacts;

describe('lead-in signals', () => {
  it.each<[Key, string, string | null]>([
    ['electronicSubmission', 'Tenders must be submitted electronically through the Council\'s e-tendering portal.', 'electronically'],
    ['electronicSubmission', 'Bids must be uploaded via the In-Tend portal by the deadline.', 'via the In-Tend portal'],
    ['electronicSubmission', 'Tenders submitted by email will not be accepted.', null],
    ['electronicSubmission', 'The portal holds the Council\'s policies.', null],
    ['paperSubmission', 'Tenders must be returned in a sealed envelope marked "Tender".', 'sealed envelope'],
    ['paperSubmission', 'Hard copies of tenders will not be accepted.', null],
    ['documentsWithNotice', 'All tender documents are available free of charge from the date of publication of the tender notice.', 'All tender documents are available free of charge from the date of publication of the tender notice'],
    ['documentsWithNotice', 'The ITT was published with the tender notice on the Find a Tender service.', 'ITT was published with the tender notice'],
    ['documentsWithNotice', 'The specification will be issued to shortlisted bidders.', null],
    ['plannedNotice', 'A planned procurement notice was published on 1 October 2026.', 'planned procurement notice'],
    ['plannedNotice', 'No planned procurement notice was published for this procurement.', null],
    ['urgency', 'The tendering period has been reduced to 10 days on grounds of urgency under section 54.', 'urgency'],
    ['urgency', 'The provider must respond to urgent referrals within 24 hours.', null],
    ['lightTouch', 'This is a light-touch contract under the Procurement Act 2023.', 'light-touch'],
    ['lightTouch', 'This is not a light-touch contract.', null],
    ['dynamicMarket', 'Suppliers must be members of the Council\'s dynamic market for care services.', 'dynamic market'],
    ['periodAgreed', 'The tendering period was agreed with all the selected candidates.', 'period was agreed with all the selected candidates'],
    ['consortiumInvited', 'Bids from consortia and from organisations working with subcontractors are welcome.', 'consortia'],
    ['consortiumInvited', 'If you are bidding as part of a consortium, name the lead member.', 'consortium'],
    ['consortiumInvited', 'Consortium bids will not be accepted.', null],
    ['clarificationProcess', 'Bidders may raise clarification questions through the portal.', 'clarification'],
    ['clarificationProcess', 'The Council will evaluate tenders against the published criteria.', null],
    ['clarificationAnswers', 'Answers to clarification questions will be published to all bidders within three working days.', 'Answers'],
    ['clarificationAnswers', 'Please send questions through the portal. Answers will be shared with all bidders no later than 6 days before the deadline.', 'Answers'],
    ['standstill', 'The Council will observe a standstill period of 8 working days.', 'standstill'],
    ['standstillByPost', 'Award decision notices will be sent by post to all bidders.', 'by post'],
    ['tupeLikely', 'TUPE is likely to apply to staff currently delivering the service.', 'TUPE'],
    ['tupeLikely', 'The Council does not consider that TUPE will apply.', null],
    ['tupeLikely', 'TUPE is not expected to apply to this contract.', null],
    ['currentContract', 'The existing contract for this service ends on 31 March 2027.', 'existing contract'],
    ['currentContract', 'The current contract was awarded in 2022 to a local charity.', null],
  ])('%s: %s', (key, text, expected) => {
    const fact = leadIn(`# Invitation to Tender\n\n${text}\n`)[key] as { text: string } | null;
    expect(fact?.text ?? null).toBe(expected);
  });

  it('keeps the source range of a signal', () => {
    const fact = leadIn('# ITT\n\nBids from consortia are welcome.\n').consortiumInvited!;
    expect([fact.range.start.line, fact.range.start.column, fact.range.end.column]).toEqual([3, 11, 20]);
  });

  it.each([
    ['a date in the sentence', 'A planned procurement notice was published on 1 October 2026.', '2026-10-01'],
    ['no date', 'A planned procurement notice was published for this procurement.', null],
  ])('planned notice date: %s', (_name, text, iso) => {
    expect(leadIn(`# ITT\n\n${text}\n`).plannedNotice?.date?.iso ?? null).toBe(iso);
  });

  it.each([
    ['answers six days before', 'Questions may be raised through the portal. Answers will be published no later than 6 days before the submission deadline.', 6, false],
    ['answers two working days before', 'Answers to clarification questions will be published at least 2 working days before the deadline.', 2, true],
    ['no number', 'Answers to clarification questions will be published to all bidders.', null, false],
  ])('clarification answers: %s', (_name, text, days, working) => {
    const fact = leadIn(`# ITT\n\n${text}\n`).clarificationAnswers!;
    expect([fact.daysBefore, fact.working]).toEqual([days, working]);
  });

  it.each([
    { name: 'duration in prose', text: 'The Council will observe a standstill period of 8 working days.', duration: '8 working days', start: null, end: null },
    { name: 'range in a timetable', text: '## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Contract award notice | 12 April 2027 |\n| Standstill period | 12 – 21 April 2027 |\n', duration: null, start: '2027-04-12', end: '2027-04-21' },
    { name: 'end row in a timetable', text: '## Timetable\n\n| Activity | Date |\n| --- | --- |\n| Contract award notice published | Monday 12 April 2027 |\n| Standstill period ends | Wednesday 21 April 2027 |\n', duration: null, start: null, end: '2027-04-21' },
  ])('standstill: $name', ({ text, duration, start, end }) => {
    const fact = leadIn(`# ITT\n\n${text}\n`).standstill!;
    expect([fact.duration?.text ?? null, fact.startDate?.iso ?? null, fact.endDate?.iso ?? null]).toEqual([duration, start, end]);
  });

  it.each([
    ['sentence', '# ITT\n\nThe existing contract for this service ends on 31 March 2027.\n', '2027-03-31'],
    ['timetable row', '# ITT\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | 4 January 2027 |\n| Current contract expires | 30 June 2027 |\n', '2027-06-30'],
  ])('current contract end: %s', (_name, text, iso) => {
    expect(leadIn(text).currentContract?.endDate?.iso ?? null).toBe(iso);
  });

  it('reads "Tender notice published and ITT issued" in a timetable as all documents issued with the notice', () => {
    expect(leadIn('# ITT\n\n## Key dates\n\n- Tender notice published and ITT issued: Monday 1 February 2027\n- Tender submission deadline: 12 noon on Monday 15 March 2027\n').documentsWithNotice).not.toBeNull();
  });
});

const none: Circumstances = {
  electronic: false,
  documentsWithNotice: false,
  qualifyingNotice: false,
  urgency: false,
  lightTouch: false,
  dynamicMarket: false,
  periodAgreed: false,
  preselected: false,
  belowThreshold: false,
};

describe('statutory minimums', () => {
  it.each<[string, Parameters<typeof statutoryMinimum>[0], Parameters<typeof statutoryMinimum>[1], 'tender' | 'participation', Partial<Circumstances>, number | null | 'none']>([
    ['PA open, nothing stated', 'pa2023', 'open', 'tender', {}, 35],
    ['PA open, electronic', 'pa2023', 'open', 'tender', { electronic: true }, 30],
    ['PA open, documents with notice', 'pa2023', 'open', 'tender', { documentsWithNotice: true }, 30],
    ['PA open, both', 'pa2023', 'open', 'tender', { electronic: true, documentsWithNotice: true }, 25],
    ['PA qualifying planned procurement notice', 'pa2023', 'open', 'tender', { electronic: true, qualifyingNotice: true }, 10],
    ['PA urgency', 'pa2023', null, 'tender', { urgency: true }, 10],
    ['PA dynamic market', 'pa2023', 'dynamic-market', 'tender', {}, 10],
    ['PA competitive flexible tender stage (preselected)', 'pa2023', 'competitive-flexible', 'tender', {}, 10],
    ['PA light-touch', 'pa2023', 'light-touch', 'tender', {}, null],
    ['PA light-touch stated in the text', 'pa2023', 'open', 'tender', { lightTouch: true }, null],
    ['PA participation', 'pa2023', 'competitive-flexible', 'participation', {}, 25],
    ['PA participation, urgent', 'pa2023', 'competitive-flexible', 'participation', { urgency: true }, 10],
    ['PA participation, light-touch', 'pa2023', 'competitive-flexible', 'participation', { lightTouch: true }, null],
    ['PA open procedure has no participation stage', 'pa2023', 'open', 'participation', {}, 'none'],
    ['PA call-off', 'pa2023', 'call-off', 'tender', {}, 'none'],
    ['PA below threshold by value', 'pa2023', 'open', 'tender', { belowThreshold: true }, 'none'],
    ['below-threshold regime', 'below-threshold', 'open', 'tender', {}, 'none'],
    ['PCR open', 'pcr2015', 'open', 'tender', {}, 35],
    ['PCR open, electronic', 'pcr2015', 'open', 'tender', { electronic: true }, 30],
    ['PCR open, prior information notice', 'pcr2015', 'open', 'tender', { qualifyingNotice: true }, 15],
    ['PCR open, urgent', 'pcr2015', 'open', 'tender', { urgency: true }, 15],
    ['PCR restricted tenders', 'pcr2015', 'restricted', 'tender', {}, 30],
    ['PCR restricted tenders, electronic', 'pcr2015', 'restricted', 'tender', { electronic: true }, 25],
    ['PCR restricted tenders, agreed period', 'pcr2015', 'restricted', 'tender', { periodAgreed: true }, null],
    ['PCR restricted requests to participate', 'pcr2015', 'restricted', 'participation', {}, 30],
    ['PCR requests to participate, urgent', 'pcr2015', 'competitive-negotiation', 'participation', { urgency: true }, 15],
    ['PCR light-touch', 'pcr2015', 'light-touch', 'tender', {}, null],
    ['PCSR open (mirrors the PCR)', 'pcsr2015', 'open', 'tender', { electronic: true }, 30],
  ])('%s', (_name, regime, procedure, stage, c, expected) => {
    const min = statutoryMinimum(regime, procedure, stage, { ...none, ...c });
    expect(min === null ? 'none' : min.days).toBe(expected);
  });

  it('marks the Scottish figures as unconfirmed', () => {
    expect(statutoryMinimum('pcsr2015', 'open', 'tender', none)!.confirmed).toBe(false);
    expect(statutoryMinimum('pcr2015', 'open', 'tender', none)!.confirmed).toBe(true);
  });

  it.each([
    ['PA: 40 days before', 'pa2023', '2026-11-25', '2027-01-04', true],
    ['PA: 39 days before', 'pa2023', '2026-11-26', '2027-01-04', false],
    ['PA: over a year before', 'pa2023', '2025-12-01', '2027-01-04', false],
    ['PCR: 35 days before', 'pcr2015', '2026-11-30', '2027-01-04', true],
    ['no date', 'pa2023', null, '2027-01-04', true],
  ] as const)('planned notice qualifies: %s', (_name, regime, notice, issue, expected) => {
    expect(noticeQualifies(regime, notice, issue)).toBe(expected);
  });

  it('reads circumstances from a document, with a value under the lowest threshold', () => {
    const facts = extractFacts(parseMarkdown('# ITT\n\nThe estimated total contract value is £100,000 excluding VAT. Tenders must be submitted through the e-tendering portal.\n'));
    const c = circumstances(facts.leadIn, facts, 'pa2023', '2027-01-04');
    expect([c.electronic, c.documentsWithNotice, c.belowThreshold]).toEqual([true, false, true]);
  });
});

describe('standstill', () => {
  it.each([
    ['PA: 8 working days beginning with a Monday', 'pa2023', false, '2027-04-12', 'uk', '2027-04-21'],
    ['PA: over the Easter bank holidays', 'pa2023', false, '2027-03-22', 'uk', '2027-04-02'],
    ['PA: notice on a Saturday', 'pa2023', false, '2027-04-10', 'uk', '2027-04-21'],
    ['PCR: 10 days after sending', 'pcr2015', false, '2027-04-12', 'england-wales', '2027-04-22'],
    ['PCR: rolled past a weekend', 'pcr2015', false, '2027-04-09', 'england-wales', '2027-04-19'],
    ['PCR: 15 days by post', 'pcr2015', true, '2027-04-12', 'england-wales', '2027-04-27'],
  ] as const)('%s', (_name, regime, post, notice, area, last) => {
    expect(standstillLastDay(standstillRule(regime, post)!, notice, area)).toBe(last);
  });

  it('has no standstill below threshold', () => {
    expect(standstillRule('below-threshold', false)).toBeNull();
  });
});
