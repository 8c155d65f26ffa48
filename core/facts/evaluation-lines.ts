/**
 * Evaluation weights written as lines of text rather than a table: a Word table pasted as `criterion<TAB>40%`
 * lines, `Criterion: 40%` lines, or short paragraphs such as "Price 40%", one per criterion, after a line that
 * introduces them ("The weightings will be:") or under an evaluation heading. A document may give several such
 * splits, one per lot; each run of lines is read as its own split. Weight ranges ("Price 10% to 90%") are read
 * as ranges, never as weights.
 *
 * A run of lines is only as good as its edges: when a weight line is left over nearby (a criterion split off by
 * an explanation), when a run names no price, or when it states a "Maximum … score", the split may be partial
 * and is marked `uncertain` so that its total is never checked.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { textRows, type TextRow } from '../model/rows';
import { proseTexts, TextMemo } from '../model/memo';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { extractPercentages, extractPercentRanges } from './percentages';
import { allCriteria, classifyCriterion, inEvaluationSection, isPassFail, NUMBER_PREFIX, TOTAL_ROW } from './criteria';
import type { Criterion, EvaluationTable } from './types';

/** One line read as a criterion and its weight (or weight range); offsets are relative to the line. */
export interface WeightLine {
  name: string;
  number: string | null;
  /** A weight in percent, or null when the line gives a range. */
  weight: number | null;
  bounds: { min: number; max: number } | null;
  /** Where the weight or range is in the line. */
  valueStart: number;
  valueEnd: number;
  passFail: boolean;
  /** A "Total" or "Maximum … score" line rather than a criterion. */
  total: boolean;
}

const MAX_NAME_WORDS = 10;
/** Words that make a label a sentence ("The highest total will receive 80%"), not a criterion's name. */
const VERB = /\b(?:will|shall|must|may|might|would|should|can|could|is|are|was|were|be|been|being|receives?|scores?d?)\b/i;
/** Labels of values that are not weights: thresholds, charges, rates, changes. */
const NOT_A_CRITERION =
  /\b(?:minimum|threshold|pass\s+mark|at\s+least|discount\w*|charges?|rates?|inflation|increase\w*|decrease\w*|uplift|deduct\w*|retention|deposit|tolerance|variance|vat|interest|turnover|margin|overheads?|profit|reduction|share|split\s+of|invoice\w*)\b/i;
const REF_CELL = /^(?:[A-Z]|\d+(?:\.\d+)*)[.)]?$/;

/**
 * Where a value lies without its surrounding white space and one pair of brackets ("( 40% )" → "40%"), as
 * `/^\s*\(?\s*(.*?)\s*\)?\s*$/` read it, by a scan: the pattern took cubic time on a value of spaces between two
 * other characters, and threw on a cell holding a lone CR.
 */
function unbracketedSpan(value: string): { start: number; end: number } {
  const space = (i: number) => /\s/.test(value[i]!);
  let s = 0;
  let e = value.length;
  while (s < e && space(s)) s++;
  if (value[s] === '(') s++;
  while (s < e && space(s)) s++;
  while (e > s && space(e - 1)) e--;
  if (e > s && value[e - 1] === ')') e--;
  while (e > s && space(e - 1)) e--;
  return { start: s, end: e };
}

/** The value without its surrounding white space and one pair of brackets. Exported for tests. */
export function unbracketed(value: string): string {
  const { start, end } = unbracketedSpan(value);
  return value.slice(start, end);
}

/** The weight or range a value is, when the value is nothing else ("40%", "(40%)", "10% to 90%"). */
function readValue(value: string): { weight: number | null; bounds: WeightLine['bounds']; start: number; end: number } | null {
  const span = unbracketedSpan(value);
  const text = value.slice(span.start, span.end);
  const offset = span.start;
  const ranges = extractPercentRanges(text);
  if (ranges.length === 1 && ranges[0]!.start === 0 && ranges[0]!.end === text.length) {
    const r = ranges[0]!;
    return { weight: null, bounds: { min: r.min, max: r.max }, start: offset, end: offset + text.length };
  }
  const percents = extractPercentages(text);
  if (percents.length === 1 && percents[0]!.start === 0 && percents[0]!.end === text.length) {
    return { weight: percents[0]!.value, bounds: null, start: offset, end: offset + text.length };
  }
  return null;
}

function cleanName(raw: string): { name: string; number: string | null } | null {
  let name = raw.trim().replace(/[:\-–—=]\s*$/, '').trim();
  const numbered = NUMBER_PREFIX.exec(name);
  const number = numbered ? numbered[1]! : null;
  if (numbered) name = name.slice(numbered[0].length).trim();
  if (!/[A-Za-z]/.test(name) || /[.;,?!]$/.test(name) || /\d\s*%/.test(name)) return null;
  if (name.split(/\s+/).length > MAX_NAME_WORDS || VERB.test(name)) return null;
  return { name, number };
}

/**
 * A line read as a criterion and its weight: `Quality<TAB>60%`, `1<TAB>Price<TAB>40%`, `Price: 40%`,
 * `Social value 10%`, `Price 10% to 90%`. `row` is the line's cells when `core/model/rows` split it (offsets
 * relative to the line). Lines that are sentences, thresholds or anything but a name and a weight give null.
 */
export function readWeightLine(line: string, row: Pick<TextRow, 'cells'> | null): WeightLine | null {
  let nameText: string;
  let value: { weight: number | null; bounds: WeightLine['bounds']; start: number; end: number } | null;
  let number: string | null = null;
  let passFail = false;
  if (row && row.cells.length >= 2) {
    const cells = row.cells;
    const last = cells[cells.length - 1]!;
    const v = readValue(last.text);
    if (!v) return null;
    value = { ...v, start: last.start + v.start, end: last.start + v.end };
    let first = 0;
    if (cells.length >= 3 && REF_CELL.test(cells[0]!.text)) {
      number = cells[0]!.text.replace(/[.)]$/, '');
      first = 1;
    }
    nameText = cells[first]!.text;
    passFail = cells.slice(first + 1, -1).some((c) => isPassFail(c.text));
  } else {
    // "Price 40%": a name, then one weight or range ending the line.
    // "Price (40%)": a bracket around the weight only.
    const closing = /\)\s*$/.test(line);
    const trimmed = line.trimEnd().replace(/\)$/, '').trimEnd();
    const ranges = extractPercentRanges(trimmed);
    const percents = extractPercentages(trimmed);
    const range = ranges.length === 1 && ranges[0]!.end === trimmed.length ? ranges[0]! : null;
    const percent = !range && percents.length === 1 && percents[0]!.end === trimmed.length ? percents[0]! : null;
    if (!range && !percent) return null;
    const start = (range ?? percent)!.start;
    value = range
      ? { weight: null, bounds: { min: range.min, max: range.max }, start, end: range.end }
      : { weight: percent!.value, bounds: null, start, end: percent!.end };
    const before = trimmed.slice(0, start);
    if (closing !== /\(\s*$/.test(before)) return null;
    nameText = before.replace(/\(\s*$/, '');
  }
  const cleaned = cleanName(nameText);
  if (!cleaned) return null;
  const total = TOTAL_ROW.test(cleaned.name);
  if (!total && NOT_A_CRITERION.test(cleaned.name)) return null;
  return {
    name: cleaned.name,
    number: number ?? cleaned.number,
    weight: value.weight,
    bounds: value.bounds,
    valueStart: value.start,
    valueEnd: value.end,
    passFail: passFail || isPassFail(nameText),
    total,
  };
}

/** A line that introduces weights or criteria ("the weighting will be:", "Award criteria"). */
const INTRO = /\b(?:weight\w*|criteri(?:on|a)|evaluat\w*|scor(?:e|es|ed|ing)|award\w*|marks)\b/i;

interface ReadLine {
  block: TextBlock;
  start: number;
  end: number;
  line: WeightLine;
}

interface Run {
  lines: ReadLine[];
  intro: string | null;
}

/** The lines of a block with their offsets in the block's text. */
function blockLines(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** Splits written as runs of weight lines. */
/**
 * A paragraph's or list item's lines as weight lines, by text (the same for both kinds): without a percentage,
 * only its last non-blank line (the intro of what may follow); with one, each non-blank line with its weight
 * line or none. Read once per text; never changed by its users.
 */
interface LinesRead {
  last: string | null;
  lines: ReadonlyArray<{ start: number; end: number; text: string; line: WeightLine | null }> | null;
}

const linesRead = new TextMemo<LinesRead>((text) => {
  if (!/%|per\s*cent/i.test(text)) return { last: text.split('\n').filter((l) => l.trim()).pop() ?? null, lines: null };
  const rows = new Map(textRows({ kind: 'paragraph', text, id: 0 } as TextBlock).map((r) => [r.start, r]));
  const lines: Array<{ start: number; end: number; text: string; line: WeightLine | null }> = [];
  for (const { start, end } of blockLines(text)) {
    const line = text.slice(start, end);
    if (line.trim() === '') continue;
    const row = rows.get(start);
    lines.push({ start, end, text: line, line: readWeightLine(line, row ? { cells: row.cells.map((c) => ({ ...c, start: c.start - start, end: c.end - start })) } : null) });
  }
  return { last: null, lines };
});

export function fromLines(doc: TenderDocument): EvaluationTable[] {
  const runs: Run[] = [];
  let current: ReadLine[] = [];
  let intro: string | null = null;
  const flush = () => {
    if (current.length) runs.push({ lines: current, intro });
    current = [];
  };
  const reads = linesRead.values(proseTexts(doc));
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') {
      flush();
      intro = block.kind === 'heading' ? block.text : null;
      continue;
    }
    const read = reads[i]!;
    if (!read.lines) {
      flush();
      intro = read.last;
      continue;
    }
    for (const { start, end, text, line } of read.lines) {
      if (line) {
        current.push({ block, start, end, line });
      } else {
        flush();
        intro = text;
      }
    }
  }
  flush();

  // A run of one weight line is a criterion split off from its split: the splits in that section are uncertain.
  const orphanSections = new Set<number>();
  const out: Array<{ table: EvaluationTable; section: number }> = [];
  for (const run of runs) {
    const section = run.lines[0]!.block.section;
    const criteriaLines = run.lines.filter((l) => !l.line.total);
    if (criteriaLines.length < 2) {
      if (criteriaLines.length === 1) orphanSections.add(section);
      continue;
    }
    if (!(run.intro !== null && INTRO.test(run.intro)) && !inEvaluationSection(doc, section)) continue;
    out.push({ table: toTable(doc, run), section });
  }
  for (const { table, section } of out) if (orphanSections.has(section)) table.uncertain = true;
  return out.map((o) => o.table);
}

function toTable(doc: TenderDocument, run: Run): EvaluationTable {
  const criteria: Criterion[] = [];
  let statedTotal: EvaluationTable['statedTotal'] = null;
  let partial = false;
  let lastParent: Criterion | null = null;
  for (const { block, start, end, line } of run.lines) {
    const weightRange = blockRange(doc, block, start + line.valueStart, start + line.valueEnd);
    if (line.total) {
      if (/^\s*maximum\b/i.test(line.name)) partial = true;
      if (line.weight !== null) statedTotal = { value: line.weight, range: weightRange };
      continue;
    }
    const criterion: Criterion = {
      name: line.name,
      weight: line.weight,
      weightRange,
      range: blockRange(doc, block, start, end),
      number: line.number,
      children: [],
      category: classifyCriterion(line.name),
      passFail: line.passFail,
      weightBounds: line.bounds,
    };
    if (lastParent?.number != null && line.number !== null && line.number.startsWith(lastParent.number + '.')) {
      lastParent.children.push(criterion);
    } else {
      criteria.push(criterion);
      lastParent = criterion;
    }
  }
  const first = run.lines[0]!;
  const last = run.lines[run.lines.length - 1]!;
  const ranges = allCriteria(criteria).some((c) => c.weightBounds);
  const hasPrice = allCriteria(criteria).some((c) => c.category === 'price');
  return {
    origin: 'lines',
    table: null,
    range: rangeFromOffsets(doc, blockRange(doc, first.block, first.start, first.end).start.offset, blockRange(doc, last.block, last.start, last.end).end.offset),
    weightLabel: run.intro?.trim() ?? '',
    unit: 'percent',
    criteria,
    statedTotal,
    ...(partial ? { partial } : {}),
    ...(ranges ? { ranges } : {}),
    ...(!hasPrice || partial ? { uncertain: true } : {}),
  };
}
