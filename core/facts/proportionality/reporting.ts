/** Reporting more often than monthly, and KPI counts (stated, or rows of a KPI table). */
import type { TenderDocument } from '../../model/types';
import { blockRange } from '../../model/positions';
import { parseStatedNumber, STATED_NUMBER_PATTERN } from '../numbers';
import type { KpiCount, ReportingDemand, ReportingFrequency } from './types';
import { at, mayMatch, type Sentence } from './sentences';
import { proseTexts, TextMemo } from '../../model/memo';
import { splitSentences } from '../../model/sentences';
import { placementOf, samePlacement, type Placement } from './placement';

const FREQUENCIES: Array<[ReportingFrequency, number, RegExp]> = [
  ['daily', 250, /\b(?:daily|every\s+(?:working\s+)?day|each\s+(?:working\s+)?day)\b/i],
  ['weekly', 52, /\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week)\b/i],
  ['fortnightly', 26, /\b(?:fortnightly|every\s+(?:two\s+weeks|fortnight)|bi-?weekly)\b/i],
  ['monthly', 12, /\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month)\b/i],
  ['quarterly', 4, /\b(?:quarterly|every\s+(?:quarter|three\s+months)|each\s+quarter)\b/i],
  ['annually', 1, /\b(?:annually|every\s+year|each\s+year|once\s+a\s+year|annual)\b/i],
];
export const REPORTING = /\b(?:reports?|reporting|monitoring\s+(?:returns?|reports?|data|information|forms?)|returns|performance\s+(?:data|information|reports?)|management\s+information|data\s+returns?|submit\s+(?:data|information|figures|statistics))\b/i;
export const KPI_STATED = new RegExp(`(${STATED_NUMBER_PATTERN})\\s+(?:key\\s+performance\\s+indicators|KPIs|performance\\s+indicators)\\b`, 'gi');
const KPI_HEADER = /\bKPIs?\b|\b(?:key\s+)?performance\s+(?:indicators?|measures?)\b/i;

interface Stated {
  frequency: ReportingFrequency;
  perYear: number;
  start: number;
  end: number;
}

/** The reporting frequency a sentence demands (the most frequent one stated), or null. */
function statedIn(text: string): Stated | null {
  if (!REPORTING.test(text) || !/\b(?:must|shall|will\s+(?:be\s+required\s+to|need\s+to|provide|submit|report)|required?|expected|provide|submit|report)\b/i.test(text)) return null;
  if (/\b(?:invoice|payment|paid|pay)\b/i.test(text)) return null;
  const found = FREQUENCIES.map(([frequency, perYear, re]) => ({ frequency, perYear, m: re.exec(text) })).filter((f) => f.m);
  if (found.length === 0) return null;
  const f = found.sort((a, b) => b.perYear - a.perYear)[0]!;
  return { frequency: f.frequency, perYear: f.perYear, start: f.m!.index, end: f.m!.index + f.m![0].length };
}

const NONE_STATED: readonly (Stated | null)[] = Object.freeze([]);

/** What each sentence of a block's text demands, by sentence index: read once per block text. */
const statedByText = new TextMemo<readonly (Stated | null)[]>((text) => {
  const found = splitSentences(text).map((s) => statedIn(s.text));
  return found.some((f) => f) ? found : NONE_STATED;
});

/** Where blocks of a text were last placed, with the demands located there (a few places per text). */
const placedByText = new TextMemo<Array<{ place: Placement; found: ReportingDemand[] }>>(() => []);
const PLACES = 4;

/**
 * The reporting demands of the document, block by block: a block unchanged and placed as before gives the very
 * demands of the last check (most blocks state none and cost a comparison, see `TextMemo.values`).
 */
export function reporting(doc: TenderDocument): ReportingDemand[] {
  const out: ReportingDemand[] = [];
  const byBlock = statedByText.values(proseTexts(doc));
  for (let b = 0; b < byBlock.length; b++) {
    const stated = byBlock[b]!;
    if (stated.length === 0) continue;
    const block = doc.blocks[b]!;
    const places = placedByText.get(block.text);
    const known = places.find((p) => samePlacement(doc, block, p.place));
    if (known) {
      for (const f of known.found) out.push(f);
      continue;
    }
    const found: ReportingDemand[] = [];
    splitSentences(block.text).forEach((s, index) => {
      const f = stated[index];
      if (f) found.push({ block: block.id, range: blockRange(doc, block, s.start + f.start, s.start + f.end), sentence: s.text, frequency: f.frequency, perYear: f.perYear });
    });
    places.unshift({ place: placementOf(doc, block), found });
    if (places.length > PLACES) places.pop();
    for (const f of found) out.push(f);
  }
  return out;
}

export function kpis(doc: TenderDocument, sentences: Sentence[]): KpiCount[] {
  const out: KpiCount[] = [];
  for (const s of sentences) {
    if (!mayMatch(s, KPI_STATED)) continue;
    KPI_STATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KPI_STATED.exec(s.text))) {
      const n = parseStatedNumber(m[1]!);
      if (n === null || Number.isNaN(n) || !Number.isInteger(n)) continue;
      if (/\b(?:up\s+to|no\s+more\s+than|maximum\s+of|at\s+most)\s+$/i.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      out.push({ ...at(doc, s, m.index, m.index + m[0].length), count: n, origin: 'stated' });
    }
  }
  for (const table of doc.tables) {
    const section = table.section >= 0 ? doc.sections[table.section]!.title : '';
    const firstHeader = table.header[0] ?? '';
    if (!KPI_HEADER.test(firstHeader) && !(KPI_HEADER.test(table.header.join(' ')) && KPI_HEADER.test(section))) continue;
    const body = table.rows.slice(1).filter((r) => r.some((c) => c.text.trim() !== '') && !/^\s*total\b/i.test(r[0]?.text ?? ''));
    if (body.length === 0) continue;
    const headBlock = doc.blocks[table.rows[0]![0]!.block]!;
    out.push({ block: headBlock.id, range: table.range, sentence: table.header.join(' | '), count: body.length, origin: 'table' });
  }
  return out;
}
