/**
 * response/unevidenced-claim — a paragraph claiming quality or expertise ("excellent", "high quality", "highly
 * experienced", "a leading provider", "unique", "extensive experience", "passionate") with no evidence in it.
 * Rationale: seed 004, Bidding for Contracts: bids based on evidence, not opinion; testimonials and feedback.
 */
import { defineRule } from '../../core/engine/define';
import { findPhrases } from '../../core/engine/phrases';
import { blockRange } from '../../core/model/positions';
import { judgesResponse } from '../../core/facts/response/index';

/** Claims of quality or expertise. "Leading" only as an adjective ("a leading charity", "sector-leading"). */
export const CLAIM_PHRASES: ReadonlyArray<string | RegExp> = [
  /\bexcellent\b/gi,
  /\bhigh(?:est)?[- ]quality\b/gi,
  /\bhighly\s+(?:experienced|skilled|qualified|trained|regarded|respected)\b/gi,
  /\b(?:a|an|the|our|UK['’]s|most)\s+leading\b(?!\s+(?:to|us|them|him|her|it|on|up|into|by|with|and|or|the|a|an|our|their))|\b(?:sector|market|industry|world|field)[- ]leading\b/gi,
  /\b(?:our|a|an|is|are|truly|totally|completely|genuinely)\s+unique\b(?!\s+(?:reference|identifier|ids?|numbers?|codes?|logins?|users?|urls?|keys?|needs?|circumstances|requirements?)\b)|\buniquely\s+(?:placed|positioned|qualified|able)\b/gi,
  /\b(?:extensive|considerable|significant|substantial|wealth\s+of|vast)\s+(?:\w+\s+)?(?:experience|expertise)\b/gi,
  /\bpassionate\b/gi,
  /\bworld[- ]class\b|\bbest[- ]in[- ]class\b/gi,
];

export default defineRule({
  id: 'response/unevidenced-claim',
  description: 'A claim of quality or expertise with no evidence in the same paragraph',
  severity: 'warning',
  kinds: ['response'],
  regimes: 'all',
  messages: {
    claim: '"{{phrase}}" is a claim with no evidence in this paragraph: back it with a figure, an outcome, a date, a named source (inspection, evaluation, accreditation) or a quotation from someone you work with, or cut it.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { phrases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'More claim words to report, beside the default list.' } },
    },
    defaults: { phrases: [] },
  },
  fixable: false,
  explanation: `Evaluators cannot score an adjective. "We are a leading provider of excellent services" earns nothing unless the paragraph shows it: the source papers say bids need to be based on evidence not opinion, and to include testimonials, feedback and evidence from users.

The rule reports a claim of quality or expertise ("excellent", "high quality", "highly experienced", "a leading provider", "sector-leading", "a unique service", "uniquely placed", "extensive experience", "passionate", "world-class") in a paragraph, list item or table cell of bidder text that carries no evidence marker: an amount, percentage or date already read from the text, another figure, a named source (an attachment or appendix, a link, an inspection, evaluation, survey, audit or accreditation), a quotation from someone served ("told us", a quoted sentence) or a worked example ("for example"). "Leading" as a verb ("leading to", "leading us to") is not a claim. Add claim words with \`phrases\`. Questions and form text are not checked.`,
  sources: [
    { label: 'Seed 004, Bidding for Contracts: Evidence', text: 'Bids need to be based on evidence not opinion. Make sure you use a sentence and paragraph structure which provides evidence of your outcomes, your activities and your outputs.' },
    { label: 'Seed 004, Bidding for Contracts: Useful tips', text: 'Include testimonials, feedback and evidence from users in bids.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Claims with nothing behind them',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Family Support\n\n## Question 1: Experience\n\nWe are a leading local charity with a highly experienced team who deliver excellent support to families.\n',
      },
    ],
    valid: [
      {
        title: 'A claim with its evidence',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Family Support\n\n## Question 1: Experience\n\nOur highly experienced team supported 146 families last year, and Ofsted rated our family centre outstanding in March 2025.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings, doc } = context;
    if (!judgesResponse(settings.kind)) return;
    const paragraphs = new Map(facts.response.paragraphs.map((p) => [p.block, p]));
    const extra = (context.options.phrases as string[]) ?? [];
    const phrases = extra.length ? [...CLAIM_PHRASES, ...extra] : CLAIM_PHRASES;
    const reported = new Set<number>();
    for (const m of findPhrases(context, { messageId: 'claim', phrases, blocks: ['paragraph', 'listItem', 'tableCell'] })) {
      const p = paragraphs.get(m.block.id);
      if (!p || p.evidence.length > 0 || reported.has(m.block.id)) continue;
      reported.add(m.block.id);
      context.report({ messageId: 'claim', data: { phrase: m.text.replace(/\s+/g, ' ') }, range: blockRange(doc, m.block, m.start, m.end), facts: ['No evidence marker in this paragraph (figure, date, percentage, amount, named source, quotation or example)'] });
    }
  },
});
