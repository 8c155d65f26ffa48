/**
 * consortium/subcontracting — subcontracting prohibited or restricted without a stated reason.
 * Rationale: PA 2023 s.28(1) (the authority asks about intended sub-contracting), s.54(1) (regard to the need for
 * sub-contracting); PCR 2015 reg 71 (subcontracting), reg 63(7) (critical tasks may be reserved, with reason);
 * seed 002 Section 2 (supply chains, "bid candy"); seed 000 §4.8 (a diverse supply chain).
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/subcontracting',
  description: 'Subcontracting prohibited or restricted without a stated reason',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    prohibited:
      'Subcontracting is prohibited with no reason given: this shuts out small and voluntary providers that deliver through or alongside others; allow subcontracting, or reserve only the critical tasks that must be done by the bidder and say why (PA 2023 s.28; PCR 2015 reg 63(7)).',
    restricted:
      'Subcontracting is restricted with no reason given: say why the limit is needed, or reserve only the critical tasks that must be done by the bidder (PA 2023 s.28; PCR 2015 reg 63(7)).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Many small and voluntary organisations take part in public services as subcontractors of a larger provider, or deliver a service with specialist partners. A tender that forbids subcontracting, or caps it at a small share of the work without explanation, removes that route and narrows the supply chain the source papers ask authorities to diversify. The Procurement Act 2023 expects sub-contracting: the authority must ask suppliers about their intended sub-contracting (s.28(1)) and have regard to the need for it when setting time limits (s.54(1)). The Public Contracts Regulations 2015 let an authority reserve critical tasks to the bidder itself (reg 63(7)): a restriction is lawful when it is there for a reason.

The rule reports sentences that prohibit subcontracting ("subcontracting will not be permitted", "the supplier must not subcontract") or restrict it (a cap on the share subcontracted, a demand that the bidder deliver all the services with its own staff), when neither the sentence nor the next one gives a reason (because, in order to, safeguarding, security clearance, critical tasks…). Subcontracting subject to the authority's consent, which contracts commonly require, is not reported. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'PA 2023 s.28(1)', text: 'The authority must ask suppliers about their intended sub-contracting.' },
    { label: 'PA 2023 s.54(1)', text: 'Time limits must have regard to the need for sub-contracting.' },
    { label: 'PCR 2015 reg 63(7)', text: 'Certain critical tasks may be required to be performed directly by the tenderer or a group member.' },
    { label: 'Seed 002, Section 2', text: 'Supply-chain management: voluntary subcontractors bear disproportionate risk and become "bid candy".' },
    { label: 'Seed 000 §4.8', text: 'Build a diverse supplier base; the growing scale of tenders precludes a diverse supply chain.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Subcontracting banned outright',
        text: '# Invitation to Tender: Grounds Maintenance\n\n## Subcontracting\n\nSubcontracting will not be permitted under this contract.\n',
      },
    ],
    valid: [
      {
        title: 'A restriction with its reason',
        text: '# Invitation to Tender: Grounds Maintenance\n\n## Subcontracting\n\nSubcontracting is welcome. Direct work with children must be delivered by the provider\'s own vetted staff, because of the safeguarding duties attached to it.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    for (const s of consortium.subcontracting) {
      if ((s.stance !== 'prohibited' && s.stance !== 'restricted') || s.reason) continue;
      context.report({ messageId: s.stance, range: s.range, facts: [`Subcontracting ${s.stance}, no reason stated — "${s.sentence.trim()}"`] });
    }
  },
});
