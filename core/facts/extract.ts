/**
 * Runs the extractors over a document once and builds the facts rules read. Each fact keeps the block,
 * the document range and the sentence it came from.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { sentenceAt } from '../model/sentences';
import { extractMoney } from './money';
import { extractDates, inferYears, weekdayOf } from './dates';
import { extractDurations } from './durations';
import { extractPercentages } from './percentages';
import { buildTimetable } from './timetable';
import { buildLeadIn, emptyLeadIn } from './lead-in';
import { buildEvaluation } from './evaluation';
import { buildAward, emptyAwardFacts } from './award';
import { detectSettings } from './detect';
import { contractTerm, contractValue } from './contract';
import { buildProportionality, emptyProportionality } from './proportionality';
import type { DateFact, Facts, Located, RawMatch } from './types';

/** Blocks whose text is prose a fact may come from (not code or raw HTML). */
export function factBlocks(doc: TenderDocument): TextBlock[] {
  return doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
}

export function locate<T extends RawMatch>(doc: TenderDocument, block: TextBlock, match: T): Located<T> {
  return {
    ...match,
    block: block.id,
    range: blockRange(doc, block, match.start, match.end),
    sentence: sentenceAt(block.text, match.start),
  };
}

export function extractFacts(doc: TenderDocument): Facts {
  const blocks = factBlocks(doc);
  const facts: Facts = {
    money: [],
    dates: [],
    durations: [],
    percentages: [],
    contractValue: { total: null, annual: null },
    term: { initial: null, extensions: [], maxMonths: null },
    timetable: [],
    evaluation: [],
    award: emptyAwardFacts(),
    detected: { evidence: {} },
    leadIn: emptyLeadIn(),
    proportionality: emptyProportionality(),
  };
  for (const block of blocks) {
    for (const m of extractMoney(block.text)) facts.money.push(locate(doc, block, m));
    for (const d of extractDates(block.text)) facts.dates.push({ ...locate(doc, block, d), iso: null, weekday: null, weekdayMismatch: false });
    for (const d of extractDurations(block.text)) facts.durations.push(locate(doc, block, d));
    for (const p of extractPercentages(block.text)) facts.percentages.push(locate(doc, block, p));
  }
  completeDates(facts.dates);
  facts.contractValue = contractValue(doc, facts);
  facts.term = contractTerm(doc, facts);
  facts.timetable = buildTimetable(doc, facts);
  facts.leadIn = buildLeadIn(doc, facts);
  facts.evaluation = buildEvaluation(doc, facts);
  facts.award = buildAward(doc, facts);
  facts.detected = detectSettings(doc);
  facts.proportionality = buildProportionality(doc, facts);
  return facts;
}

/** Infers missing years from neighbouring dates, then fills ISO dates and weekday checks. */
function completeDates(dates: DateFact[]): void {
  inferYears(dates);
  for (const d of dates) {
    if (d.year === null) continue;
    d.iso = `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    d.weekday = weekdayOf(d.year, d.month, d.day);
    d.weekdayMismatch = d.statedWeekday !== null && d.statedWeekday !== d.weekday;
  }
}

/** The facts of a kind that come from one block. */
export function factsInBlock<T extends { block: number }>(list: T[], block: number): T[] {
  return list.filter((f) => f.block === block);
}
