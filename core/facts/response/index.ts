/**
 * Bid response facts, built once per document:
 *
 *   questions   each question (heading, numbered paragraph or list item, "Question:" line, questionnaire table
 *               row) with its word, character or page limit, its answer (the blocks under it until the next
 *               question), the answer's word and character counts and its state (answered, empty, placeholder)
 *   paragraphs  each block of bidder text (not a question, heading or form furniture) with its evidence markers:
 *               money, dates and percentages already read, figures, named sources, quotations, examples
 *
 * Table-tested in `test/facts/response.test.ts`.
 */
import type { TenderDocument } from '../../model/types';
import type { Facts } from '../types';
import { blockRange } from '../../model/positions';
import { factsByBlock } from './evidence';
import { paragraphsOf } from './paragraphs';
import { eachAnswerLimit } from './limits';
import { buildQuestions } from './questions';
import { blockFlags, FURNITURE } from './text';
import type { LimitMatch, ResponseFacts, ResponseLimit, ResponseParagraph, ResponseQuestion } from './types';
import { proseTexts, TextMemo } from '../../model/memo';

export type * from './types';
export { countCharacters, countWords } from './text';
export { eachAnswerLimit, extractLimits } from './limits';

export function buildResponse(doc: TenderDocument, facts: Facts): ResponseFacts {
  const questions = buildQuestions(doc);
  const questionBlocks = new Set(questions.map((q) => q.block));
  const general = documentLimit(doc, questions, questionBlocks);
  if (general) for (const q of questions) q.limit ??= general;
  const flags = blockFlags(doc);
  const bidderText = doc.blocks.filter(
    (block, b) => (block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'tableCell') && !questionBlocks.has(block.id) && (flags[b]! & FURNITURE) === 0,
  );
  // Read when first asked for: only the response rules (on a document judged a response), the facts printout and
  // the facts request use paragraphs, and in the editor a tender's evidence markers would otherwise be found, and
  // those of every block after the edit moved, on every keystroke for nobody.
  let paragraphs: ResponseParagraph[] | undefined;
  return {
    questions,
    get paragraphs(): ResponseParagraph[] {
      return (paragraphs ??= paragraphsOf(doc, factsByBlock(facts), bidderText));
    },
  };
}

/** The limit each block text states for every answer, by text (never changed by its users). */
const answerLimits = new TextMemo<LimitMatch | null>(eachAnswerLimit);

/**
 * The limit a document states once for every answer, read outside the questions and their answers (the
 * instructions, or a note above the questions); none when two such statements disagree.
 */
function documentLimit(doc: TenderDocument, questions: readonly ResponseQuestion[], questionBlocks: ReadonlySet<number>): ResponseLimit | null {
  if (questions.length === 0) return null;
  const answers = new Set(questions.flatMap((q) => q.answerBlocks));
  let found: ResponseLimit | null = null;
  const limits = answerLimits.values(proseTexts(doc));
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    if (questionBlocks.has(block.id) || answers.has(block.id)) continue;
    const m = limits[block.id]!;
    if (!m) continue;
    if (found && (found.value !== m.value || found.unit !== m.unit)) return null;
    found ??= { value: m.value, unit: m.unit, text: m.text, block: block.id, range: blockRange(doc, block, m.start, m.end), scope: 'document' };
  }
  return found;
}

/** Where a question's limit is shown: at the limit when the question states it, at the question when the document does. */
export function limitAnchor(q: Pick<ResponseQuestion, 'limit' | 'range'>): ResponseQuestion['range'] {
  return q.limit && q.limit.scope === 'question' ? q.limit.range : q.range;
}

/** Response facts before the document is read. */
export function emptyResponse(): ResponseFacts {
  return { questions: [], paragraphs: [] };
}

/** The count an answer is held to: words or characters, as its limit says; null for page limits and no limit. */
export function countAgainstLimit(q: { limit: { unit: string; value: number } | null; words: number; characters: number }): { count: number; unit: 'words' | 'characters'; limit: number } | null {
  if (!q.limit || q.limit.unit === 'pages') return null;
  return { count: q.limit.unit === 'words' ? q.words : q.characters, unit: q.limit.unit as 'words' | 'characters', limit: q.limit.value };
}

/** The response rules judge bid responses only: a document whose kind is stated or detected as `response`. */
export function judgesResponse(kind: string): boolean {
  return kind === 'response';
}

/**
 * A blank form: fewer than half of its required questions answered (a template, or a bid not yet started).
 * Unanswered questions are reported only once a bid is under way.
 */
export function isBlankForm(questions: readonly { state: string; optional: boolean }[]): boolean {
  const required = questions.filter((q) => !q.optional);
  const answered = required.filter((q) => q.state === 'answered').length;
  return required.length === 0 || answered * 2 < required.length;
}
