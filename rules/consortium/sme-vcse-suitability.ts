/**
 * consortium/sme-vcse-suitability — under the Procurement Act 2023, an invitation to tender with no statement on
 * whether the contract (or any lot) is particularly suitable for SMEs and VCSEs.
 * Rationale: PR 2024 reg 18(2)(t) (the tender notice states SME and VCSE suitability); PA 2023 s.12(4) (regard to
 * the barriers SMEs face); PPN 001 (SME and VCSE spend targets); seed 000 §4.8, §4.17.
 */
import { defineRule } from '../../core/engine/define';
import { mainTenderDocument, readsAsUkTender, underProcurementAct } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/sme-vcse-suitability',
  description: 'A Procurement Act tender that does not say whether the contract suits SMEs and VCSEs',
  severity: 'info',
  kinds: ['itt'],
  regimes: ['pa2023'],
  messages: {
    missing:
      'The tender does not say whether the contract, or any lot, is particularly suitable for small and medium-sized enterprises (SMEs) or voluntary, community and social enterprises (VCSEs): the tender notice must say so (PR 2024 reg 18(2)(t)); state it here too.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Under the Procurement Act 2023 the tender notice must say whether the contract, or any lot, is particularly suitable for small and medium-sized enterprises and for voluntary, community and social enterprises (Procurement Regulations 2024 reg 18(2)(t)), and the authority must have regard to the particular barriers SMEs face (s.12(4)). Stating the answer in the tender documents too tells small providers at once whether the opportunity is meant for them; central government also has SME and VCSE spending targets (PPN 001).

The rule reports once, at information level, when a Procurement Act invitation to tender nowhere says that the contract or a lot is (or is not) suitable for SMEs or VCSEs (for example "This contract is considered suitable for SMEs and VCSEs", or a form row "Suitable for VCSEs | Yes"). The statement may be in the tender notice only; then suppress the finding with that reason. The Act must be known to apply: the regime is stated or detected, or the document uses the Act's own terms (the Central Digital Platform, conditions of participation, associated persons, the debarment list, assessment summaries). Only the main tender document is checked (one that states a submission deadline, or whose kind is set in front matter or configuration), not its attachments.`,
  sources: [
    { label: 'PR 2024 reg 18(2)(t)', text: 'The tender notice must state whether the contract or any lot is particularly suitable for SMEs or VCSEs.' },
    { label: 'PA 2023 s.12(4)', text: 'Contracting authorities must have regard to the particular barriers facing SMEs.' },
    { label: 'PPN 001 (2025)', text: 'Central government SME and VCSE spend targets.' },
    { label: 'Seed 000 §4.8', text: 'Build a diverse supplier base; break tender pots down.' },
  ],
  examples: {
    invalid: [
      {
        title: 'No statement on suitability',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender: Lunch Club Provision\n\n## Timetable\n\nTenders must be submitted by 12:00 on Friday 5 March 2027.\n',
      },
    ],
    valid: [
      {
        title: 'Suitability stated',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender: Lunch Club Provision\n\nThe Council considers this contract suitable for SMEs and VCSEs.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings, doc } = context;
    if (!readsAsUkTender(facts.consortium, settings.sources.regime)) return;
    if (!underProcurementAct(facts.consortium, settings.regime, settings.sources.regime)) return;
    if (!mainTenderDocument(facts, settings.kind, settings.sources.kind)) return;
    if (facts.consortium.suitability.length > 0) return;
    const anchor = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks.find((b) => b.text.trim() !== '');
    if (!anchor) return;
    context.report({ messageId: 'missing', block: anchor, facts: ['SME/VCSE suitability: not stated'] });
  },
});
