/**
 * Questions and their answers: headings, numbered paragraphs and list items, "Question:" lines and questionnaire
 * table rows, each with its limit and the answer under it (until the next question), counted as evaluators count.
 */
import type { Range, TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { proseTexts, TextMemo } from '../../model/memo';
import { cellLimit, extractLimits, isLimitHeader, isLimitLine } from './limits';
import {
  answerText,
  blockFlags,
  FURNITURE,
  QUESTION_HEADING,
  QUESTION_TEXT,
  asksOutcomes,
  continuesGuidance,
  countCharacters,
  countWords,
  isAnswerLabel,
  isFurniture,
  isGuidanceLabel,
  isOptional,
  isPlaceholder,
  isQuestionHeading,
  isQuestionText,
  QUESTION_LABEL,
  questionNumber,
  readsAsInstruction,
} from './text';
import type { AnswerState, QuestionOrigin, ResponseLimit, ResponseQuestion } from './types';

interface Draft {
  origin: QuestionOrigin;
  block: TextBlock;
  text: string;
  limit: ResponseLimit | null;
  answer: TextBlock[];
}

function limitOf(doc: TenderDocument, block: TextBlock, header = ''): ResponseLimit | null {
  const m = block.kind === 'tableCell' ? cellLimit(block.text, header) : extractLimits(block.text)[0];
  if (!m) return null;
  return { value: m.value, unit: m.unit, text: m.text, block: block.id, range: blockRange(doc, block, m.start, m.end), scope: 'question' };
}

const ANSWER_HEADER = /\b(?:response|answer|reply)s?\b/i;
const QUESTION_HEADER = /\b(?:questions?|requirements?|criteri(?:on|a)|descriptions?)\b/i;
const NUMBER_CELL_PATTERN = /^(?:(?:question|q) ?\.? ?)?[A-Z]?\d+(?:\.\d+)*[a-z]? ?[.)]? ?(?:\([a-z]+\))?$/i;
const NUMBER_CELL = { test: (text: string) => NUMBER_CELL_PATTERN.test(text.replace(/\s+/g, ' ').trim()) };

/** Questions read from a table: a question cell with its answer cell in the same row, or the rows below it. */
function tableQuestions(doc: TenderDocument, tableIndex: number, out: Draft[], taken: Set<number>, flags: readonly number[]): void {
  const table = doc.tables[tableIndex]!;
  const cells = (r: number) => (table.rows[r] ?? []).map((c) => doc.blocks[c.block]!);
  const header = table.rows[0] ?? [];
  const answerCol = header.findIndex((c) => ANSWER_HEADER.test(c.text) && !QUESTION_HEADER.test(c.text));
  const limitCol = header.findIndex((c) => isLimitHeader(c.text) && !ANSWER_HEADER.test(c.text));
  const questionCol = header.findIndex((c, i) => i !== answerCol && QUESTION_HEADER.test(c.text));
  const headed = answerCol >= 0 && header.length >= 2;
  let open: Draft | null = null;
  for (let r = headed ? 1 : 0; r < table.rows.length; r++) {
    // Outside a question, a row of a table without an answer column that states no question gives nothing.
    if (!headed && !open && !(table.rows[r] ?? []).some((c) => (flags[c.block]! & QUESTION_TEXT) !== 0)) continue;
    const row = cells(r);
    if (headed) {
      const q = questionCol >= 0 ? row[questionCol] : row.find((b, i) => i !== answerCol && i !== limitCol && b.text.trim() && !NUMBER_CELL.test(b.text));
      const a = row[answerCol];
      if (!q || !a || !q.text.trim() || q.id === a.id) continue;
      if (/:\s*$/.test(q.text) || (!isQuestionText(q.text) && !(questionCol >= 0 && q.text.trim().split(/\s+/).length >= 4))) continue;
      const limit = limitOf(doc, q) ?? (limitCol >= 0 && row[limitCol] ? limitOf(doc, row[limitCol]!, header[limitCol]!.text) : null);
      out.push({ origin: 'table', block: q, text: q.text, limit, answer: [a] });
      for (const b of row) taken.add(b.id);
      continue;
    }
    const q = row.find((b) => (flags[b.id]! & QUESTION_TEXT) !== 0);
    if (q) {
      const others = row.filter((b) => b.id !== q.id && !NUMBER_CELL.test(b.text) && !isLimitLine(b.text) && !limitOf(doc, b, 'limit'));
      const limit = limitOf(doc, q) ?? row.map((b) => (b.id === q.id ? null : limitOf(doc, b, 'word limit'))).find(Boolean) ?? null;
      open = { origin: 'table', block: q, text: q.text, limit, answer: [] };
      out.push(open);
      for (const b of row) taken.add(b.id);
      if (others.length) {
        open.answer.push(...others.filter((b) => !isAnswerLabel(b.text)));
        open = null;
      }
      continue;
    }
    if (open) {
      for (const b of row) {
        taken.add(b.id);
        if (!isFurniture(b.text)) open.answer.push(b);
      }
    }
  }
}

/** An answer-type line of a rendered form: the options listed under it are choices, not answers. */
const ANSWER_TYPE = /^[_*(\s]*answer\s+type\s*:/i;
/** A clause number at the start of a block ("7.3 (b)", "8. "), or a limit stated in running text. */
function endsAnswer(text: string): boolean {
  if (/^\s*(?:\d+\.\d+(?:\.\d+)*[a-z]?|\d+[.)]|\([a-z]\))\s+\S/i.test(text)) return true;
  return (extractLimits(text).length > 0 && !isLimitLine(text)) || readsAsInstruction(text);
}

/** `formFlags` bits: what a block's text is to the form, each a test of the text alone. */
const LABEL = 1;
const LIMIT_LINE = 2;
const ANSWER_LABEL = 4;
const ENDS_ANSWER = 8;
const ANSWER_TYPE_LINE = 16;
const GUIDANCE_LABEL = 32;
const CONTINUES_GUIDANCE = 64;

/** The form tests of each block text, asked once per text (an unchanged block costs a comparison per check). */
const formFlags = new TextMemo<number>(
  (text) =>
    (QUESTION_LABEL.test(text) ? LABEL : 0) |
    (isLimitLine(text) ? LIMIT_LINE : 0) |
    (isAnswerLabel(text) ? ANSWER_LABEL : 0) |
    (endsAnswer(text) ? ENDS_ANSWER : 0) |
    (ANSWER_TYPE.test(text) ? ANSWER_TYPE_LINE : 0) |
    (isGuidanceLabel(text) ? GUIDANCE_LABEL : 0) |
    (continuesGuidance(text) ? CONTINUES_GUIDANCE : 0),
);

/** Every question of the document with its answer, in order. */
export function buildQuestions(doc: TenderDocument): ResponseQuestion[] {
  const drafts: Draft[] = [];
  const taken = new Set<number>();
  const flags = blockFlags(doc);
  for (const t of doc.tables) tableQuestions(doc, t.index, drafts, taken, flags);
  const tableDrafts = new Map(drafts.map((d) => [d.block.id, d]));

  const blocks = doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
  const form = formFlags.values(proseTexts(doc));
  const flow: Draft[] = [];
  let open: (Draft & { depth: number; guidance: boolean; options?: boolean }) | null = null;
  const close = () => {
    if (open) flow.push(open);
    open = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (tableDrafts.has(b.id)) {
      close();
      continue;
    }
    if (taken.has(b.id)) continue;
    const next = blocks[i + 1];
    if (b.kind === 'heading') {
      const depth = b.depth ?? 1;
      const labelled = !!next && next.kind !== 'heading' && (form[next.id]! & (LABEL | LIMIT_LINE)) !== 0;
      if ((flags[b.id]! & QUESTION_HEADING) !== 0 || labelled) {
        close();
        open = { origin: 'heading', block: b, text: b.text, limit: limitOf(doc, b), answer: [], depth, guidance: false };
        continue;
      }
      if (open && depth <= open.depth) close();
      // A "Response" or "Supplier response" subheading is the form's label, not part of the answer.
      if (open && (form[b.id]! & ANSWER_LABEL) === 0) open.answer.push(b);
      continue;
    }
    if (b.kind === 'tableCell' && !open) continue;
    if (b.kind !== 'tableCell' && (flags[b.id]! & QUESTION_TEXT) !== 0 && !(open && open.answer.length === 0 && (form[b.id]! & LABEL) !== 0)) {
      if (open && open.origin === 'heading' && open.answer.length === 0 && !open.guidance) {
        // The question's wording under its heading ("## Question 3" then "Describe how you will… (max 300 words)").
        open.text = `${open.text} — ${b.text}`;
        open.limit ??= limitOf(doc, b);
        continue;
      }
      close();
      open = { origin: 'paragraph', block: b, text: b.text.replace(QUESTION_LABEL, ''), limit: limitOf(doc, b), answer: [], depth: 0, guidance: false };
      continue;
    }
    if (!open) continue;
    if (b.kind !== 'tableCell' && open.answer.length > 0 && (form[b.id]! & ENDS_ANSWER) !== 0) {
      // A numbered clause or another limit: a question not read as one (a flattened questionnaire); stop here
      // rather than count the rest of the form as this answer.
      close();
      continue;
    }
    if ((form[b.id]! & ANSWER_TYPE_LINE) !== 0) open.options = true;
    else if (open.options && b.kind === 'listItem') continue;
    else open.options = false;
    if (open.answer.length === 0) {
      // The question's own lines: its "Question:" text, limit and answer-type lines, guidance and labels.
      if ((form[b.id]! & LABEL) !== 0) {
        open.text = `${open.text} — ${b.text.replace(QUESTION_LABEL, '')}`;
        open.limit ??= limitOf(doc, b);
        continue;
      }
      if ((form[b.id]! & LIMIT_LINE) !== 0) {
        open.limit ??= limitOf(doc, b);
        continue;
      }
      if ((form[b.id]! & GUIDANCE_LABEL) !== 0) {
        open.guidance = true;
        continue;
      }
      if (open.guidance && (form[b.id]! & CONTINUES_GUIDANCE) !== 0) continue;
      if ((flags[b.id]! & FURNITURE) !== 0) continue;
    } else if ((form[b.id]! & (LIMIT_LINE | ANSWER_LABEL)) !== 0) {
      continue;
    }
    open.guidance = false;
    open.answer.push(b);
  }
  close();

  return [...flow, ...drafts]
    .sort((a, b) => a.block.id - b.block.id)
    .map((d) => finish(doc, d));
}

/** An answer block's own words (without a "Response:" label): blank or not, counted, a placeholder or not. */
interface AnswerCounts {
  blank: boolean;
  words: number;
  characters: number;
  placeholder: boolean;
}

const answerCounts = new TextMemo<AnswerCounts>((text) => {
  const t = answerText(text);
  if (!t.trim()) return { blank: true, words: 0, characters: 0, placeholder: false };
  return { blank: false, words: countWords([t]), characters: countCharacters([t]), placeholder: isPlaceholder(t) };
});

function finish(doc: TenderDocument, d: Draft): ResponseQuestion {
  // Counted per block text (remembered): words add up, and characters too, with one space between two blocks.
  let words = 0;
  let characters = 0;
  let texts = 0;
  let placeholders = 0;
  for (const b of d.answer) {
    const a = answerCounts.get(b.text);
    if (a.blank) continue;
    texts++;
    words += a.words;
    characters += a.characters;
    if (a.placeholder) placeholders++;
  }
  if (texts > 1) characters += texts - 1;
  const state: AnswerState = texts === 0 ? 'empty' : placeholders === texts ? 'placeholder' : 'answered';
  const first = d.answer[0];
  const last = d.answer[d.answer.length - 1];
  const answerRange: Range = first && last ? { start: first.range.start, end: last.range.end } : d.block.range;
  return {
    text: d.text.trim(),
    number: questionNumber(d.text),
    origin: d.origin,
    block: d.block.id,
    range: d.block.range,
    limit: d.limit,
    answerBlocks: d.answer.map((b) => b.id),
    answerRange,
    words,
    characters,
    state,
    optional: isOptional(d.text),
    outcomes: asksOutcomes(d.text),
  };
}
