/**
 * Generic checkers that turn phrase lists into findings, so that word-list rules are data, not code:
 * - `checkPhrases` (existence, with optional substitution fix or suggestion): report each occurrence of a
 *   phrase, unless the words around it show it is sound;
 * - `checkRequired`: report once when none of a set of phrases appears in the document.
 */
import type { BlockKind, TextBlock } from '../model/types';
import { blockOffsetToSource, blockRange } from '../model/positions';
import { splitSentences, type SentenceSpan } from '../model/sentences';
import { TextMemo } from '../model/memo';
import type { Fix, ReportDescriptor, RuleContext } from './types';

export interface PhraseMatch {
  /** The matched text. */
  text: string;
  block: TextBlock;
  /** Offsets in the block's plain text. */
  start: number;
  end: number;
  sentence: string;
}

export type Edit = { replaceWith: string } | { insertAfter: string } | { insertBefore: string };

export interface PhraseList {
  messageId: string;
  /**
   * Phrases: a string matches as whole words, case-insensitively, with any run of spaces between words;
   * a RegExp is used as written (the checker adds the `g` flag).
   */
  phrases: ReadonlyArray<string | RegExp>;
  /** Block kinds to search (default: headings, paragraphs, list items and table cells). */
  blocks?: readonly BlockKind[];
  /** Sound when the text right after the match (up to 60 characters) matches. */
  unlessFollowedBy?: RegExp;
  /** Sound when the text right before the match (up to 60 characters) matches. */
  unlessPrecededBy?: RegExp;
  /** Report only when the sentence matches (for example, wording that makes it a demand). */
  sentenceMustMatch?: RegExp;
  /** Sound when the sentence matches. */
  sentenceMustNotMatch?: RegExp;
  /** Message data for a match; `{ phrase }` by default. */
  data?: (match: PhraseMatch) => Record<string, string | number>;
  /** An automatic fix (only for rules declared fixable). */
  fix?: (match: PhraseMatch) => Edit | null;
  /** A suggestion (for rules declaring hasSuggestions). */
  suggest?: (match: PhraseMatch) => { desc: string; edit: Edit } | null;
}

const DEFAULT_BLOCKS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'tableCell'];

export function phraseRegExp(phrase: string | RegExp): RegExp {
  if (phrase instanceof RegExp) return new RegExp(phrase.source, phrase.flags.includes('g') ? phrase.flags : phrase.flags + 'g');
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const lead = /^\w/.test(phrase.trim()) ? '\\b' : '';
  const tail = /\w$/.test(phrase.trim()) ? '\\b' : '';
  return new RegExp(`${lead}${words.join('\\s+')}${tail}`, 'gi');
}

interface RawMatch {
  text: string;
  start: number;
  end: number;
}

type Phrases = PhraseList['phrases'];

const NO_MATCHES: readonly RawMatch[] = Object.freeze([]);

/**
 * Every match of every pattern of a phrase list in a block's text, pattern by pattern, remembered per list (by
 * the identity of its `phrases` array) and block text: in the editor most blocks are unchanged between versions
 * and matches are rare, so the conditions that follow run on a handful of matches instead of every pattern
 * running over every block.
 */
const matchMemos = new WeakMap<Phrases, TextMemo<readonly RawMatch[]>>();

function rawMatches(phrases: Phrases, text: string): readonly RawMatch[] {
  let memo = matchMemos.get(phrases);
  if (!memo) {
    const patterns = phrases.map(phraseRegExp);
    memo = new TextMemo((blockText) => scan(patterns, blockText));
    matchMemos.set(phrases, memo);
  }
  return memo.get(text);
}

function scan(patterns: RegExp[], text: string): readonly RawMatch[] {
  const list: RawMatch[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      list.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return list.length ? list : NO_MATCHES;
}

/** Every occurrence of the list's phrases in the document that the list's conditions do not excuse. */
export function findPhrases(ctx: Pick<RuleContext, 'doc'>, list: PhraseList): PhraseMatch[] {
  const kinds = list.blocks ?? DEFAULT_BLOCKS;
  const out: PhraseMatch[] = [];
  for (const block of ctx.doc.blocks) {
    if (!kinds.includes(block.kind)) continue;
    const matches = rawMatches(list.phrases, block.text);
    if (matches.length === 0) continue;
    let sentences: readonly SentenceSpan[] | null = null;
    const seen = new Set<number>();
    for (const { text, start, end } of matches) {
      if (seen.has(start)) continue;
      sentences ??= splitSentences(block.text);
      const span = sentences.find((s) => start >= s.start && start < s.end);
      const sentence = span ? span.text : block.text;
      const after = block.text.slice(end, end + 60);
      const before = block.text.slice(Math.max(0, start - 60), start);
      if (list.unlessFollowedBy?.test(after)) continue;
      if (list.unlessPrecededBy?.test(before)) continue;
      if (list.sentenceMustMatch && !list.sentenceMustMatch.test(sentence)) continue;
      if (list.sentenceMustNotMatch?.test(sentence)) continue;
      seen.add(start);
      out.push({ text, block, start, end, sentence });
    }
  }
  return out.sort((a, b) => a.block.id - b.block.id || a.start - b.start);
}

function toFix(match: PhraseMatch, edit: Edit): Fix {
  const start = blockOffsetToSource(match.block, match.start);
  const end = blockOffsetToSource(match.block, match.end - 1) + 1;
  if ('replaceWith' in edit) return { range: [start, end], text: edit.replaceWith };
  if ('insertAfter' in edit) return { range: [end, end], text: edit.insertAfter };
  return { range: [start, start], text: edit.insertBefore };
}

/** Reports every match of a phrase list. */
export function checkPhrases(ctx: RuleContext, list: PhraseList): void {
  for (const match of findPhrases(ctx, list)) {
    const descriptor: ReportDescriptor = {
      messageId: list.messageId,
      data: list.data ? list.data(match) : { phrase: match.text },
      range: blockRange(ctx.doc, match.block, match.start, match.end),
    };
    const edit = list.fix?.(match);
    if (edit) descriptor.fix = toFix(match, edit);
    const suggestion = list.suggest?.(match);
    if (suggestion) descriptor.suggestions = [{ desc: suggestion.desc, fix: toFix(match, suggestion.edit) }];
    ctx.report(descriptor);
  }
}

export interface RequiredWording {
  messageId: string;
  /** The document is sound when any of these appears. */
  anyOf: ReadonlyArray<string | RegExp>;
  blocks?: readonly BlockKind[];
  data?: Record<string, string | number>;
}

/** Reports once, on the document's first heading (or first block), when none of the phrases appears. */
export function checkRequired(ctx: RuleContext, required: RequiredWording): boolean {
  const found = findPhrases(ctx, { messageId: required.messageId, phrases: required.anyOf, blocks: required.blocks });
  if (found.length > 0) return true;
  const anchor = ctx.doc.blocks.find((b) => b.kind === 'heading') ?? ctx.doc.blocks[0];
  if (anchor) ctx.report({ messageId: required.messageId, data: required.data, block: anchor });
  return false;
}
