/**
 * Runs the extractors over a document once and builds the facts rules read. Each fact keeps the block,
 * the document range and the sentence it came from.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { inferredYears, weekdayOf } from './dates';
import { blocksFacts, NO_FACTS, type BlockFacts } from './placed';
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
import type { DateFact, DateValue, Facts, Located } from './types';

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
  // Each kind listed in block order, then in order within the block; outside a template without the placeholder test.
  const list = <T extends { start: number; end: number }>(out: T[], of: (facts: BlockFacts) => readonly T[]): void => {
    for (let i = 0; i < blocks.length; i++) {
      const found = placed[i]!;
      if (found === NO_FACTS) continue;
      const more = of(found);
      if (gaps) {
        const id = blocks[i]!.id;
        for (const m of more) if (keep(m, id)) out.push(m);
      } else {
        for (let k = 0; k < more.length; k++) out.push(more[k]!);
      }
    }
  };
  t('money', () => list(facts.money, (f) => f.money));
  t('dates', () => {
    const located: Located<DateValue>[] = [];
    list(located, (f) => f.dates);
    facts.dates = completeDates(located);
  });
  t('durations', () => list(facts.durations, (f) => f.durations));
  t('percentages', () => list(facts.percentages, (f) => f.percentages));
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

/**
 * Completed copies of located dates, by the located date they copy. A copy depends only on its source (the very
 * object, whose values and place never change) and the year inferred for it from its neighbours, so while both
 * are the same it is the same object: in the editor the dates of unchanged blocks are not copied again.
 */
const completed = new WeakMap<Located<DateValue>, DateFact>();

/** The dates with missing years inferred from neighbouring dates, and ISO dates and weekday checks filled. */
function completeDates(dates: readonly Located<DateValue>[]): DateFact[] {
  const years = inferredYears(dates);
  const out = new Array<DateFact>(dates.length);
  for (let i = 0; i < dates.length; i++) {
    const source = dates[i]!;
    const year = years[i]!;
    const known = completed.get(source);
    if (known !== undefined && known.year === year) {
      out[i] = known;
      continue;
    }
    const d: DateFact = { ...source, iso: null, weekday: null, weekdayMismatch: false };
    if (d.year === null && year !== null) {
      d.year = year;
      d.yearInferred = true;
    }
    if (d.year !== null) {
      d.iso = `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      d.weekday = weekdayOf(d.year, d.month, d.day);
      d.weekdayMismatch = d.statedWeekday !== null && d.statedWeekday !== d.weekday;
    }
    completed.set(source, d);
    out[i] = d;
  }
  return out;
}

/** The facts of a kind that come from one block. */
export function factsInBlock<T extends { block: number }>(list: T[], block: number): T[] {
  return list.filter((f) => f.block === block);
}
