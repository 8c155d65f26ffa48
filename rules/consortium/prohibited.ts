/**
 * consortium/prohibited — bids from consortia or groups excluded, or a single legal entity demanded of bidders.
 * Rationale: PCR 2015 reg 19(2)–(3) (groups may take part; no legal form to tender); PA 2023 s.22(8)–(9)
 * (members of a group count as associated suppliers); seed 000 §4.7–4.11, §4.17.
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/prohibited',
  description: 'Bids from consortia or groups excluded, or a single legal entity demanded of bidders',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    prohibitedPcr:
      'Bids from consortia or groups are excluded: under the Public Contracts Regulations 2015 groups of economic operators may take part and cannot be required to have a legal form to tender (reg 19(2)–(3)); accept group bids.',
    singleEntityPcr:
      'Only a single legal entity may bid: under the Public Contracts Regulations 2015 groups of economic operators may take part and cannot be required to have a legal form to tender (reg 19(2)–(3)); accept bids from consortia.',
    prohibited:
      'Bids from consortia or groups are excluded: this shuts out small and voluntary organisations that can only deliver together; accept group bids, whose members count as associated suppliers (PA 2023 s.22(8)–(9); seed 000 §4.17).',
    singleEntity:
      'Only a single legal entity may bid: this shuts out small and voluntary organisations that can only deliver together; accept bids from consortia (PA 2023 s.22(8)–(9); seed 000 §4.17).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A consortium lets small charities, community groups and social enterprises offer together what none of them could deliver alone. A tender that refuses consortium or joint bids, or that accepts bids only from "a single legal entity", excludes them outright.

Under the Public Contracts Regulations 2015 groups of economic operators, including temporary associations, may take part in procurement procedures and cannot be required to have a specific legal form in order to submit a tender (reg 19(2)–(3)); excluding them breaches the regulations, so the finding is an **error** when the regime is PCR 2015. The Procurement Act 2023 has no express rule, but treats suppliers bidding together as associated suppliers whose capacity counts towards the conditions of participation (s.22(8)–(9)), and requires authorities to have regard to the barriers small and medium-sized enterprises face (s.12(4)); under the Act and other regimes the finding is a **warning**.

The rule reports sentences and questionnaire rows that refuse consortium, joint or group bids ("consortium bids will not be accepted", a row "Consortium bids | No"), or that demand bidders be a single legal entity. Rules that stop one organisation bidding twice (in two consortia, or alone and in a consortium for the same lot), rules about changing a consortium's membership, and the award of the contract to a single entity are not reported. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'PCR 2015 reg 19(2)–(3)', text: 'Groups of economic operators may participate; they shall not be required to have a specific legal form in order to submit a tender.' },
    { label: 'PA 2023 s.22(8)–(9)', text: 'Suppliers bidding together are associated suppliers whose capacity counts towards the conditions of participation.' },
    { label: 'PA 2023 s.12(4)', text: 'Regard to the particular barriers facing small and medium-sized enterprises.' },
    { label: 'Seed 000 §4.7–4.11, §4.17', text: 'Consortia are crucial for a diversity of providers; make all PQQs consortia-friendly.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Consortium bids refused',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pcr2015\n---\n\n# Invitation to Tender: Community Transport\n\n## Who may bid\n\nBids from consortia will not be accepted.\n',
      },
      {
        title: 'A single legal entity demanded',
        text: '# Invitation to Tender: Community Transport\n\n## Who may bid\n\nTenders must be submitted by a single legal entity.\n',
      },
    ],
    valid: [
      {
        title: 'Consortium bids welcomed; one bid per organisation',
        text: '# Invitation to Tender: Community Transport\n\n## Who may bid\n\nBids from consortia are welcome. An organisation may not be a member of more than one consortium for the same lot.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    const pcr = context.settings.regime === 'pcr2015';
    const seen = new Set<number>();
    for (const s of consortium.groupBids) {
      if (s.stance !== 'prohibited' || seen.has(s.block)) continue;
      seen.add(s.block);
      context.report({
        messageId: s.singleEntity ? (pcr ? 'singleEntityPcr' : 'singleEntity') : pcr ? 'prohibitedPcr' : 'prohibited',
        // Excluding groups breaches PCR 2015 reg 19; elsewhere it is a barrier, not a breach.
        severity: pcr ? 'error' : undefined,
        range: s.range,
        facts: [`Group bids: prohibited — "${s.sentence.trim()}"`],
      });
    }
  },
});
