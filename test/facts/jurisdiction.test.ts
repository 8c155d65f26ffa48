/** Detection of a document plainly written for a jurisdiction outside the United Kingdom. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { detectSettings } from '../../core/facts/detect';

const US = 'The Contracting Officer will answer questions. This acquisition follows FAR Part 15. Offers are due at 4:00 pm Eastern Time.';

describe('foreignJurisdiction', () => {
  it.each([
    { name: 'US federal wording', text: `# Request for Quotation\n\n${US}\n`, expected: 'united-states' },
    { name: 'two US mentions are not enough', text: '# RFQ\n\nThe Contracting Officer follows FAR Part 15.\n', expected: undefined },
    { name: 'US wording outweighed by UK wording', text: `# ITT\n\n${US} Prices exclude VAT. Companies House number. Contracts Finder notice.\n`, expected: undefined },
    { name: 'a stated UK regime', text: `# ITT\n\n${US} This procurement is run under the Procurement Act 2023.\n`, expected: undefined },
    { name: 'a UK tender', text: '# Invitation to Tender\n\nThe Council invites tenders. Prices exclude VAT.\n', expected: undefined },
  ])('$name', ({ text, expected }) => {
    expect(detectSettings(parseMarkdown(text)).foreignJurisdiction).toBe(expected);
  });
});
