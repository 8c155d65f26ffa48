/**
 * consortium/conflict-of-interest — organisations excluded for taking part in pre-market engagement, or
 * "conflict of interest" made a ground of exclusion without a definition or a way to deal with it.
 * Rationale: seed 000 §4.15 ("conflict of interest" invoked inconsistently against VCS groups involved early);
 * PA 2023 s.81–83 (conflicts assessment and mitigation), s.16–17 (preliminary market engagement; exclusion only
 * where an unfair advantage cannot be avoided); PCR 2015 regs 24, 41, 57(4)(e)–(f).
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/conflict-of-interest',
  description: 'Market-engagement participants excluded, or "conflict of interest" a ground of exclusion with no definition',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    marketEngagement:
      'Organisations are excluded for taking part in market engagement or in designing the service: exclude only where an unfair advantage cannot be avoided by other means, such as sharing the information with all bidders (PA 2023 s.16–17, s.81–83; PCR 2015 regs 41, 57(4)(f); seed 000 §4.15).',
    undefinedTerm:
      '"Conflict of interest" is a ground of exclusion here, but the document does not define it or say how a conflict can be dealt with: define it (for example by reference to PA 2023 s.81–83 or PCR 2015 reg 24) and say what steps can avoid exclusion (seed 000 §4.15).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Voluntary and community organisations are often asked to help shape a service: they know its users and its gaps. The source papers report that "conflict of interest" is then invoked, inconsistently and ad hoc, to stop the same organisations bidding. The law asks for something narrower. Under the Procurement Act 2023 an authority must take reasonable steps to identify and mitigate conflicts of interest and keep a conflicts assessment (s.81–83), and may treat a supplier as excluded because of preliminary market engagement only where it has an unfair advantage that cannot be avoided (s.16–17). Under the Public Contracts Regulations 2015 the authority must prevent, identify and remedy conflicts (reg 24), must take appropriate measures so that prior involvement does not distort competition (reg 41), and may exclude only where other means cannot (reg 57(4)(e)–(f)).

The rule reports sentences that exclude, disqualify or bar organisations because they took part in market engagement, consultation or the design of the specification, unless the sentence or the next one limits this to an unfair advantage that cannot be avoided or offers another remedy. It also reports "conflict of interest" used as a ground for exclusion ("will be excluded", "will not be permitted to bid") when the document nowhere defines the term (or refers to a statutory definition) and the sentence offers no way of dealing with the conflict. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'Seed 000 §4.15', text: '"Conflict of interest" is invoked when VCS groups have been involved early in the commissioning cycle, and is used inconsistently.' },
    { label: 'PA 2023 s.81–83', text: 'Duty to identify and mitigate conflicts of interest; conflicts assessments.' },
    { label: 'PA 2023 s.16–17', text: 'Preliminary market engagement; exclusion only where an unfair advantage cannot be avoided.' },
    { label: 'PCR 2015 regs 24, 41, 57(4)(e)–(f)', text: 'Prevent and remedy conflicts; measures for prior involvement; exclusion only where other means cannot remedy.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Co-design participants barred',
        text: '# Invitation to Tender: Mental Health Peer Support\n\n## Eligibility\n\nOrganisations that took part in the co-design workshops will be excluded from this tender.\n',
      },
    ],
    valid: [
      {
        title: 'Market engagement welcome; unfair advantage dealt with',
        text: '# Invitation to Tender: Mental Health Peer Support\n\n## Eligibility\n\nTaking part in the market engagement events will not prevent an organisation from bidding. All information shared at the events is published with this tender so that no bidder has an unfair advantage.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    for (const c of consortium.conflicts) {
      context.report({
        messageId: c.kind === 'market-engagement' ? 'marketEngagement' : 'undefinedTerm',
        range: c.range,
        facts: [c.kind === 'market-engagement' ? `Market-engagement participants excluded — "${c.sentence.trim()}"` : 'Conflict of interest: not defined in the document'],
      });
    }
  },
});
