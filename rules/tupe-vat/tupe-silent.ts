/**
 * tupe-vat/tupe-silent — a service contract that replaces an existing or in-house service, with no statement
 * on whether TUPE is likely to apply.
 * Rationale: TUPE 2006 reg 3(1)(b) (a service provision change covers first outsourcing, re-tendering and
 * insourcing); Cabinet Office Statement of Practice on staff transfers (COSOP, 2000); seed 002 Section 2
 * lesson 6 (TUPE obligations that "only became clear very late in the day") and recommendations for
 * commissioners 6 ("clear and timely guidance on TUPE"); seed 004 Consortium Delivery (TUPE regulations).
 */
import { defineRule } from '../../core/engine/define';
import { STANDARD_CLAUSES } from '../../core/clauses';
import { isUkDocument } from '../../core/facts/tupe-vat/index';
import type { TenderDocument, TextBlock } from '../../core/model/types';

const KIND_WORDS: Record<string, string> = {
  incumbent: 'an incumbent provider is named',
  'currently-delivered': 'the service is delivered now',
  're-tender': 'the service is being re-tendered',
  'in-house': 'the service is run in-house',
  'existing-staff': 'existing staff deliver the service',
};

/**
 * The standard TUPE clause (`core/clauses.ts`) with its choices left as bracketed placeholders that the
 * drafting/placeholder rule reports until the author fills them in.
 */
export function tupeStatement(): string {
  const clause = STANDARD_CLAUSES.find((c) => c.id === 'tupe');
  const snippet =
    clause?.snippet ??
    'The Council considers that the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) ${1:are likely} to apply to this contract. Anonymised employee liability information for the ${2:number} staff who may transfer, including pay, terms and pension arrangements, is provided in ${3:Annex D}.';
  return snippet
    .replace(/^The Council\b/, 'The [insert: buyer]')
    .replace(/\$\{1:([^}]*)\}/, '[insert: $1 / are not likely]')
    .replace(/\$\{\d+:([^}]*)\}/g, '[insert: $1]');
}

/** Where a new paragraph can go after a block: after its table for a table cell, after its list for a list item, else after the block. */
function insertionPoint(doc: TenderDocument, block: TextBlock): number {
  if (block.kind === 'tableCell' && block.table !== undefined) return doc.tables[block.table]!.range.end.offset;
  let last = block;
  if (block.kind === 'listItem') {
    // Inserting inside a list would split it (and restart its numbering).
    for (let next = doc.blocks[last.id + 1]; next && next.kind === 'listItem' && next.section === block.section; next = doc.blocks[last.id + 1]) last = next;
  }
  return last.range.end.offset;
}

export default defineRule({
  id: 'tupe-vat/tupe-silent',
  description: 'A contract replacing an existing or in-house service with no statement on whether TUPE applies',
  severity: 'warning',
  kinds: ['itt', 'spec'],
  regimes: 'all',
  messages: {
    silent:
      'The document shows the service exists now ({{evidence}}: "{{phrase}}") but says nothing on whether TUPE is likely to apply: state whether staff may transfer and give bidders the workforce information they need to price it (TUPE 2006 reg 3(1)(b); COSOP).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: true,
  explanation: `When a service that someone delivers today is let again — to a new provider, out of an in-house team or back from an incumbent — the staff who work on it may transfer to the new provider under the Transfer of Undertakings (Protection of Employment) Regulations 2006: a "service provision change" covers first outsourcing, re-tendering and insourcing (reg 3(1)(b)). The new provider inherits their contracts, pay, terms and continuous service, and the cost of any redundancies. A tender that is silent on TUPE leaves bidders to guess the largest cost of a labour-intensive service. The source papers describe voluntary organisations for whom TUPE obligations "only became clear very late in the day", taking on staff a week before go-live, and ask commissioners to give "clear and timely guidance on TUPE".

The rule reads signals that the service already exists — an incumbent or outgoing provider named, a service "currently delivered" or provided in-house, a re-tender, staff currently delivering it, a current contract that ends — and reports the first when the document never mentions TUPE, a staff transfer, employee liability information or workforce information. It checks invitations to tender and specifications of UK documents (a regime stated or detected, or UK wording). The quick fix inserts the project's standard TUPE statement after the sentence, with placeholders for the buyer, whether TUPE is likely to apply and the annex holding the workforce information; fill them in (the \`drafting/placeholder\` rule reports them until you do). A document that says TUPE does not apply is not reported, and neither is a supplier of goods, equipment or an IT system, a question about the bidder's own services, nor "it is incumbent upon" the provider.`,
  sources: [
    { label: 'TUPE 2006 reg 3(1)(b), (3)', text: 'A service provision change covers first outsourcing, re-tendering and insourcing where an organised grouping of employees serves the client.' },
    { label: 'Cabinet Office Statement of Practice (COSOP), 2000', text: 'Staff transfers in the public sector: the buyer should make the position on staff transfer clear from the start.' },
    { label: 'Seed 002, Section 2 lesson 6', text: 'TUPE obligations for subcontractors "only became clear very late in the day".' },
    { label: 'Seed 002, recommendations for commissioners 6', text: 'Commissioners need to provide clear and timely guidance on TUPE.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'TUPE can have pensions implications where contracting results in the transfer of staff.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A re-tender with no word on TUPE',
        text: '# Invitation to Tender: Community Meals Service\n\nThe community meals service is currently delivered by an external provider under a contract that expires on 31 March 2027. The Council is re-tendering the service for three years.\n',
      },
    ],
    valid: [
      {
        title: 'A re-tender that states the TUPE position',
        text: '# Invitation to Tender: Community Meals Service\n\nThe community meals service is currently delivered by an external provider under a contract that expires on 31 March 2027.\n\nThe Council considers that TUPE is likely to apply. Anonymised workforce information for the 14 staff who may transfer is provided in Annex C.\n',
      },
      {
        title: 'A new service',
        text: '# Invitation to Tender: Digital Inclusion Service\n\nThe Council wants to commission a new digital inclusion service for older residents from 1 April 2027.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    if (t.existingService.length === 0 || t.tupe.length > 0 || t.workforce.length > 0) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    const signal = t.existingService[0]!;
    const block = context.doc.blocks[signal.block]!;
    const at = insertionPoint(context.doc, block);
    context.report({
      messageId: 'silent',
      data: { evidence: KIND_WORDS[signal.kind] ?? signal.kind, phrase: signal.text },
      range: signal.range,
      fix: { range: [at, at], text: `\n\n${tupeStatement()}` },
      facts: [`Existing service: ${signal.kind} "${signal.text}" (line ${signal.range.start.line}); no TUPE statement found`],
    });
  },
});
