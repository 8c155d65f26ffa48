/**
 * The money, dates, durations and percentages of a block, read once per block text and placed once per block
 * position. In the editor almost every block is unchanged between two versions of a document, and most of those
 * have not moved either: their located facts (range, sentence) are the very objects of the last check. A block
 * that moved with its source unchanged (an edit above it) gets its facts' ranges shifted, without mapping offsets
 * or splitting sentences again.
 */
import type { Position, Range, TenderDocument, TextBlock, TextSegment } from '../model/types';
import { blockRange, lineIndex, offsetToPosition } from '../model/positions';
import { sentenceAt } from '../model/sentences';
import { proseTexts, TextMemo } from '../model/memo';
import { extractMoney } from './money';
import { extractDates } from './dates';
import { extractDurations } from './durations';
import { extractPercentages } from './percentages';
import { sameSegments } from './block-memo';
import type { DateValue, DurationValue, Located, MoneyValue, PercentageValue, RawMatch } from './types';

/** A block's facts of each kind, located (dates before their years are completed, which the caller does on copies). */
export interface BlockFacts {
  money: readonly Located<MoneyValue>[];
  dates: readonly Located<DateValue>[];
  durations: readonly Located<DurationValue>[];
  percentages: readonly Located<PercentageValue>[];
}

/** Where a block's facts were placed: everything their ranges depend on besides the block's text. */
interface Placement {
  id: number;
  /** The block's source start (segments are compared relative to it). */
  start: number;
  segments: TextSegment[];
  /** Source offsets of the first and last character the facts cover (the span of their ranges). */
  low: number;
  high: number;
  /** Position of `low`. */
  at: Position;
  /** Line starts inside `(low, high]`, relative to `low`. */
  lines: number[];
  facts: BlockFacts;
  /** The last pass that placed a block here (one is kept for every block of the text placed in a pass). */
  pass: number;
}

interface TextFacts {
  money: readonly MoneyValue[];
  dates: readonly DateValue[];
  durations: readonly DurationValue[];
  percentages: readonly PercentageValue[];
  /** Where blocks with this text were last placed (a few, for texts that occur more than once). */
  placements: Placement[];
}

const NONE: readonly never[] = Object.freeze([]);
/** The facts of a block with none (most blocks): one object, so that a caller can skip it by identity. */
export const NO_FACTS: BlockFacts = Object.freeze({ money: NONE, dates: NONE, durations: NONE, percentages: NONE });
/**
 * Placements remembered per text besides those of the current pass: a text that several blocks share (a repeated
 * clause) keeps one for each of them, so that they do not push each other out and get placed afresh every check.
 */
const PLACEMENTS = 3;
/** Numbers the passes over a document (`blocksFacts` calls). */
let pass = 0;

const orNone = <T>(list: T[]): readonly T[] => (list.length ? list : NONE);

/** The matches of every extractor by block text: one lookup per block. Never changed by their users. */
const textFacts = new TextMemo<TextFacts | null>((text) => {
  const money = extractMoney(text);
  const dates = extractDates(text);
  const durations = extractDurations(text);
  const percentages = extractPercentages(text);
  // Most blocks have no match: they share one answer.
  if (!money.length && !dates.length && !durations.length && !percentages.length) return null;
  return { money: orNone(money), dates: orNone(dates), durations: orNone(durations), percentages: orNone(percentages), placements: [] };
});

/** A fact's own values with where it came from. */
export function locate<T extends RawMatch>(doc: TenderDocument, block: TextBlock, match: T): Located<T> {
  return {
    ...match,
    block: block.id,
    range: blockRange(doc, block, match.start, match.end),
    sentence: sentenceAt(block.text, match.start),
  };
}

/**
 * The located facts of each of `blocks` (blocks of `doc`), the same objects as last time for a block that has
 * neither changed nor moved.
 */
export function blocksFacts(doc: TenderDocument, blocks: readonly TextBlock[]): BlockFacts[] {
  const found = textFacts.values(proseTexts(doc));
  pass++;
  return blocks.map((block) => blockFacts(doc, block, doc.blocks[block.id] === block ? found[block.id]! : textFacts.get(block.text)));
}

function blockFacts(doc: TenderDocument, block: TextBlock, found: TextFacts | null): BlockFacts {
  if (!found) return NO_FACTS;
  const start = block.range.start.offset;
  // The block where it was last time first (nothing to allocate), then anywhere else its source is the same.
  for (const p of found.placements) {
    if (p.id !== block.id || p.start !== start) continue;
    const line = sameSource(doc, block, p, start);
    if (line === p.at.line) {
      p.pass = pass;
      return p.facts;
    }
  }
  let moved: { p: Placement; low: number; at: Position } | null = null;
  for (const p of found.placements) {
    const line = sameSource(doc, block, p, start);
    if (line < 0) continue;
    const low = p.low - p.start + start;
    moved = { p, low, at: { line, column: p.at.column, offset: low } };
    break;
  }
  if (moved) {
    // Moved (or another block with the same text and source): the same facts, shifted.
    const { p, low, at } = moved;
    const offset = low - p.low;
    const lines = at.line - p.at.line;
    const facts: BlockFacts = {
      money: moveMoney(p.facts.money, block.id, offset, lines),
      dates: moveDates(p.facts.dates, block.id, offset, lines),
      durations: moveDurations(p.facts.durations, block.id, offset, lines),
      percentages: movePercentages(p.facts.percentages, block.id, offset, lines),
    };
    const id = block.id;
    remember(found, { id, start, segments: block.segments, low, high: p.high - p.low + low, at, lines: p.lines, facts, pass });
    return facts;
  }
  const facts: BlockFacts = {
    money: found.money.map((m) => locate(doc, block, m)),
    dates: found.dates.map((m) => locate(doc, block, m)),
    durations: found.durations.map((m) => locate(doc, block, m)),
    percentages: found.percentages.map((m) => locate(doc, block, m)),
  };
  let low = Infinity;
  let high = -Infinity;
  for (const list of [facts.money, facts.dates, facts.durations, facts.percentages]) {
    for (const f of list) {
      low = Math.min(low, f.range.start.offset);
      high = Math.max(high, f.range.end.offset);
    }
  }
  const at = offsetToPosition(doc.lineStarts, low);
  const lines: number[] = [];
  for (let i = at.line; i < doc.lineStarts.length && doc.lineStarts[i]! <= high; i++) lines.push(doc.lineStarts[i]! - low);
  remember(found, { id: block.id, start, segments: block.segments, low, high, at, lines, facts, pass });
  return facts;
}

/**
 * The line of the facts' first character when `block` (starting at `start`) maps its text to the source as the
 * block of placement `p` did, relative to its start, with the same line breaks and column there; else -1.
 */
function sameSource(doc: TenderDocument, block: TextBlock, p: Placement, start: number): number {
  if (!sameSegments(p.segments, block.segments, p.start, start)) return -1;
  const low = p.low - p.start + start;
  const index = lineIndex(doc.lineStarts, low);
  if (low - doc.lineStarts[index]! + 1 !== p.at.column || !sameLines(doc.lineStarts, index + 1, low, p.high - p.low, p.lines)) return -1;
  return index + 1;
}

function remember(found: TextFacts, placement: Placement): void {
  // The newest first: in the editor a text is most often asked about again at its last place.
  const list = found.placements;
  list.unshift(placement);
  if (list.length <= PLACEMENTS) return;
  // Beyond the bound, the oldest placements no block of this pass is at go.
  let older = 0;
  for (const p of list) if (p.pass !== pass) older++;
  for (let i = list.length - 1; i >= 0 && list.length > PLACEMENTS && older > PLACEMENTS; i--) {
    if (list[i]!.pass === pass) continue;
    list.splice(i, 1);
    older--;
  }
}

/** Whether the line starts in `(low, low + span]` are `lines` (relative to `low`); `line` is the 1-based line of `low`. */
function sameLines(lineStarts: number[], line: number, low: number, span: number, lines: number[]): boolean {
  let k = 0;
  for (let i = line; i < lineStarts.length && lineStarts[i]! <= low + span; i++, k++) {
    if (k >= lines.length || lineStarts[i]! - low !== lines[k]) return false;
  }
  return k === lines.length;
}

/*
 * Copies of a block's facts for block `id`, `offset` characters and `lines` lines on: one function per kind, so
 * that each copy site sees facts of one shape and copies them as fast as a literal.
 */
function moveMoney(list: readonly Located<MoneyValue>[], id: number, offset: number, lines: number): readonly Located<MoneyValue>[] {
  if (list.length === 0) return list;
  const out = new Array<Located<MoneyValue>>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = { ...list[i]!, block: id, range: moveRange(list[i]!.range, offset, lines) };
  return out;
}

function moveDates(list: readonly Located<DateValue>[], id: number, offset: number, lines: number): readonly Located<DateValue>[] {
  if (list.length === 0) return list;
  const out = new Array<Located<DateValue>>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = { ...list[i]!, block: id, range: moveRange(list[i]!.range, offset, lines) };
  return out;
}

function moveDurations(list: readonly Located<DurationValue>[], id: number, offset: number, lines: number): readonly Located<DurationValue>[] {
  if (list.length === 0) return list;
  const out = new Array<Located<DurationValue>>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = { ...list[i]!, block: id, range: moveRange(list[i]!.range, offset, lines) };
  return out;
}

function movePercentages(list: readonly Located<PercentageValue>[], id: number, offset: number, lines: number): readonly Located<PercentageValue>[] {
  if (list.length === 0) return list;
  const out = new Array<Located<PercentageValue>>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = { ...list[i]!, block: id, range: moveRange(list[i]!.range, offset, lines) };
  return out;
}

function moveRange(range: Range, offset: number, lines: number): Range {
  if (offset === 0 && lines === 0) return range;
  return {
    start: { line: range.start.line + lines, column: range.start.column, offset: range.start.offset + offset },
    end: { line: range.end.line + lines, column: range.end.column, offset: range.end.offset + offset },
  };
}
