/**
 * tupe-vat/vat-inconsistent — the same figure stated both including and excluding VAT, or VAT instructions
 * that contradict each other.
 * Rationale: PA 2023 s.123(2) (thresholds include VAT); PA 2023 s.19 and PCR 2015 reg 18 (equal treatment
 * and transparency: bidders must price on the same basis); seed 002 Section 6 "Competition and Scale"
 * (irrecoverable VAT); seed 004 Consortium Delivery (VAT issues in contracts and grants).
 */
import { defineRule } from '../../core/engine/define';
import { formatPounds } from '../../core/facts/describe';
import { isUkDocument } from '../../core/facts/tupe-vat/index';
import type { VatStatement } from '../../core/facts/tupe-vat/index';
import type { MoneyFact } from '../../core/facts/types';

const WORDS = { inclusive: 'including VAT', exclusive: 'excluding VAT' } as const;

export default defineRule({
  id: 'tupe-vat/vat-inconsistent',
  description: 'The same figure stated both including and excluding VAT, or conflicting VAT instructions',
  severity: 'error',
  kinds: ['itt', 'sq', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    sameFigure:
      '{{amount}} is stated {{basis}} here but {{other}} on line {{line}}: bidders cannot tell which figure is meant. Give one basis, or both figures ("£100,000 excluding VAT, £120,000 including VAT").',
    conflicting:
      'This {{what}} says {{basis}}, but the one on line {{line}} says {{other}}: bidders will price on different bases. Give one VAT instruction.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A figure stated both including and excluding VAT ("a budget of £500,000 excluding VAT" in one place, "£500,000 including VAT" in another) differs by a fifth depending on which is meant, and instructions that say in one place that prices must exclude VAT and in another that they must include it mean bidders price on different bases — prices that cannot be compared fairly, and a VAT-exempt charity that cannot tell whether to add its irrecoverable VAT. Equal treatment and transparency (PA 2023 s.19 and Part 1; PCR 2015 reg 18) need one basis.

The rule reports, as errors with the other location attached: the same amount (of £1,000 or more) written once including and once excluding VAT; two pricing instructions to bidders with opposite VAT bases; and two statements about the document's figures or values with opposite bases. A statement in a sentence that gives an amount ("The budget is £150,000 excluding VAT") is that amount's basis, not an instruction for the whole document, and is compared only as a figure. A figure given both ways in one sentence ("£100,000 excluding VAT (£120,000 including VAT)") is two different amounts and is not reported. Invitations to tender, selection questionnaires, specifications and contracts of UK documents are checked.`,
  sources: [
    { label: 'PA 2023 s.123(2)', text: 'Contract values for threshold purposes include VAT.' },
    { label: 'PA 2023 Part 1; PCR 2015 reg 18', text: 'Suppliers are treated equally and the procurement is transparent.' },
    { label: 'Seed 002, Section 6 "Competition and Scale"', text: 'Voluntary organisations are disadvantaged where irrecoverable VAT arises.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'There may be VAT issues in relation to contracts and grants.' },
  ],
  examples: {
    invalid: [
      {
        title: 'The budget stated both ways',
        text: '# Invitation to Tender\n\nThe annual budget is £150,000 excluding VAT.\n\n## Pricing\n\nYour annual price must not exceed the budget of £150,000 including VAT.\n',
      },
      {
        title: 'Contradictory pricing instructions',
        text: '# Invitation to Tender\n\nAll prices must be quoted exclusive of VAT.\n\n## Pricing schedule\n\nBidders must enter prices inclusive of VAT in the pricing schedule.\n',
      },
    ],
    valid: [
      {
        title: 'One basis, both figures',
        text: '# Invitation to Tender\n\nThe annual budget is £150,000 excluding VAT (£180,000 including VAT).\n\nAll prices must be quoted exclusive of VAT.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    // The same figure both ways.
    const firstBy = new Map<string, MoneyFact>();
    const reported = new Set<number>();
    for (const m of context.facts.money) {
      if (!m.vat || m.amount < 1000) continue;
      const other = firstBy.get(`${m.amount}:${m.vat === 'inclusive' ? 'exclusive' : 'inclusive'}`);
      firstBy.set(`${m.amount}:${m.vat}`, firstBy.get(`${m.amount}:${m.vat}`) ?? m);
      if (!other || reported.has(m.amount) || other.block === m.block) continue;
      reported.add(m.amount);
      context.report({
        messageId: 'sameFigure',
        data: { amount: formatPounds(m.amount), basis: WORDS[m.vat], other: WORDS[other.vat!], line: other.range.start.line },
        range: m.range,
        related: [{ range: other.range, message: `${other.text.trim()} (${WORDS[other.vat!]})` }],
      });
    }
    // Pricing instructions, and statements about the document's figures, that contradict each other.
    const conflict = (list: VatStatement[], what: string) => {
      const first = list[0];
      const other = first && list.find((s) => s.basis !== first.basis);
      if (!first || !other) return;
      context.report({
        messageId: 'conflicting',
        data: { what, basis: WORDS[other.basis], other: WORDS[first.basis], line: first.range.start.line },
        range: other.range,
        related: [{ range: first.range, message: `${what}: ${WORDS[first.basis]}` }],
      });
    };
    // A statement beside an amount gives that amount's basis, which the same-figure check reads.
    const general = t.vatStatements.filter((s) => !s.withAmount);
    conflict(general.filter((s) => s.instruction), 'pricing instruction');
    conflict(general.filter((s) => !s.instruction && s.subject === 'values'), 'statement of the figures');
  },
});
