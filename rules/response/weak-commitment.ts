/**
 * response/weak-commitment — "we aim to", "we hope to", "we will try", "we will endeavour", "we strive",
 * "where possible", "it is anticipated": wording that commits to nothing. Suggestions offer "we will".
 * Rationale: seed 004, Bidding for Contracts, Evidence: "You should never write 'we aim' in a bid".
 */
import { defineRule } from '../../core/engine/define';
import { findPhrases, type PhraseMatch } from '../../core/engine/phrases';
import { blockOffsetToSource, blockRange } from '../../core/model/positions';
import { judgesResponse } from '../../core/facts/response/index';
import type { Suggestion } from '../../core/engine/types';

/** Hedges before a verb ("we aim to deliver"): replaced by a firm commitment. */
const HEDGES: readonly RegExp[] = [
  /\bwe\s+(?:will\s+|shall\s+|would\s+)?(?:aim|hope|try|endeavou?r|strive|seek|attempt)\s+to\b/gi,
  /\bwe\s+(?:will|shall|would)\s+(?:try|endeavou?r|strive|seek|attempt)\s+to\b/gi,
  /\bwe['’]ll\s+(?:try|endeavou?r|strive|aim)\s+to\b/gi,
];

/** The default list: hedges and qualifiers that leave a commitment open. */
export const WEAK_PHRASES: ReadonlyArray<string | RegExp> = [
  ...HEDGES,
  /\bwe\s+(?:aim|hope|strive|endeavou?r)\b(?!\s+to\b)/gi,
  /\bwe\s+will\s+(?:try|endeavou?r)\b(?!\s+to\b)/gi,
  /\b(?:where|wherever|whenever|when|as\s+far\s+as|if)\s+(?:possible|practicable|feasible)\b/gi,
  /\bit\s+is\s+(?:anticipated|hoped|envisaged|intended)\s+that\b/gi,
];

function isHedge(text: string): boolean {
  return HEDGES.some((re) => new RegExp(re.source, 'i').test(text) && new RegExp(`^(?:${re.source})$`, 'i').test(text));
}

function suggestionsFor(ctx: { doc: { text: string } }, m: PhraseMatch): Suggestion[] {
  const start = blockOffsetToSource(m.block, m.start);
  const end = blockOffsetToSource(m.block, m.end - 1) + 1;
  const capital = /^[A-Z]/.test(m.text);
  const we = capital ? 'We' : 'we';
  if (isHedge(m.text)) {
    return [
      { desc: `Replace "${m.text}" with "${we} will"`, fix: { range: [start, end], text: `${we} will` } },
      { desc: `Replace "${m.text}" with "${we} undertake to"`, fix: { range: [start, end], text: `${we} undertake to` } },
    ];
  }
  if (/^(?:where|wherever|whenever|when|as\s+far\s+as|if)\s/i.test(m.text)) {
    // Remove the qualifier with the comma or space that joins it to the sentence.
    const text = ctx.doc.text;
    let s = start;
    let e = end;
    if (text[e] === ',' && text[s - 2] === ',' && text[s - 1] === ' ') {
      s -= 2;
      e += 1;
    }
    else if (text[e] === ',' && text[e + 1] === ' ') e += 2;
    else if (text[s - 1] === ' ') s -= 1;
    return [{ desc: `Remove "${m.text}" and commit outright`, fix: { range: [s, e], text: '' } }];
  }
  return [];
}

export default defineRule({
  id: 'response/weak-commitment',
  description: 'Wording that hedges a commitment ("we aim to", "where possible")',
  severity: 'warning',
  kinds: ['response'],
  regimes: 'all',
  hasSuggestions: true,
  messages: {
    weak: '"{{phrase}}" commits to nothing and reads as an unproved claim: say what you will do ("we will …") and how you will show it.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { phrases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'More phrases to report, beside the default list.' } },
    },
    defaults: { phrases: [] },
  },
  fixable: false,
  explanation: `Evaluators score what a bid commits to and shows, not what it hopes for. The source papers are blunt: bids need to be based on evidence, not opinion, and you should never write "we aim" in a bid, because it sounds like an unproved claim.

The rule reports hedges before a commitment ("we aim to", "we hope to", "we will try to", "we will endeavour to", "we strive to", "we seek to") and qualifiers that leave it open ("where possible", "wherever practicable", "it is anticipated that"). Add your own with \`phrases\` (each matched as whole words, any case). The suggestions replace a hedge with "we will" or "we undertake to", and remove a "where possible"; check that the sentence still says what you can deliver. Past tense reports of work done ("our goal was") are not hedges and are not reported.`,
  sources: [
    { label: 'Seed 004, Bidding for Contracts: Evidence', text: "Bids need to be based on evidence not opinion … You should never write 'we aim' in a bid because it will sound like an unproved claim." },
  ],
  examples: {
    invalid: [
      {
        title: 'A hedged commitment',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Advice Line\n\n## Question 3: Access\n\nWe aim to answer every call within two minutes and will offer call-backs where possible.\n',
      },
    ],
    valid: [
      {
        title: 'A firm commitment',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Advice Line\n\n## Question 3: Access\n\nWe will answer every call within two minutes and offer a call-back within one working day to anyone who cannot hold.\n',
      },
    ],
  },
  check(context) {
    if (!judgesResponse(context.settings.kind)) return;
    const extra = (context.options.phrases as string[]) ?? [];
    const phrases = extra.length ? [...WEAK_PHRASES, ...extra] : WEAK_PHRASES;
    const questions = new Set(context.facts.response.questions.map((q) => q.block));
    for (const m of findPhrases(context, { messageId: 'weak', phrases, blocks: ['paragraph', 'listItem', 'tableCell'] })) {
      if (questions.has(m.block.id)) continue;
      context.report({
        messageId: 'weak',
        data: { phrase: m.text.replace(/\s+/g, ' ') },
        range: blockRange(context.doc, m.block, m.start, m.end),
        suggestions: suggestionsFor(context, m),
      });
    }
  },
});
