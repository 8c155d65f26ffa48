/**
 * Runs the extractors over a document once and builds the facts rules read. Each fact keeps the block,
 * the document range and the sentence it came from.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { sentenceAt } from '../model/sentences';
import { TextMemo } from '../model/memo';
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
import { buildConsortium, emptyConsortium } from './consortium';
import { buildTupeVat, emptyTupeVat } from './tupe-vat/index';
import { buildPayment, emptyPayment } from './payment/index';
import { buildResponse, emptyResponse } from './response/index';
import { buildPlaceholders, emptyPlaceholders, insidePlaceholder } from './placeholders';
import type { DateFact, Facts, Located, RawMatch } from './types';
import { timed, type PhaseTimer } from '../engine/timing';

/**
 * An extractor's matches remembered by block text: between two versions of a document in the editor almost
 * every block is unchanged. The matches are never changed by their users (`locate` copies them).
 */
function memoised<T>(extract: (text: string) => T[]): (text: string) => readonly T[] {
  const none: readonly T[] = Object.freeze([]);
  // Most blocks have no match: they share one empty list.
  const memo = new TextMemo<readonly T[]>((text) => {
    const found = extract(text);
    return found.length ? found : none;
  });
  return (text) => memo.get(text);
}

const moneyIn = memoised(extractMoney);
const datesIn = memoised(extractDates);
const durationsIn = memoised(extractDurations);
const percentagesIn = memoised(extractPercentages);

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

export interface ExtractOptions {
  /**
   * The document is a template (`template: true`): a value written inside a placeholder ("[insert date, for
   * example 3 March 2027]") is a sample, not the value, so no money, date, duration or percentage is read there.
   */
  template?: boolean;
}

/** Extracts every fact; with a `timer`, each extractor and builder is timed as `facts/<step>`. */
export function extractFacts(doc: TenderDocument, timer?: PhaseTimer, options: ExtractOptions = {}): Facts {
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
    consortium: emptyConsortium(),
    tupeVat: emptyTupeVat(),
    payment: emptyPayment(),
    response: emptyResponse(),
    placeholders: emptyPlaceholders(),
  };
  const t = <T>(step: string, fn: () => T): T => timed(timer, `facts/${step}`, fn);
  facts.placeholders = t('placeholders', () => buildPlaceholders(doc));
  // In a template a value inside a placeholder is unknown: keep only facts outside every placeholder.
  const gaps = options.template && facts.placeholders.items.length ? facts.placeholders : null;
  const keep = (m: { start: number; end: number }, block: number) => !gaps || !insidePlaceholder(gaps, block, m.start, m.end);
  t('money', () => {
    for (const block of blocks) for (const m of moneyIn(block.text)) if (keep(m, block.id)) facts.money.push(locate(doc, block, m));
  });
  t('dates', () => {
    for (const block of blocks) {
      for (const d of datesIn(block.text)) if (keep(d, block.id)) facts.dates.push({ ...locate(doc, block, d), iso: null, weekday: null, weekdayMismatch: false });
    }
    completeDates(facts.dates);
  });
  t('durations', () => {
    for (const block of blocks) for (const d of durationsIn(block.text)) if (keep(d, block.id)) facts.durations.push(locate(doc, block, d));
  });
  t('percentages', () => {
    for (const block of blocks) for (const p of percentagesIn(block.text)) if (keep(p, block.id)) facts.percentages.push(locate(doc, block, p));
  });
  facts.contractValue = t('contract', () => contractValue(doc, facts));
  facts.term = t('contract', () => contractTerm(doc, facts));
  facts.timetable = t('timetable', () => buildTimetable(doc, facts));
  facts.leadIn = t('lead-in', () => buildLeadIn(doc, facts));
  facts.evaluation = t('evaluation', () => buildEvaluation(doc, facts));
  facts.award = t('award', () => buildAward(doc, facts));
  facts.detected = t('detect', () => detectSettings(doc));
  facts.proportionality = t('proportionality', () => buildProportionality(doc, facts));
  facts.consortium = t('consortium', () => buildConsortium(doc));
  facts.tupeVat = t('tupe-vat', () => buildTupeVat(doc, facts));
  facts.payment = t('payment', () => buildPayment(doc, facts));
  facts.response = t('response', () => buildResponse(doc, facts));
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
