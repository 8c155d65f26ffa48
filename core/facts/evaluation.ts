/**
 * Evaluation criteria with weights and sub-weights, from tables ("Criterion | Weighting"), from lists under
 * an evaluation heading ("Price: 40%"), from lines of text (`evaluation-lines.ts`: "Quality<TAB>60%", one split
 * per lot), from a heading per criterion with its weight range (`evaluation-ranges.ts`) and from prose
 * (`evaluation-prose.ts`: "Price will account for 40% of the total score"). Weight ranges ("10% to 90%") are kept
 * as bounds, never as weights.
 * Sub-criteria are rows numbered under a parent ("2.1" under "2"), rows with a sub-weight column entry, or
 * nested list items. Criteria named with no weights (an unweighted criteria table, or a list of criteria under
 * an award criteria heading) are kept too, with null weights. Each criterion is classified as price, quality,
 * social value or other, and marked when it is pass/fail.
 */
import type { Range, TableCell, TenderDocument, TextBlock } from '../model/types';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { parseNumeral } from './numbers';
import type { Criterion, EvaluationTable, Facts, PercentageFact } from './types';
import { fromLines } from './evaluation-lines';
import { fromProse } from './evaluation-prose';
import { fromRangeSections } from './evaluation-ranges';
import { extractPercentRanges } from './percentages';
import { allCriteria, classifyCriterion, EVALUATION_HEADING, inEvaluationSection, isPassFail, NUMBER_PREFIX, TOTAL_ROW } from './criteria';

export { allCriteria, classifyCriterion, inEvaluationSection, isPassFail } from './criteria';

const WEIGHT_HEADER = /\b(?:weight(?:ing)?s?|%|per\s*cent|percentage|marks?|points|max(?:imum)?\s+score|score\s+available|available\s+(?:marks|score))\b|%/i;
const SUB_WEIGHT_HEADER = /\bsub[- ]?(?:weight(?:ing)?|criteri(?:on|a)\s+weight)/i;
const CRITERIA_CONTEXT = /\b(?:evaluation|award\s+criteria|criteria|scoring|weightings?|quality|price)\b/i;

export function buildEvaluation(doc: TenderDocument, facts: Facts): EvaluationTable[] {
  const out: EvaluationTable[] = [];
  const percentByBlock = new Map<number, PercentageFact[]>();
  for (const p of facts.percentages) {
    const list = percentByBlock.get(p.block) ?? [];
    list.push(p);
    percentByBlock.set(p.block, list);
  }
  for (const table of doc.tables) {
    const evaluation = fromTable(doc, table.index, percentByBlock);
    if (evaluation) out.push(evaluation);
  }
  out.push(...fromLists(doc, percentByBlock));
  // Lines already read as a weighted list are not read again as lines.
  for (const split of fromLines(doc)) if (!out.some((t) => overlaps(t.range, split.range))) out.push(split);
  for (const split of fromRangeSections(doc)) if (!out.some((t) => overlaps(t.range, split.range))) out.push(split);
  out.push(...fromUnweightedLists(doc, percentByBlock));
  if (!out.some((t) => t.ranges || t.criteria.some((c) => c.weight !== null))) {
    const prose = fromProse(doc, facts.percentages);
    if (prose) out.push(prose);
  }
  for (const table of out) for (const c of table.criteria) inheritCategory(c);
  return out.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

function overlaps(a: Range, b: Range): boolean {
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

/** Sub-criteria whose names say nothing specific take their parent's category (quality, mostly). */
function inheritCategory(c: Criterion): void {
  for (const child of c.children) {
    if (child.category === 'other' && c.category !== 'other') child.category = c.category;
    inheritCategory(child);
  }
}


/**
 * The weighted percentage split of the award criteria: tables whose top-level criteria carry percentage
 * weights and include price (so the whole split, not one part of it, is stated). A prose statement counts
 * when it names at least two criteria.
 */
export function awardSplits(evaluation: EvaluationTable[]): EvaluationTable[] {
  return evaluation.filter(
    (t) =>
      t.unit === 'percent' &&
      t.criteria.some((c) => c.category === 'price' && c.weight !== null) &&
      t.criteria.filter((c) => c.weight !== null).length >= 2,
  );
}

/**
 * The award criteria as a whole, weighted or not yet: the weighted splits (`awardSplits`) and the splits given
 * as ranges to choose weights from ("Price 20% to 85%"), when price and at least one other criterion carry a
 * range. A split read uncertainly (criteria may have been missed) is left out.
 */
export function criteriaSplits(evaluation: EvaluationTable[]): EvaluationTable[] {
  const weighted = awardSplits(evaluation);
  return evaluation.filter(
    (t) =>
      !t.uncertain &&
      (weighted.includes(t) ||
        (t.ranges === true &&
          t.criteria.some((c) => c.category === 'price' && (c.weight !== null || c.weightBounds)) &&
          t.criteria.filter((c) => c.weight !== null || c.weightBounds).length >= 2)),
  );
}

/**
 * A criterion's share of the whole score in percent, given the weights above it: sub-weights count as
 * absolute when they add up to their parent's weight, and as a share of the parent when they add up to 100%.
 */
export function effectiveShares(table: EvaluationTable): Map<Criterion, number> {
  const out = new Map<Criterion, number>();
  const top = table.criteria.filter((c) => c.weight !== null && !c.passFail);
  const total = table.unit === 'percent' ? 100 : (table.statedTotal?.value ?? top.reduce((s, c) => s + c.weight!, 0));
  if (!total) return out;
  const walk = (list: Criterion[], scale: number) => {
    for (const c of list) {
      if (c.weight === null || c.passFail) continue;
      const share = c.weight * scale;
      out.set(c, share);
      const kids = c.children.filter((k) => k.weight !== null && !k.passFail);
      if (kids.length === 0) continue;
      const sum = kids.reduce((s, k) => s + k.weight!, 0);
      if (Math.abs(sum - c.weight) <= 0.01) walk(c.children, scale);
      else if (Math.abs(sum - 100) <= 0.01) walk(c.children, share / 100);
    }
  };
  walk(table.criteria, 100 / total);
  return out;
}

interface Weight {
  value: number;
  range: Range;
}

function cellWeight(doc: TenderDocument, cell: TableCell, percents: Map<number, PercentageFact[]>): Weight | null {
  const cellPercents = percents.get(cell.block) ?? [];
  // "10% to 90%" is a range a buyer chooses from, not a weight.
  if (cellPercents.length > 1) return null;
  const p = cellPercents[0];
  if (p) return { value: p.value, range: p.range };
  const block = doc.blocks[cell.block]!;
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*(?:(?:marks?|points)\s*)?$/i.exec(block.text);
  if (!m) return null;
  const start = block.text.indexOf(m[1]!);
  return { value: parseNumeral(m[1]!), range: blockRange(doc, block, start, start + m[1]!.length) };
}

/** A weight range in a cell ("10% to 90%", "10% to 90% (with minimum 10% for social value)"): its first range. */
function cellBounds(doc: TenderDocument, cell: TableCell): { min: number; max: number; range: Range } | null {
  const block = doc.blocks[cell.block]!;
  const r = extractPercentRanges(block.text)[0];
  return r ? { min: r.min, max: r.max, range: blockRange(doc, block, r.start, r.end) } : null;
}

function fromTable(doc: TenderDocument, index: number, percents: Map<number, PercentageFact[]>): EvaluationTable | null {
  const table = doc.tables[index]!;
  // A scale, or a worked example whose headers hold values ("Bidder A discount of 20%"), lists no criteria.
  if (isScaleTable(table.header) || table.header.some((h) => /\d\s*%/.test(h))) return null;
  // A header holding a value ("Bidder A discount rate of 20%") is not a weight column's label.
  const weightCols = table.header
    .map((h, i) => (WEIGHT_HEADER.test(h) && !SUB_WEIGHT_HEADER.test(h) && !/\d\s*%/.test(h) ? i : -1))
    .filter((i) => i >= 0);
  // Prefer a column named for weights over one of marks awarded ("Question weighting" over "Your mark").
  const named = weightCols.filter((i) => /\bweight(?:ing)?s?\b/i.test(table.header[i]!));
  const subCol = table.header.findIndex((h) => SUB_WEIGHT_HEADER.test(h));
  // A weight column is the header's, or failing that the last column whose body cells are all percentages.
  let weightCol = named.length ? named[named.length - 1]! : weightCols.length ? weightCols[weightCols.length - 1]! : -1;
  const body = table.rows.slice(1);
  if (weightCol < 0) {
    const sectionTitle = table.section >= 0 ? doc.sections[table.section]!.title : '';
    if (!CRITERIA_CONTEXT.test(table.header.join(' ') + ' ' + sectionTitle)) return null;
    for (let c = table.header.length - 1; c > 0; c--) {
      if (body.length > 0 && body.every((row) => row[c] && percents.has(row[c]!.block))) {
        weightCol = c;
        break;
      }
    }
  }
  if (weightCol < 0) return unweightedTable(doc, index);
  // A reference column ("Ref", "No.", or cells that are all numbers like "2.1") numbers the criteria.
  const isRefColumn = (i: number) =>
    body.length > 0 && body.every((row) => /^(?:[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?)?$/.test(row[i]?.text ?? ''));
  const candidates = table.header.map((_, i) => i).filter((i) => i !== weightCol && i !== subCol);
  const refCol = candidates.find((i) => isRefColumn(i)) ?? -1;
  let nameCol = candidates.find((i) => i !== refCol) ?? -1;
  if (nameCol < 0) return null;
  // A header cell merged over two columns ("Question" over a lot column and the question's name): take the
  // column with more distinct entries.
  const next = nameCol + 1;
  if (table.header[next] === '' && candidates.includes(next)) {
    const distinct = (c: number) => new Set(body.map((row) => row[c]?.text ?? '')).size;
    if (distinct(next) >= distinct(nameCol)) nameCol = next;
  }

  const criteria: Criterion[] = [];
  let statedTotal: EvaluationTable['statedTotal'] = null;
  let lastParent: Criterion | null = null;
  let anyWeight = false;
  let anyBounds = false;
  let maximumRow = false;
  let points = /\b(?:marks?|points|score)\b/i.test(table.header[weightCol]!) && !/%|per\s*cent|percentage/i.test(table.header[weightCol]!);
  for (const row of body) {
    const nameCell = row[nameCol];
    // A total row may put its label in the first column even when names sit in another ("| | Total | 100% |" or
    // "| Maximum quality score | | 90% |").
    const totalLabel = [nameCell?.text ?? '', row[0]?.text ?? ''].some((t) => TOTAL_ROW.test(t));
    if (!totalLabel && (!nameCell || nameCell.text === '')) continue;
    const weightCell = row[weightCol];
    const subCell = subCol >= 0 ? row[subCol] : undefined;
    const weight = weightCell ? cellWeight(doc, weightCell, percents) : null;
    const subWeight = subCell ? cellWeight(doc, subCell, percents) : null;
    const bounds = !weight && !subWeight && weightCell ? cellBounds(doc, weightCell) : null;
    if (weightCell && percents.has(weightCell.block)) points = false;
    const rowRange = rangeFromOffsets(doc, row[0]!.range.start.offset, row[row.length - 1]!.range.end.offset);
    if (totalLabel || !nameCell) {
      if ([nameCell?.text ?? '', row[0]?.text ?? ''].some((t) => /^\s*maximum\b/i.test(t))) maximumRow = true;
      if (weight) statedTotal = { value: weight.value, range: weight.range };
      continue;
    }
    const numbered = NUMBER_PREFIX.exec(nameCell.text);
    const ref = refCol >= 0 ? row[refCol]?.text.trim() || null : null;
    const number = ref ?? (numbered ? numbered[1]! : null);
    const name = numbered ? nameCell.text.slice(numbered[0].length).trim() : nameCell.text.trim();
    const criterion: Criterion = {
      name,
      weight: (subWeight ?? weight)?.value ?? null,
      weightRange: (subWeight ?? weight)?.range ?? bounds?.range ?? null,
      range: rowRange,
      number,
      children: [],
      category: classifyCriterion(name),
      passFail: row.some((cell) => isPassFail(cell.text)),
      ...(bounds ? { weightBounds: { min: bounds.min, max: bounds.max } } : {}),
    };
    if (weight || subWeight) anyWeight = true;
    if (bounds) anyBounds = true;
    const isChildByNumber = number !== null && lastParent?.number != null && number.startsWith(lastParent.number + '.');
    const isChildBySubColumn = subCol >= 0 && subWeight !== null && weight === null && lastParent !== null;
    if (lastParent && (isChildByNumber || isChildBySubColumn)) {
      lastParent.children.push(criterion);
    } else {
      criteria.push(criterion);
      lastParent = criterion;
    }
  }
  if ((!anyWeight && !anyBounds) || criteria.length === 0) return null;
  return {
    origin: 'table',
    table: index,
    range: table.range,
    weightLabel: table.header[weightCol]!,
    unit: points ? 'points' : 'percent',
    criteria,
    statedTotal,
    partial: maximumRow && !criteria.some((c) => classifyCriterion(c.name) === 'price'),
    ...(anyBounds ? { ranges: true } : {}),
  };
}


interface ListState {
  table: EvaluationTable;
  section: number;
  stack: Array<{ level: number; criterion: Criterion }>;
}

function fromLists(doc: TenderDocument, percents: Map<number, PercentageFact[]>): EvaluationTable[] {
  const out: EvaluationTable[] = [];
  let current: ListState | null = null;
  let lastItem: TextBlock | null = null;
  const flush = () => {
    if (current && current.table.criteria.filter((c) => c.weight !== null).length >= 2) out.push(current.table);
    current = null;
  };
  for (const block of doc.blocks) {
    if (block.kind !== 'listItem') {
      if (block.kind !== 'tableCell') {
        flush();
        lastItem = null;
      }
      continue;
    }
    const section = block.section >= 0 ? doc.sections[block.section]! : null;
    const weight = percents.get(block.id)?.[0];
    // The label is read only where the rest holds (most list items have no weight).
    const labelled = section && weight ? WEIGHTED_LABEL.exec(block.text) : null;
    if (!section || !EVALUATION_HEADING.test(section.title) || !weight || !labelled) {
      if (!lastItem || block.listLevel === 0) flush();
      lastItem = block;
      continue;
    }
    if (!current || current.section !== block.section) {
      flush();
      current = {
        section: block.section,
        stack: [],
        table: {
          origin: 'list',
          table: null,
          range: block.range,
          weightLabel: section.title,
          unit: 'percent',
          criteria: [],
          statedTotal: null,
        },
      };
    }
    const c = current as ListState;
    const numbered = NUMBER_PREFIX.exec(labelled[1]!);
    const criterion: Criterion = {
      name: numbered ? labelled[1]!.slice(numbered[0].length) : labelled[1]!,
      weight: weight.value,
      weightRange: weight.range,
      range: block.range,
      number: numbered ? numbered[1]! : null,
      children: [],
      category: classifyCriterion(labelled[1]!),
      passFail: isPassFail(block.text),
    };
    c.table.range = rangeFromOffsets(doc, c.table.range.start.offset, block.range.end.offset);
    const level = block.listLevel ?? 0;
    if (TOTAL_ROW.test(criterion.name)) {
      c.table.statedTotal = { value: weight.value, range: weight.range };
      continue;
    }
    while (c.stack.length && c.stack[c.stack.length - 1]!.level >= level) c.stack.pop();
    const parent = c.stack[c.stack.length - 1];
    if (parent) parent.criterion.children.push(criterion);
    else c.table.criteria.push(criterion);
    c.stack.push({ level, criterion });
    lastItem = block;
  }
  flush();
  return out;
}

/** A table that scores against criteria but shows no weights: kept, with null weights, when it sits under an evaluation heading. */
const CRITERIA_HEADER = /\b(?:criteri(?:on|a)|sub-criteri(?:on|a)|questions?|factors?)\b/i;
const SCALE_HEADER = /^\s*(?:score|scores|mark|marks|points|rating)\s*$/i;
const DESCRIPTOR_HEADER = /\b(?:descriptors?|definitions?|interpretation|meaning|description)\b/i;


function unweightedTable(doc: TenderDocument, index: number): EvaluationTable | null {
  const table = doc.tables[index]!;
  const nameCol = table.header.findIndex((h) => CRITERIA_HEADER.test(h));
  if (nameCol < 0 || !inEvaluationSection(doc, table.section)) return null;
  const criteria: Criterion[] = [];
  for (const row of table.rows.slice(1)) {
    const cell = row[nameCol];
    if (!cell || cell.text.trim() === '' || TOTAL_ROW.test(cell.text)) continue;
    const numbered = NUMBER_PREFIX.exec(cell.text);
    const name = numbered ? cell.text.slice(numbered[0].length).trim() : cell.text.trim();
    criteria.push({
      name,
      weight: null,
      weightRange: null,
      range: rangeFromOffsets(doc, row[0]!.range.start.offset, row[row.length - 1]!.range.end.offset),
      number: numbered ? numbered[1]! : null,
      children: [],
      category: classifyCriterion(name),
      passFail: row.some((c) => isPassFail(c.text)),
    });
  }
  if (criteria.length < 2) return null;
  return { origin: 'table', table: index, range: table.range, weightLabel: '', unit: 'percent', criteria, statedTotal: null };
}

/** Whether a table is a scoring scale ("Score | Descriptor") rather than a list of criteria. */
export function isScaleTable(header: string[]): boolean {
  return header.some((h) => SCALE_HEADER.test(h)) && header.some((h) => DESCRIPTOR_HEADER.test(h));
}

const AWARD_CRITERIA_HEADING = /\b(?:award|evaluation|assessment|tender\s+evaluation|quality)\s+criteria\b|\bevaluation\s+factors\b/i;
/** A sentence introducing a list of criteria: "Tenders will be evaluated against the following criteria:". */
function introducesCriteria(text: string): boolean {
  const last = text.trim();
  return (
    /:$/.test(last) &&
    /\b(?:criteria|factors)\b/i.test(last) &&
    /\b(?:evaluat\w*|assess\w*|scor\w*|award\w*)\b/i.test(last) &&
    /\b(?:will|shall|are|is)\b/i.test(last)
  );
}

/**
 * The label before a weight ("Quality: 60%", "Price is weighted at 40%") and a list item's label and rest
 * ("Factor 1: Technical approach"). A label starts and ends with a non-space, so that a run of spaces is crossed
 * once: with `(.+?)\s*` they were cubic in a run of spaces. Exported for tests.
 */
export const WEIGHTED_LABEL = /^\s*(\S(?:.*?\S)??)\s*(?:[:\-–—(]|\bis\b|\bat\b|\bweighted\b)/i;
export const LIST_LABEL = /^\s*(\S(?:.*?\S)??)\s*(?::|\s[-–—]\s)\s*(.*)$/;

/** A list item's criterion name: the text before a colon or dash ("Factor 1: Technical approach" → the part after it). */
function listLabel(text: string): string {
  const m = LIST_LABEL.exec(text);
  if (!m) return text.trim();
  if (/^(?:factor|criteri(?:on|a)|question|element)\s*\d+[a-z]?$/i.test(m[1]!.trim()) && m[2]) return listLabel(m[2]);
  return m[1]!.trim();
}

/** Lists of criteria with no weights, under an award criteria heading or after a sentence introducing them. */
function fromUnweightedLists(doc: TenderDocument, percents: Map<number, PercentageFact[]>): EvaluationTable[] {
  const out: EvaluationTable[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'listItem' || (i > 0 && blocks[i - 1]!.kind === 'listItem')) continue;
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1]!.kind === 'listItem') j++;
    const prev = i > 0 ? blocks[i - 1]! : null;
    const section = blocks[i]!.section >= 0 ? doc.sections[blocks[i]!.section]! : null;
    const introduced = prev !== null && prev.kind === 'paragraph' && introducesCriteria(prev.text);
    const headed = section !== null && AWARD_CRITERIA_HEADING.test(section.title) && (prev === null || prev.kind === 'heading' || introduced || /:\s*$/.test(prev.text));
    // Most lists are neither introduced nor headed as criteria: their items are not gathered.
    if (!introduced && !headed) continue;
    const run = blocks.slice(i, j + 1);
    const top = run.filter((b) => (b.listLevel ?? 0) === (run[0]!.listLevel ?? 0));
    if (run.some((b) => percents.has(b.id)) || top.length < 2) continue;
    const labels = top.map((b) => listLabel(b.text).replace(NUMBER_PREFIX, ''));
    if (labels.some((l) => l === '' || l.split(/\s+/).length > 8 || /[.;]$/.test(l))) continue;
    const criteria: Criterion[] = top.map((b, k) => {
      const numbered = NUMBER_PREFIX.exec(b.text);
      return {
        name: labels[k]!,
        weight: null,
        weightRange: null,
        range: b.range,
        number: numbered ? numbered[1]! : null,
        children: [],
        category: classifyCriterion(labels[k]!),
        passFail: isPassFail(b.text),
      };
    });
    out.push({
      origin: 'list',
      table: null,
      range: rangeFromOffsets(doc, run[0]!.range.start.offset, run[run.length - 1]!.range.end.offset),
      weightLabel: section?.title ?? '',
      unit: 'percent',
      criteria,
      statedTotal: null,
    });
  }
  return out;
}
