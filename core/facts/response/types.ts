/**
 * Bid response facts: the types only (the builders are the other modules of this folder). A response is read as
 * questions, each with its limit, its answer (the blocks under it until the next question) and the answer's
 * count; and as paragraphs of bidder text, each with the evidence markers it carries.
 */
import type { Range } from '../../model/types';

/** What a limit counts: words and characters are counted; pages ("2 sides of A4") are noted only. */
export type LimitUnit = 'words' | 'characters' | 'pages';

/** A limit as read from the text ("maximum 500 words", "(1,500 characters max)", "[500]"), offsets into its text. */
export interface LimitMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: LimitUnit;
}

export interface ResponseLimit {
  value: number;
  unit: LimitUnit;
  /** The limit as written. */
  text: string;
  block: number;
  range: Range;
  /**
   * `question`: stated with the question; `document`: stated once for every answer ("each answer must not exceed
   * 500 words") and applied to the questions that state no limit of their own.
   */
  scope: 'question' | 'document';
}

/** How far a question is answered: answered, left empty, or holding only a placeholder ("TBC", "[answer]", "N/A"). */
export type AnswerState = 'answered' | 'empty' | 'placeholder';

/** Where the question was read from: a heading, a paragraph or list item, or a table row or cell. */
export type QuestionOrigin = 'heading' | 'paragraph' | 'table';

export interface ResponseQuestion {
  /** The question as written (a heading with its "Question:" line, a numbered item, a table cell). */
  text: string;
  /** The number written before the question ("4.1", "Q3"), if any. */
  number: string | null;
  origin: QuestionOrigin;
  /** The question's block. */
  block: number;
  range: Range;
  limit: ResponseLimit | null;
  /** The answer's blocks, in order (furniture such as limit lines, hints and "Supplier response" labels left out). */
  answerBlocks: number[];
  /** From the answer's first block to its last; for an empty answer, the question's range. */
  answerRange: Range;
  /** Words of the answer, separated by white space (tables and lists included), as evaluators count them. */
  words: number;
  /** Characters of the answer, spaces included, each run of white space counted as one. */
  characters: number;
  state: AnswerState;
  /** The question says it is optional or applies only in some cases ("if applicable", "optional"). */
  optional: boolean;
  /** The question asks about outcomes, impact or the difference made for people. */
  outcomes: boolean;
}

/** What makes a paragraph evidence rather than opinion. */
export type EvidenceKind = 'figure' | 'percentage' | 'money' | 'date' | 'source' | 'quotation' | 'example';

export interface EvidenceMarker {
  kind: EvidenceKind;
  text: string;
  range: Range;
}

/** A block of bidder text (not a question, heading or form furniture) with its evidence markers. */
export interface ResponseParagraph {
  block: number;
  evidence: EvidenceMarker[];
  /** Counts of activity ("212 older people", "9,812 calls", "40 sessions"), read from figures with their nouns. */
  activityCounts: number;
}

export interface ResponseFacts {
  questions: ResponseQuestion[];
  paragraphs: ResponseParagraph[];
}
