/**
 * What the evaluation readers share: a criterion's category from its name, pass/fail marks, the patterns for
 * numbered names, total rows and evaluation headings, and the walk up a section's headings. The readers
 * (`evaluation.ts` for tables, lists and prose, `evaluation-lines.ts` for lines of text, `evaluation-ranges.ts`
 * for weight ranges) import from here so that none imports another.
 */
import type { TenderDocument } from '../model/types';
import type { Criterion, CriterionCategory } from './types';

const SOCIAL_VALUE_NAME =
  /\b(?:social\s+value|community\s+benefits?|social\s+(?:and\s+environmental\s+)?impact|environmental|sustainab\w*|net\s+zero|carbon|climate\s+change|economic\s+inequality|equal\s+opportunit(?:y|ies)|covid-19\s+recovery|local\s+(?:employment|economy|supply\s+chains?)|social\s+responsibility)\b/i;
const PRICE_NAME = /\b(?:price|pricing|prices|cost|costs|commercial|financial\s+(?:offer|submission|proposal|model)|fees?|charges)\b/i;
const QUALITY_NAME = /\b(?:quality|technical|non-price)\b/i;
const PASS_FAIL = /\bpass\s*(?:\/|or|-|–)\s*fail\b(?!\s*(?:threshold|minimum|score|mark|hurdle|gate|on\s+(?:each|any)))/i;
/** A minimum score on a weighted question ("a pass/fail threshold of 2") is not a pass/fail criterion. */
const THRESHOLD = /\b(?:minimum|threshold|at\s+least|below)\b/i;

/** A total row or line: "Total", "Overall total", "Maximum quality score". */
export const TOTAL_ROW = /^\s*(?:\*\*)?(?:total|overall\s+total|grand\s+total|maximum\s+(?:\w+\s+){0,2}score)\b/i;
/** A number written before a criterion's name: "2.1 Delivery", "B) Price", "3: Social value". */
export const NUMBER_PREFIX = /^\s*((?:[A-Z]|\d+)(?:\.\d+)*)[.):]?\s+(?=\S)/;
/** A heading over evaluation criteria or their weights. */
export const EVALUATION_HEADING = /\b(?:evaluation|award\s+criteria|weightings?|scoring|assessment\s+criteria)\b/i;

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

/** Every criterion of a table, sub-criteria included, depth first. */
export function allCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.flatMap((c) => [c, ...allCriteria(c.children)]);
}

/** Whether a section, or one of the sections it sits in, is headed as evaluation ("Evaluation", "Award criteria"). */
export function inEvaluationSection(doc: TenderDocument, sectionIndex: number): boolean {
  for (let s = sectionIndex >= 0 ? doc.sections[sectionIndex] : undefined; s; s = s.parent === null ? undefined : doc.sections[s.parent]) {
    if (EVALUATION_HEADING.test(s.title)) return true;
  }
  return false;
}
