/**
 * Standard clauses a procurement officer can insert (editor completion and the "insert standard clause"
 * command): each with the wording that shows a document already has it. Snippets use LSP snippet syntax
 * (`${1:placeholder}`); `plainText` is the same wording with the placeholders' defaults.
 */

export interface StandardClause {
  id: string;
  label: string;
  detail: string;
  snippet: string;
  /** Wording that shows the document already deals with this (then the clause is not offered). */
  present: RegExp;
}

export const STANDARD_CLAUSES: readonly StandardClause[] = [
  {
    id: 'consortium',
    label: 'Consortium and subcontracting bids',
    detail: 'Welcomes consortium and subcontracted bids; no legal form required to bid; a lead member; combined financial standing',
    snippet:
      'Bids from consortia and from organisations working with subcontractors are welcome. A consortium does not need to form a legal entity in order to bid, or before the contract is awarded. A consortium should nominate a lead member, who will complete the questionnaire on behalf of the consortium and be our single point of contact; each member must complete ${1:Parts 1 and 2}, and the lead member should describe the role each member will play. A consortium\'s economic and financial standing will be assessed on the combined resources of its members.',
    present: /\bconsorti(?:um|a)\b/i,
  },
  {
    id: 'tupe',
    label: 'TUPE statement',
    detail: 'Whether TUPE is likely to apply, and when employee information will be provided',
    snippet:
      'The Council considers that the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) ${1:are likely} to apply to this contract. Anonymised employee liability information for the ${2:number} staff who may transfer, including pay, terms and pension arrangements, is provided in ${3:Annex D}.',
    present: /\bTUPE\b|Transfer\s+of\s+Undertakings/i,
  },
  {
    id: 'vat',
    label: 'VAT statement',
    detail: 'How prices are stated with respect to VAT, including irrecoverable VAT',
    snippet:
      'All prices must be stated exclusive of VAT. Where a bidder cannot recover the VAT it incurs (for example a charity making exempt supplies), it should include that irrecoverable VAT in its price and say so in ${1:the pricing schedule}.',
    present: /\b(?:exclusive|inclusive|excluding|including|net|plus)\s+(?:of\s+)?VAT\b|\bVAT\s+(?:exclusive|inclusive)\b/i,
  },
  {
    id: 'social-value',
    label: 'Social value criterion',
    detail: 'A weighted, measurable social value criterion tied to the contract',
    snippet:
      'Social value (${1:10}% of the total score): describe the specific, measurable commitments you will make to ${2:employment and training opportunities for local residents} through this contract, the measures you will report each ${3:quarter}, and how service users and local people will be involved.',
    present: /\bsocial\s+value\b/i,
  },
  {
    id: 'scoring-scale',
    label: 'Scoring scale with descriptors',
    detail: 'A 0–5 scale with descriptors, explaining met versus exceeded',
    snippet: [
      '| Score | Descriptor |',
      '| --- | --- |',
      '| 5 | Excellent: fully meets and in places exceeds the requirement, with strong evidence. |',
      '| 4 | Good: fully meets the requirement, with evidence. |',
      '| 3 | Satisfactory: meets the requirement, with minor gaps in evidence. |',
      '| 2 | Weak: partly meets the requirement; significant gaps. |',
      '| 1 | Poor: barely addresses the requirement. |',
      '| 0 | No answer, or the answer does not address the requirement. |',
    ].join('\n'),
    present: /\bscor(?:e|ing)\s+(?:scale|descriptors?|matrix|methodology)\b|\|\s*score\s*\|\s*descriptor/i,
  },
];

/** The clause text with each placeholder replaced by its default. */
export function clausePlainText(clause: StandardClause): string {
  return clause.snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}
