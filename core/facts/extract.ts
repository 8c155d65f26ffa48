/**
 * Runs the extractors over a document once and builds the facts rules read. Each fact keeps the block,
 * the document range and the sentence it came from.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { inferYears, weekdayOf } from './dates';
import { blocksFacts } from './placed';
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
import type { DateFact, Facts } from './types';

export { locate } from './placed';
import { timed, type PhaseTimer } from '../engine/timing';

/** Blocks whose text is prose a fact may come from (not code or raw HTML). */
export function factBlocks(doc: TenderDocument): TextBlock[] {
  return doc.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
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
  // Each block's facts of every kind at once (one lookup per block), then listed kind by kind.
  const placed = t('values', () => blocksFacts(doc, blocks));
  t('money', () => {
    blocks.forEach((block, i) => {
      for (const m of placed[i]!.money) if (keep(m, block.id)) facts.money.push(m);
    });
  });
  t('dates', () => {
    blocks.forEach((block, i) => {
      for (const d of placed[i]!.dates) if (keep(d, block.id)) facts.dates.push({ ...d, iso: null, weekday: null, weekdayMismatch: false });
    });
    completeDates(facts.dates);
  });
  t('durations', () => {
    blocks.forEach((block, i) => {
      for (const d of placed[i]!.durations) if (keep(d, block.id)) facts.durations.push(d);
    });
  });
  t('percentages', () => {
    blocks.forEach((block, i) => {
      for (const p of placed[i]!.percentages) if (keep(p, block.id)) facts.percentages.push(p);
    });
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
