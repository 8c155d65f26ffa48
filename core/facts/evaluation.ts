/**
 * Evaluation criteria with weights and sub-weights, from tables ("Criterion | Weighting") and from lists under
 * an evaluation heading ("Price: 40%"). Sub-criteria are rows numbered under a parent ("2.1" under "2"), rows
 * with a sub-weight column entry, or nested list items.
 */
import type { Range, TableCell, TenderDocument, TextBlock } from '../model/types';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { parseNumeral } from './numbers';
import type { Criterion, EvaluationTable, Facts, PercentageFact } from './types';

const WEIGHT_HEADER = /\b(?:weight(?:ing)?s?|%|per\s*cent|percentage|marks?|points|max(?:imum)?\s+score|score\s+available|available\s+(?:marks|score))\b|%/i;
const SUB_WEIGHT_HEADER = /\bsub[- ]?(?:weight(?:ing)?|criteri(?:on|a)\s+weight)/i;
const CRITERIA_CONTEXT = /\b(?:evaluation|award\s+criteria|criteria|scoring|weightings?|quality|price)\b/i;
const TOTAL_ROW = /^\s*(?:\*\*)?(?:total|overall\s+total|grand\s+total)\b/i;
const NUMBER_PREFIX = /^\s*((?:[A-Z]|\d+)(?:\.\d+)*)[.):]?\s+(?=\S)/;

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
  return out;
}

interface Weight {
  value: number;
  range: Range;
}

function cellWeight(doc: TenderDocument, cell: TableCell, percents: Map<number, PercentageFact[]>): Weight | null {
  const p = percents.get(cell.block)?.[0];
  if (p) return { value: p.value, range: p.range };
  const block = doc.blocks[cell.block]!;
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*(?:marks?|points)?\s*$/i.exec(block.text);
  if (!m) return null;
  const start = block.text.indexOf(m[1]!);
  return { value: parseNumeral(m[1]!), range: blockRange(doc, block, start, start + m[1]!.length) };
}

function fromTable(doc: TenderDocument, index: number, percents: Map<number, PercentageFact[]>): EvaluationTable | null {
  const table = doc.tables[index]!;
  const weightCols = table.header.map((h, i) => (WEIGHT_HEADER.test(h) && !SUB_WEIGHT_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  const subCol = table.header.findIndex((h) => SUB_WEIGHT_HEADER.test(h));
  // A weight column is the header's, or failing that the last column whose body cells are all percentages.
  let weightCol = weightCols.length ? weightCols[weightCols.length - 1]! : -1;
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
  if (weightCol < 0) return null;
  // A reference column ("Ref", "No.", or cells that are all numbers like "2.1") numbers the criteria.
  const isRefColumn = (i: number) =>
    body.length > 0 && body.every((row) => /^(?:[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?)?$/.test(row[i]?.text ?? ''));
  const candidates = table.header.map((_, i) => i).filter((i) => i !== weightCol && i !== subCol);
  const refCol = candidates.find((i) => isRefColumn(i)) ?? -1;
  const nameCol = candidates.find((i) => i !== refCol) ?? -1;
  if (nameCol < 0) return null;

  const criteria: Criterion[] = [];
  let statedTotal: EvaluationTable['statedTotal'] = null;
  let lastParent: Criterion | null = null;
  let anyWeight = false;
  let points = /\b(?:marks?|points|score)\b/i.test(table.header[weightCol]!) && !/%|per\s*cent|percentage/i.test(table.header[weightCol]!);
  for (const row of body) {
    const nameCell = row[nameCol];
    if (!nameCell || nameCell.text === '') continue;
    const weightCell = row[weightCol];
    const subCell = subCol >= 0 ? row[subCol] : undefined;
    const weight = weightCell ? cellWeight(doc, weightCell, percents) : null;
    const subWeight = subCell ? cellWeight(doc, subCell, percents) : null;
    if (weightCell && percents.has(weightCell.block)) points = false;
    const rowRange = rangeFromOffsets(doc, row[0]!.range.start.offset, row[row.length - 1]!.range.end.offset);
    if (TOTAL_ROW.test(nameCell.text)) {
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
      weightRange: (subWeight ?? weight)?.range ?? null,
      range: rowRange,
      number,
      children: [],
    };
    if (weight || subWeight) anyWeight = true;
    const isChildByNumber = number !== null && lastParent?.number != null && number.startsWith(lastParent.number + '.');
    const isChildBySubColumn = subCol >= 0 && subWeight !== null && weight === null && lastParent !== null;
    if (lastParent && (isChildByNumber || isChildBySubColumn)) {
      lastParent.children.push(criterion);
    } else {
      criteria.push(criterion);
      lastParent = criterion;
    }
  }
  if (!anyWeight || criteria.length === 0) return null;
  return {
    origin: 'table',
    table: index,
    range: table.range,
    weightLabel: table.header[weightCol]!,
    unit: points ? 'points' : 'percent',
    criteria,
    statedTotal,
  };
}

const EVALUATION_HEADING = /\b(?:evaluation|award\s+criteria|weightings?|scoring|assessment\s+criteria)\b/i;

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
    const labelled = /^\s*(.+?)\s*(?:[:\-–—(]|\bis\b|\bat\b|\bweighted\b)/i.exec(block.text);
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
