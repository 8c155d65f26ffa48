/**
 * Table-driven tests for the timetable builder's shapes beyond Markdown tables and lists: label/value lines
 * (tab- or colon-separated, as pasted from Word or a PDF), tables whose first row is already an event, the
 * date at the head of a request for quotation, RFP-style event names, and sentences about questions and answers.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { classifyEvent } from '../../core/facts/timetable';

const timetable = (text: string) =>
  extractFacts(parseMarkdown(text)).timetable.map((e) => [e.type, e.date.iso, e.date.time, e.origin, e.label]);

describe('classifyEvent: RFP-style names', () => {
  it.each([
    ['RFP issued to suppliers', 'issue'],
    ['Request for proposals sent', 'issue'],
    ['Portal opens to suppliers', 'issue'],
    ['Reply by', 'submission-deadline'],
    ['Replies due', 'submission-deadline'],
    ['Responses due', 'submission-deadline'],
    ['Response deadline', 'submission-deadline'],
    ['Offers due', 'submission-deadline'],
    ['Deadline for questions', 'clarification-deadline'],
    ['Responses to questions', 'clarification-response'],
    ['Final decision', 'award'],
    ['Supplier selected', 'award'],
    ['Selection of the successful provider', 'award'],
    ['Contract concluded', 'contract-signature'],
    ['Contract start', 'contract-start'],
    ['Period of performance', 'other'],
    ['Date', 'other'],
  ])('%s → %s', (label, type) => {
    expect(classifyEvent(label)).toBe(type);
  });
});

describe('timetable: label/value lines', () => {
  it.each([
    {
      name: 'tab-separated lines pasted into a paragraph under a timetable heading',
      text:
        '# Request for Proposals: Befriending Service\n\n## Key dates\n\n' +
        'RFP issued to suppliers\t05 April 2027\nDeadline for questions\t16 April 2027\nResponse deadline\t12:00 10/05/2027\n' +
        'Final decision\t4 June2027\nContract start\t1 July 2027\n',
      expected: [
        ['issue', '2027-04-05', null, 'row', 'RFP issued to suppliers'],
        ['clarification-deadline', '2027-04-16', null, 'row', 'Deadline for questions'],
        ['submission-deadline', '2027-05-10', '12:00', 'row', 'Response deadline'],
        ['award', '2027-06-04', null, 'row', 'Final decision'],
        ['contract-start', '2027-07-01', null, 'row', 'Contract start'],
      ],
    },
    {
      name: 'a tab line with a number column before the label',
      text: '# ITT\n\n## Timetable\n\n1\tTenders returned\t5/7/2027\n2\tInterviews\t12/7/2027\n',
      expected: [
        ['submission-deadline', '2027-07-05', null, 'row', 'Tenders returned'],
        ['presentation', '2027-07-12', null, 'row', 'Interviews'],
      ],
    },
    {
      name: 'in a timetable section a row with an unknown label is still an event',
      text: '# ITT\n\n## Timetable\n\nSupplier briefing webinar: 20 April 2027\n',
      expected: [['other', '2027-04-20', null, 'row', 'Supplier briefing webinar']],
    },
    {
      name: 'outside a timetable section only labels that name an event count',
      text: '# ITT\n\n## Contract\n\nPeriod of performance: 1 July 2027\nContract start: 1 July 2027\n',
      expected: [['contract-start', '2027-07-01', null, 'row', 'Contract start']],
    },
    {
      name: 'the date and reply-by lines at the head of a request for quotation',
      text:
        '# Request for Quotation: Community Transport\n\nFrom: Procurement Team  \nDate: 3 May 2027  \nReply by: 14 May 2027 4:00 pm\n\n' +
        '## 1. Background\n\nThe Trust needs a community transport service.\n',
      expected: [
        ['issue', '2027-05-03', null, 'row', 'Date'],
        ['submission-deadline', '2027-05-14', '16:00', 'row', 'Reply by'],
      ],
    },
    {
      name: 'the head date gives way to a stated issue event',
      text:
        '# Request for Quotation: Community Transport\n\nDate: 30 April 2027\n\n## Timetable\n\n- RFQ issued: 3 May 2027\n- Quotes due: 14 June 2027\n',
      expected: [
        ['issue', '2027-05-03', null, 'list', 'RFQ issued'],
        ['submission-deadline', '2027-06-14', null, 'list', 'Quotes due'],
      ],
    },
    {
      name: 'a date at the head of a document that is not an invitation is not an issue date',
      text: '# Minutes of the Board\n\nDate: 3 May 2027\n\n## Items\n\nThe board met.\n',
      expected: [],
    },
    {
      name: 'a date label further down the document is not the issue date',
      text: '# Request for Quotation\n\n## Background\n\nText.\n\n## Annex\n\nDate: 3 May 2027\n',
      expected: [],
    },
    {
      name: 'a row line does not hide a deadline stated in the next line of its paragraph',
      text: '# ITT\n\n## Contract\n\nContract start: 1 July 2027\nTenders must be submitted by 12:00 on 4 June 2027.\n',
      expected: [
        ['contract-start', '2027-07-01', null, 'row', 'Contract start'],
        ['submission-deadline', '2027-06-04', '12:00', 'prose', 'Tenders must be submitted'],
      ],
    },
    {
      name: 'a sentence with a colon is not a row',
      text: '# ITT\n\n## Background\n\nPlease note: the previous strategy was adopted on 3 March 2025.\n',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(timetable(text)).toEqual(expected);
  });

  it('gives each row label its own range in the source', () => {
    const text = '# ITT\n\n## Key dates\n\nTender issued\t4 January 2027\nTender return date\t15 February 2027\n';
    const events = extractFacts(parseMarkdown(text)).timetable;
    expect(events.map((e) => text.slice(e.labelRange.start.offset, e.labelRange.end.offset))).toEqual(['Tender issued', 'Tender return date']);
  });
});

describe('timetable: tables and sentences', () => {
  it.each([
    {
      name: 'a table whose first row is already an event (a Word table with no header row)',
      text: '# ITT\n\n## Timelines\n\n| Tender notice published | 01/03/2027 |\n| --- | --- |\n| Tender submission deadline | 15:00 09/04/2027 |\n',
      expected: [
        ['issue', '2027-03-01', null, 'table', 'Tender notice published'],
        ['submission-deadline', '2027-04-09', '15:00', 'table', 'Tender submission deadline'],
      ],
    },
    {
      name: 'questions and answers stated in sentences',
      text:
        '# Request for Quotation\n\n## Questions\n\nAny questions about this RFQ must be submitted by email no later than 12 May 2027, 2:00 pm. ' +
        'The Trust will publish answers to all suppliers no later than 17 May 2027.\n',
      expected: [
        ['clarification-deadline', '2027-05-12', '14:00', 'prose', 'Any questions about this RFQ must be submitted'],
        ['clarification-response', '2027-05-17', null, 'prose', 'will publish answers'],
      ],
    },
    {
      name: 'a sentence that says when answers stop gives no answer date',
      text: '# Request for Quotation\n\n## Questions\n\nNo answers will be published after 12 May 2027.\n',
      expected: [],
    },
    {
      name: 'answers promised in a paragraph that is not about questions are not clarification answers',
      text: '# ITT\n\n## Evaluation\n\nThe panel will send responses to bidders by 2 June 2027.\n',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(timetable(text)).toEqual(expected);
  });
});
