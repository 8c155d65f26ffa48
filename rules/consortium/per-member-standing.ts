/**
 * consortium/per-member-standing — each member of a consortium must individually meet financial or turnover
 * thresholds, rather than the group being assessed on its combined resources.
 * Rationale: PCR 2015 reg 63(1), (6) (a group may rely on the capacities of its members); PA 2023 s.22(8)–(9)
 * (associated suppliers' capacity counts towards the conditions); PPN 03/24; seed 000 §4.9, §4.17.
 */
import { defineRule } from '../../core/engine/define';
import { readsAsTender, readsAsUkTender } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/per-member-standing',
  description: 'Each consortium member must individually meet financial standing or turnover thresholds',
  severity: 'warning',
  kinds: ['sq', 'itt', 'mixed'],
  regimes: 'all',
  messages: {
    eachMember:
      'Each consortium member must meet the financial tests on its own: assess the group\'s economic and financial standing on its members\' combined resources, as the law lets a group rely on its members\' capacity (PCR 2015 reg 63(1), (6); PA 2023 s.22(8)–(9)).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A consortium exists because its members together can do what none can alone. If every member must pass the turnover threshold or the financial risk assessment on its own, the small charity whose specialist service is the reason for the bid fails the test and the consortium cannot bid, however strong the group is as a whole.

The Public Contracts Regulations 2015 let an economic operator, and a group of economic operators, rely on the capacities of other entities, including the group's members, to meet the economic and financial standing criteria (reg 63(1), (6)); the Procurement Act 2023 counts the capacity of associated suppliers, including members of a group bidding together, towards the conditions of participation (s.22(8)–(9)). Assessing each member separately against the full thresholds defeats both.

The rule reports sentences and table rows that demand that each, every or all members meet a turnover, financial standing, financial risk or conditions-of-participation test "individually", "in their own right", "separately" or "on their own", or that each member "must meet" or "must have" such a threshold. Standing assessed on the combined or aggregate resources of the group, a single composite response, and questions that every member completes Parts 1 and 2 (exclusion grounds) are not reported. Checking that each member is not financially failing, proportionately to its share of the work, can be sound; say so in the document and suppress the finding with a reason. A document whose kind is not stated and that reads as contract terms (many "The Supplier shall…" sentences) is not checked, nor is a United States federal solicitation.`,
  sources: [
    { label: 'PCR 2015 reg 63(1), (6)', text: 'An economic operator, or a group of economic operators, may rely on the capacities of other entities, including group members, for economic and financial standing.' },
    { label: 'PA 2023 s.22(8)–(9)', text: 'The capacity of associated suppliers (members of a group, committed sub-contractors and guarantors) counts towards the conditions of participation.' },
    { label: 'PPN 03/24', text: 'The instructions must say whether Part 3 of the SQ is one composite answer for the group or answered per member.' },
    { label: 'Seed 000 §4.9–4.10, §4.17', text: 'Consortia do not thrive under current procurement systems; make PQQs consortia-friendly.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Turnover demanded of each member',
        text: '# Selection Questionnaire: Floating Support\n\n## Financial standing\n\nWhere a consortium bids, each member must individually meet the minimum turnover requirement of £400,000.\n',
      },
    ],
    valid: [
      {
        title: 'Combined standing',
        text: '# Selection Questionnaire: Floating Support\n\n## Financial standing\n\nWhere a consortium bids, its financial standing will be assessed on the combined turnover of its members.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!readsAsTender(consortium, context.settings.kind)) return;
    const seen = new Set<number>();
    for (const s of consortium.standing) {
      if (s.basis !== 'each-member' || seen.has(s.block)) continue;
      seen.add(s.block);
      context.report({ messageId: 'eachMember', range: s.range, facts: [`Group financial standing: each member assessed on its own — "${s.sentence.trim()}"`] });
    }
  },
});
