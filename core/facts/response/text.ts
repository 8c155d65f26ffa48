/**
 * The shapes of text a bid response is read by: question wording, answer labels, form furniture (hints, advice,
 * limit lines, template tags) and placeholders; word and character counts as evaluators make them.
 */
import { proseTexts, TextMemo } from '../../model/memo';
import { extractLimits, isLimitLine } from './limits';

/** "Question 4.1", "Q3", "Q.3b" at the start of a question. */
const QUESTION_LEAD = /^\s*(?:question|q)[ \t]?\.?[ \t]?(\d+(?:\.\d+)*[a-z]?)\b/i;
/** A number written before a question: "4.1", "3.", "2)", "B4". */
const NUMBER_LEAD = /^\s*(\d+(?:\.\d+)+[a-z]?|\d+[.)]|[A-Z]\d+(?:\.\d+)*)\s+/;
/** Wording that asks the bidder for something. */
const ASK =
  /^\s*(?:please\s+)?(?:describe|explain|provide|set\s+out|outline|tell\s+us|give|demonstrate|detail|confirm|state|list|summarise|summarize|show|identify|how|what|why|when|where|which|who|do\s+you|does|are\s+you|have\s+you|can\s+you|will\s+you|is\s+your)\b/i;
/** The bidder addressed. */
const ADDRESSED = /\b(?:you|your|bidders?|suppliers?|tenderers?|providers?|applicants?|organisation)\b/i;
/** A "Question:" label line in a rendered form. */
export const QUESTION_LABEL = /^\s*question\s*:\s*/i;
/** An answer label with nothing after it: "Supplier response", "Response:", "Your answer". */
const ANSWER_LABEL_ONLY = /^(?:(?:supplier|bidder|tenderer|provider|applicant|organisation|your|our)['’]?s? )?(?:response|answer|reply)s?(?: (?:here|below|box))? ?[:.]?$/i;
/** An answer label before the answer: "Response: We will…". */
const ANSWER_LABEL_PREFIX = /^\s*(?:(?:supplier|bidder|tenderer|provider|applicant|our)['’]?s?\s+)?(?:response|answer)\s*:\s*/i;
/** A guidance label: what follows it is the buyer's help, not the answer. */
const GUIDANCE_LABEL = /^\s*(?:hint|advice|guidance(?:\s+(?:for|to)\s+\w+)?|notes?\s+(?:to|for)\s+\w+|instructions?|help(?:\s+text)?|scoring(?:\s+guidance)?|evaluation\s+guidance|what\s+we\s+are\s+looking\s+for|follow[- ]up\s+questions?)\s*:/i;
const TEMPLATE = /\{\{|\{%/;
const SECOND_PERSON = /\byou(?:r|rs|['’](?:ll|re|ve|d))?\b/i;
const FIRST_PERSON = /\b(?:we|our|ours|us|I|my|me)\b/;
const FIRST_PERSON_CI = /\b(?:we|our|ours|us)\b/i;
/** The question is optional or applies only in some cases. */
const OPTIONAL = /\b(?:optional|if\s+(?:applicable|relevant|any|appropriate|so|yes)|where\s+(?:applicable|relevant)|(?:if|where)\s+(?:this|it)\s+applies|applies\s+(?:only\s+)?when)\b/i;
/** The question asks about outcomes, impact or the difference made for people. */
const OUTCOMES = /\b(?:outcomes?|impact|difference\s+(?:will|would|does|did|has|you|your|the|it|this|to|for|in)\b|make\s+a\s+(?:real\s+)?difference|change[sd]?\s+(?:for|in|to)\s+(?:people|service\s+users|clients|participants|residents|lives)|benefits?\s+(?:for|to)\s+(?:service\s+users|people|clients|participants|residents))\b/i;
/** An answer that is only a placeholder. */
const PLACEHOLDER =
  /^(?:\[[^\]]*\]|<[^>]*>|\{[^}]*\}|tbc|tba|tbd|t\.b\.c\.?|to (?:be )?(?:confirmed|completed|added|agreed|provided|follow|come)|n ?\/ ?a|not applicable|-+|–|—|x{2,}|\.{2,}|…|insert [^.]*|(?:answer|response|text) (?:here|to follow)|type (?:here|your \w+)|lorem ipsum\b.*|\?+) ?\.?$/i;

/** The number written before a question ("4.1", "Q3" → "3"), or null. */
export function questionNumber(text: string): string | null {
  const q = QUESTION_LEAD.exec(text);
  if (q) return q[1]!;
  const n = NUMBER_LEAD.exec(text);
  return n ? n[1]!.replace(/[.)]$/, '') : null;
}

/** Wording that asks the bidder for something, with no first person in it: a question, never an answer. */
export function readsAsInstruction(text: string): boolean {
  return readsAsInstructionMemo.get(text);
}

const readsAsInstructionMemo = new TextMemo<boolean>((text) => readsAsInstructionUncached(text));

function readsAsInstructionUncached(text: string): boolean {
  const body = text.trim().replace(NUMBER_LEAD, '');
  return ASK.test(body) && ADDRESSED.test(body) && !FIRST_PERSON.test(body);
}

/** A heading that states a question on its own: "Question 4", a limit, or a question to the bidder. */
export function isQuestionHeading(text: string): boolean {
  return isQuestionHeadingMemo.get(text);
}

const isQuestionHeadingMemo = new TextMemo<boolean>((text) => isQuestionHeadingUncached(text));

function isQuestionHeadingUncached(text: string): boolean {
  if (QUESTION_LEAD.test(text) && text.replace(QUESTION_LEAD, '').trim().length > 0) return true;
  if (extractLimits(text).length > 0) return true;
  return /\?[\s*]*$/.test(text) && ADDRESSED.test(text);
}

/** A paragraph, list item or table cell that states a question. */
export function isQuestionText(text: string): boolean {
  return isQuestionTextMemo.get(text);
}

const isQuestionTextMemo = new TextMemo<boolean>((text) => isQuestionTextUncached(text));

function isQuestionTextUncached(text: string): boolean {
  const t = text.trim();
  if (!t || TEMPLATE.test(t.slice(0, 4))) return false;
  if (QUESTION_LABEL.test(t)) return true;
  if (QUESTION_LEAD.test(t)) {
    // "Question 3: Partnership" on a line of its own, or "Question 3 Describe how…"; not "Question 3." alone.
    // A reference to a question ("Question 69 asks…", "Q166 – Q172;") is not one.
    const after = t.replace(QUESTION_LEAD, '');
    const separated = /^\s*[:.)–—-]/.test(after);
    const rest = after.replace(/^[\s:.)–—-]+/, '').trim();
    const words = rest.replace(/\bQ\d+\b/gi, '').match(/[A-Za-z]{3,}/g) ?? [];
    if (words.length && (separated || /^[A-Z]/.test(rest)) && (words.length >= 2 || !/\.\s*$/.test(rest))) return true;
  }
  const body = t.replace(NUMBER_LEAD, '');
  const numbered = body !== t;
  const asks = ASK.test(body) && ADDRESSED.test(body);
  const limited = extractLimits(t).length > 0 && !isLimitLine(t);
  if (limited && (asks || numbered || /\?/.test(t))) return !FIRST_PERSON.test(body) || ADDRESSED.test(body);
  return numbered && asks && /\?\s*$/.test(t);
}

export const isOptional = (question: string) => OPTIONAL.test(question);
export const asksOutcomes = (question: string) => OUTCOMES.test(question.replace(/\{[{%][^{}]{0,200}[%}]\}/g, ' '));
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
export const isAnswerLabel = (text: string) => ANSWER_LABEL_ONLY.test(oneLine(text));
export const isGuidanceLabel = (text: string) => GUIDANCE_LABEL.test(text);
export const isPlaceholder = (text: string) => PLACEHOLDER.test(oneLine(text));

/** The answer's own words, without a leading "Response:" label. */
export function answerText(text: string): string {
  return text.replace(ANSWER_LABEL_PREFIX, '');
}

/**
 * Form furniture: a block under a question that belongs to the form, not the answer: a limit or answer-type line,
 * an answer label, a guidance label and its text, template tags, and help written to "you" with no first person.
 */
export function isFurniture(text: string): boolean {
  return isFurnitureMemo.get(text);
}

const isFurnitureMemo = new TextMemo<boolean>((text) => isFurnitureUncached(text));

function isFurnitureUncached(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (isLimitLine(t) || isAnswerLabel(t) || isGuidanceLabel(t) || QUESTION_LABEL.test(t) || TEMPLATE.test(t)) return true;
  return SECOND_PERSON.test(t) && !FIRST_PERSON_CI.test(t) && !/\bI\b/.test(t);
}

/** `blockFlags` bits: the block's text states a question, states a question as a heading, is form furniture. */
export const QUESTION_TEXT = 1;
export const QUESTION_HEADING = 2;
export const FURNITURE = 4;

const flagsMemo = new TextMemo<number>(
  (text) => (isQuestionText(text) ? QUESTION_TEXT : 0) | (isQuestionHeading(text) ? QUESTION_HEADING : 0) | (isFurniture(text) ? FURNITURE : 0),
);

/**
 * `isQuestionText`, `isQuestionHeading` and `isFurniture` of each block of a document, by block index (nothing
 * for code and HTML blocks): asked once per block text, and an unchanged block costs a comparison.
 */
export function blockFlags(doc: { blocks: ReadonlyArray<{ text: string; kind: string }> }): readonly number[] {
  return flagsMemo.values(proseTexts(doc));
}

/** After a guidance label, the lines that still belong to it: labels ending in ":", help to "you", template tags. */
export function continuesGuidance(text: string): boolean {
  const t = text.trim();
  return isFurniture(t) || /:\s*$/.test(t);
}

/** Words separated by white space, as a word processor or portal counts them. */
export function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) for (const w of t.split(/\s+/)) if (w) n++;
  return n;
}

/** Characters with spaces, each run of white space counted as one, the ends trimmed. */
export function countCharacters(texts: readonly string[]): number {
  const joined = texts.map((t) => t.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ');
  return [...joined].length;
}
