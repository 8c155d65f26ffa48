/**
 * consortium/silent — an SQ or ITT that says nothing about bids from consortia or groups of organisations.
 * Rationale: seed 000 §4.17 ("make all public sector PQQ consortia-friendly"), §4.7–4.11 (consortia do not thrive
 * under current procurement); PCR 2015 reg 19(2)–(3) (groups may take part; no legal form to bid); PA 2023
 * s.22(8)–(9) (members of a group are associated suppliers); PPN 03/24 (SQ instructions for groups).
 */
import { defineRule } from '../../core/engine/define';
import { clausePlainText, STANDARD_CLAUSES } from '../../core/clauses';
import { addressesGroupBids, mainTenderDocument, readsAsUkTender, setsOutSelection } from '../../core/facts/consortium';
import type { TenderDocument } from '../../core/model/types';

const CLAUSE = STANDARD_CLAUSES.find((c) => c.id === 'consortium')!;
/** The consortium clause as the quick fix inserts it. */
export const CONSORTIUM_CLAUSE = clausePlainText(CLAUSE);

/** Sections where bidding instructions belong: the clause goes at the end of the first one found. */
const INSTRUCTIONS = /\b(?:instructions?|how\s+to\s+(?:bid|tender|apply|respond)|bidding|submi(?:t|ssion)|eligib|who\s+can\s+(?:bid|apply)|selection|conditions\s+of\s+participation|tender(?:ing)?\s+(?:process|procedure|rules))\b/i;

export default defineRule({
  id: 'consortium/silent',
  description: 'A selection questionnaire or invitation to tender that says nothing about bids from consortia or groups',
  severity: 'warning',
  kinds: ['sq', 'itt'],
  regimes: 'all',
  messages: {
    silent:
      'The document says nothing about bids from consortia or groups of organisations: say that they are welcome, that no legal form is needed to bid, how the lead member and the other members answer, and that financial standing is assessed on the members\' combined resources (PCR 2015 reg 19; PA 2023 s.22(8)–(9); PPN 03/24).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: true,
  explanation: `Small charities and community groups often bid together: a consortium lets them offer a service none of them could deliver alone. When a selection questionnaire or invitation to tender says nothing about consortia, they cannot tell whether a joint bid will be accepted, who should fill in which part of the questionnaire, or whether their turnover will be added together, and many give up. The voluntary sector's basic guidance asks that every pre-qualification questionnaire be "consortia-friendly". The law already allows group bids: the Public Contracts Regulations 2015 let groups of economic operators take part and forbid requiring a legal form to tender (reg 19(2)–(3)); the Procurement Act 2023 treats suppliers bidding together as associated suppliers whose capacity counts towards the conditions of participation (s.22(8)–(9)); PPN 03/24 sets out which parts of the standard questionnaire each member completes.

The rule reports once, at the document's first heading, when a selection questionnaire or invitation to tender that sets out who may bid or how bidders are selected (selection questions, conditions of participation, financial standing, turnover, eligibility, exclusion grounds), nowhere mentions consortia, groups of economic operators or joint bids. An invitation to tender is checked only when it is the main tender document (it states a submission deadline) or its kind is set in front matter or configuration; an attachment such as a quality questionnaire is not. United States federal solicitations are not checked. The quick fix inserts the standard consortium clause at the end of the bidding instructions (or at the end of the document); review the part numbers it names before publishing.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'PQQ: make all public sector PQQ consortia-friendly.' },
    { label: 'Seed 000 §4.7–4.11', text: 'Consortia are crucial for a diversity of providers but do not thrive under current procurement and reporting systems.' },
    { label: 'PCR 2015 reg 19(2)–(3)', text: 'Groups of economic operators may take part; they shall not be required to have a specific legal form to submit a tender.' },
    { label: 'PA 2023 s.22(8)–(9)', text: 'Members of a group and committed sub-contractors are associated suppliers whose capacity counts towards the conditions of participation.' },
    { label: 'PPN 03/24', text: 'Parts 1 and 2 of the SQ are completed by every member; the instructions say whether Part 3 is one composite answer.' },
    { label: 'Seed 004, Consortium Delivery', text: 'Legal structure options for consortia: a new entity, a lead body within the consortium, or an external lead body.' },
  ],
  examples: {
    invalid: [
      {
        title: 'No word on consortia',
        text: '# Selection Questionnaire: Young Carers Service\n\n## Instructions\n\nComplete every part of this questionnaire and return it through the portal by the deadline.\n\n## Financial standing\n\nBidders must have a minimum annual turnover of £150,000.\n',
      },
    ],
    valid: [
      {
        title: 'Consortium bids welcomed',
        text: `# Selection Questionnaire: Young Carers Service\n\n## Instructions\n\nComplete every part of this questionnaire and return it through the portal by the deadline.\n\n${CONSORTIUM_CLAUSE}\n`,
      },
    ],
  },
  check(context) {
    const { facts, settings, doc } = context;
    if (!readsAsUkTender(facts.consortium, settings.sources.regime)) return;
    if (!mainTenderDocument(facts, settings.kind, settings.sources.kind)) return;
    if (!setsOutSelection(facts.consortium)) return;
    if (addressesGroupBids(facts.consortium)) return;
    const anchor = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks.find((b) => b.text.trim() !== '');
    if (!anchor) return;
    context.report({
      messageId: 'silent',
      block: anchor,
      fix: { range: [insertAt(doc), insertAt(doc)], text: `\n\n${CONSORTIUM_CLAUSE}` },
      facts: ['Consortium or group bids: not mentioned'],
    });
  },
});

/** The end of the first instructions section, or the end of the document's last non-blank text. */
function insertAt(doc: TenderDocument): number {
  for (const section of doc.sections) {
    if (!INSTRUCTIONS.test(section.title)) continue;
    // The section's own content (before its first subsection), so the clause stays under its heading.
    const next = section.children.length ? doc.sections[section.children[0]!]! : null;
    const content = doc.blocks.filter((b) => b.section === section.index && b.kind !== 'heading');
    const last = content[content.length - 1];
    const end = last?.kind === 'tableCell' && last.table !== undefined ? doc.tables[last.table]!.range.end.offset : last?.range.end.offset;
    if (end !== undefined && (!next || end <= next.range.start.offset)) return end;
  }
  return doc.text.trimEnd().length;
}
