/**
 * Weights stated in sentences ("Price will account for 40% of the total score", "60% quality and 40% price"),
 * read when a document gives no weighted table, list or lines.
 */
import type { TenderDocument } from '../model/types';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { sentenceSpanAt } from '../model/sentences';
import { classifyCriterion, inEvaluationSection } from './criteria';
import { extractPercentRanges, type PercentRange } from './percentages';
import type { Criterion, EvaluationTable, PercentageFact } from './types';

const PROSE_CRITERION = String.raw`(social\s+value|community\s+benefits?|price|pricing|cost|commercial|quality|technical(?:\s+merit)?|environmental|sustainability)`;
/** "…40% of the total score will be allocated to price", "a weighting of 40% for price", "60% quality". Exported for tests. */
export const AFTER_PERCENT = new RegExp(
  String.raw`^\s*(?:of\s+the\s+(?:total|overall|available|final)\s+(?:score|marks?|evaluation|weighting|available\s+marks)\s+)?(?:(?:will\s+be|is|are|shall\s+be)\s+)?(?:(?:allocated|given|awarded|assigned|attributed|apportioned|weighting|weighted)\s*)?(?:to|for|on)\s+(?:the\s+)?${PROSE_CRITERION}\b|^\s+${PROSE_CRITERION}\b`,
  'i',
);
/** "Price will account for 40%", "quality is weighted at 60%", "social value carries a weighting of 10%", "Price (40%)". */
const BEFORE_PERCENT = new RegExp(
  String.raw`\b${PROSE_CRITERION}\s*(?:criteri(?:on|a)|element|component|questions?|submissions?|score|responses?|section)?\s*(?:\(|:|–|-|=)?\s*(?:(?:will|shall|is|are|has|have)\s+)?(?:(?:be|been)\s+)?(?:account(?:s|ing)?\s+for|worth|weighted(?:\s+(?:at|as))?|carr(?:y|ies)(?:\s+a\s+(?:weighting|weight)\s+of)?|represent(?:s|ing)?|makes?\s+up|comprises?|constitutes?|given\s+a\s+(?:weighting|weight)\s+of|(?:a\s+)?(?:weighting|weight)\s+of|attract(?:s|ing)?|for)?\s*(?:up\s+to\s+)?$`,
  'i',
);
const PROSE_CONTEXT = /\b(?:score[sd]?|scoring|weight\w*|evaluat\w*|award\w*|marks)\b/i;
/** Sentences where a percentage is a threshold, a change or a sub-weight, not a criterion's weight. */
const NOT_A_WEIGHT =
  /\b(?:minimum|at\s+least|threshold|no\s+less\s+than|below|fewer|lowest|within|abnormally|deduct\w*|variance|increase\w*|decrease\w*|reduc\w*|inflation|discount\w*|uplift|between|of\s+the\s+(?:quality|technical|price)\s+(?:score|marks|element|weighting)|within\s+(?:the\s+)?(?:quality|price))\b/i;

/** True when `[start, end)` lies within one of `ranges` (in order and not overlapping, as extracted). */
function withinRange(ranges: PercentRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  const r = hi >= 0 ? ranges[hi] : undefined;
  return r !== undefined && end <= r.end;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/\s+/g, ' ');
}

/** Weights stated in sentences, used when the document has no weighted table or list. */
export function fromProse(doc: TenderDocument, percentages: PercentageFact[]): EvaluationTable | null {
  const criteria: Criterion[] = [];
  // Each block's ranges, read once however many percentages it holds.
  const rangesOf = new Map<number, PercentRange[]>();
  for (const p of percentages) {
    const block = doc.blocks[p.block]!;
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    // A bound of a range ("between 10% and 75%") is not a weight.
    let ranges = rangesOf.get(block.id);
    if (!ranges) rangesOf.set(block.id, (ranges = extractPercentRanges(block.text)));
    if (withinRange(ranges, p.start, p.end)) continue;
    const span = sentenceSpanAt(block.text, p.start) ?? { start: 0, end: block.text.length };
    const sentence = block.text.slice(span.start, span.end);
    const sentenceStart = span.start;
    if (NOT_A_WEIGHT.test(sentence)) continue;
    if (!PROSE_CONTEXT.test(sentence) && !inEvaluationSection(doc, block.section)) continue;
    const after = block.text.slice(p.end, Math.min(block.text.length, p.end + 90));
    const before = block.text.slice(Math.max(sentenceStart, p.start - 90), p.start);
    const m = AFTER_PERCENT.exec(after) ?? BEFORE_PERCENT.exec(before);
    if (!m) continue;
    const word = (m[1] ?? m[2] ?? m[3])!;
    const category = classifyCriterion(word);
    if (criteria.some((c) => c.category === category)) continue;
    criteria.push({
      name: capitalise(word),
      weight: p.value,
      weightRange: p.range,
      range: blockRange(doc, block, sentenceStart, sentenceStart + sentence.length),
      number: null,
      children: [],
      category,
      passFail: false,
    });
  }
  if (criteria.length === 0) return null;
  return {
    origin: 'prose',
    table: null,
    range: rangeFromOffsets(doc, criteria[0]!.range.start.offset, criteria[criteria.length - 1]!.range.end.offset),
    weightLabel: '',
    unit: 'percent',
    criteria,
    statedTotal: null,
  };
}
