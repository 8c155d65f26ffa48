/**
 * Evaluation criteria with weights and sub-weights, from tables ("Criterion | Weighting"), from lists under
 * an evaluation heading ("Price: 40%") and from prose ("Price will account for 40% of the total score").
 * Sub-criteria are rows numbered under a parent ("2.1" under "2"), rows with a sub-weight column entry, or
 * nested list items. Criteria named with no weights (an unweighted criteria table, or a list of criteria under
 * an award criteria heading) are kept too, with null weights. Each criterion is classified as price, quality,
 * social value or other, and marked when it is pass/fail.
 */
import type { Range, TableCell, TenderDocument, TextBlock } from '../model/types';
import { blockRange, rangeFromOffsets } from '../model/positions';
import { parseNumeral } from './numbers';
import { splitSentences } from '../model/sentences';
import type { Criterion, CriterionCategory, EvaluationTable, Facts, PercentageFact } from './types';

const WEIGHT_HEADER = /\b(?:weight(?:ing)?s?|%|per\s*cent|percentage|marks?|points|max(?:imum)?\s+score|score\s+available|available\s+(?:marks|score))\b|%/i;
const SUB_WEIGHT_HEADER = /\bsub[- ]?(?:weight(?:ing)?|criteri(?:on|a)\s+weight)/i;
const CRITERIA_CONTEXT = /\b(?:evaluation|award\s+criteria|criteria|scoring|weightings?|quality|price)\b/i;
const TOTAL_ROW = /^\s*(?:\*\*)?(?:total|overall\s+total|grand\s+total|maximum\s+(?:\w+\s+){0,2}score)\b/i;
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
  out.push(...fromUnweightedLists(doc, percentByBlock));
  if (!out.some((t) => t.criteria.some((c) => c.weight !== null))) {
    const prose = fromProse(doc, facts.percentages);
    if (prose) out.push(prose);
  }
  for (const table of out) for (const c of table.criteria) inheritCategory(c);
  return out.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

const SOCIAL_VALUE_NAME =
  /\b(?:social\s+value|community\s+benefits?|social\s+(?:and\s+environmental\s+)?impact|environmental|sustainab\w*|net\s+zero|carbon|climate\s+change|economic\s+inequality|equal\s+opportunit(?:y|ies)|covid-19\s+recovery|local\s+(?:employment|economy|supply\s+chains?)|social\s+responsibility)\b/i;
const PRICE_NAME = /\b(?:price|pricing|prices|cost|costs|commercial|financial\s+(?:offer|submission|proposal|model)|fees?|charges)\b/i;
const QUALITY_NAME = /\b(?:quality|technical|non-price)\b/i;
const PASS_FAIL = /\bpass\s*(?:\/|or|-|–)\s*fail\b(?!\s*(?:threshold|minimum|score|mark|hurdle|gate|on\s+(?:each|any)))/i;
/** A minimum score on a weighted question ("a pass/fail threshold of 2") is not a pass/fail criterion. */
const THRESHOLD = /\b(?:minimum|threshold|at\s+least|below)\b/i;

/** What a criterion assesses, from its name: social value first ("social value and cost"), then price, then quality. */
export function classifyCriterion(name: string): CriterionCategory {
  if (SOCIAL_VALUE_NAME.test(name)) return 'social-value';
  if (PRICE_NAME.test(name) && !/\bvalue\s+for\s+money\b/i.test(name)) return 'price';
  if (QUALITY_NAME.test(name)) return 'quality';
  return 'other';
}

/** Whether text marks a criterion pass/fail ("Pass/Fail", "pass or fail"). */
export function isPassFail(text: string): boolean {
  return PASS_FAIL.test(text) && !THRESHOLD.test(text);
}

/** Sub-criteria whose names say nothing specific take their parent's category (quality, mostly). */
function inheritCategory(c: Criterion): void {
  for (const child of c.children) {
    if (child.category === 'other' && c.category !== 'other') child.category = c.category;
    inheritCategory(child);
  }
}

/** Every criterion of a table, sub-criteria included, depth first. */
export function allCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.flatMap((c) => [c, ...allCriteria(c.children)]);
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
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*(?:marks?|points)?\s*$/i.exec(block.text);
  if (!m) return null;
  const start = block.text.indexOf(m[1]!);
  return { value: parseNumeral(m[1]!), range: blockRange(doc, block, start, start + m[1]!.length) };
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
      weightRange: (subWeight ?? weight)?.range ?? null,
      range: rowRange,
      number,
      children: [],
      category: classifyCriterion(name),
      passFail: row.some((cell) => isPassFail(cell.text)),
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
    partial: maximumRow && !criteria.some((c) => classifyCriterion(c.name) === 'price'),
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

export function inEvaluationSection(doc: TenderDocument, sectionIndex: number): boolean {
  for (let s = sectionIndex >= 0 ? doc.sections[sectionIndex] : undefined; s; s = s.parent === null ? undefined : doc.sections[s.parent]) {
    if (EVALUATION_HEADING.test(s.title)) return true;
  }
  return false;
}

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

/** A list item's criterion name: the text before a colon or dash ("Factor 1: Technical approach" → the part after it). */
function listLabel(text: string): string {
  const m = /^\s*(.+?)\s*(?::|\s[-–—]\s)\s*(.*)$/.exec(text);
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
    const run = blocks.slice(i, j + 1);
    const prev = i > 0 ? blocks[i - 1]! : null;
    const top = run.filter((b) => (b.listLevel ?? 0) === (run[0]!.listLevel ?? 0));
    if (run.some((b) => percents.has(b.id)) || top.length < 2) continue;
    const section = run[0]!.section >= 0 ? doc.sections[run[0]!.section]! : null;
    const introduced = prev !== null && prev.kind === 'paragraph' && introducesCriteria(prev.text);
    const headed = section !== null && AWARD_CRITERIA_HEADING.test(section.title) && (prev === null || prev.kind === 'heading' || introduced || /:\s*$/.test(prev.text));
    if (!introduced && !headed) continue;
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

const PROSE_CRITERION = String.raw`(social\s+value|community\s+benefits?|price|pricing|cost|commercial|quality|technical(?:\s+merit)?|environmental|sustainability)`;
/** "…40% of the total score will be allocated to price", "a weighting of 40% for price", "60% quality". */
const AFTER_PERCENT = new RegExp(
  String.raw`^\s*(?:of\s+the\s+(?:total|overall|available|final)\s+(?:score|marks?|evaluation|weighting|available\s+marks)\s+)?(?:(?:will\s+be|is|are|shall\s+be)\s+)?(?:allocated|given|awarded|assigned|attributed|apportioned|weighting|weighted)?\s*(?:to|for|on)\s+(?:the\s+)?${PROSE_CRITERION}\b|^\s+${PROSE_CRITERION}\b`,
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/\s+/g, ' ');
}

/** Weights stated in sentences, used when the document has no weighted table or list. */
function fromProse(doc: TenderDocument, percentages: PercentageFact[]): EvaluationTable | null {
  const criteria: Criterion[] = [];
  for (const p of percentages) {
    const block = doc.blocks[p.block]!;
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    const span = splitSentences(block.text).find((s) => p.start >= s.start && p.start < s.end) ?? { start: 0, end: block.text.length };
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
