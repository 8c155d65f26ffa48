/** Types of the placeholder facts (`placeholders.ts`): the gaps a document leaves, and a template's fields. */
import type { Located, RawMatch } from './types';

/**
 * How a placeholder is written:
 * - `bracket`: a bracketed instruction, "[insert date]", "[name of authority]", "[date]";
 * - `mustache`: a template tag, "{{ supplier_name }}";
 * - `merge-field`: a mail-merge field, "<<Supplier>>";
 * - `blank`: a bracketed blank that says nothing of what goes in it, "[●]", "[...]", "[XX]";
 * - `tbc`: "TBC", "TBA", "TBD", "[to be confirmed]";
 * - `x-value`: money or a quantity written with X, "£X", "XX%", "XX days";
 * - `date-mask`: "dd/mm/yyyy".
 */
export const PLACEHOLDER_STYLES = ['bracket', 'mustache', 'merge-field', 'blank', 'tbc', 'x-value', 'date-mask'] as const;
export type PlaceholderStyle = (typeof PLACEHOLDER_STYLES)[number];

/** What is wrong with a placeholder's own shape: a bracket never closed (or never opened), or nothing to insert. */
export type PlaceholderProblem = 'unbalanced' | 'empty';

export interface PlaceholderValue extends RawMatch {
  style: PlaceholderStyle;
  /** Set when the placeholder is malformed. */
  problem: PlaceholderProblem | null;
  /** The field it stands for, as a key: its instruction or tag name, lower case, spaces collapsed ("insert date"). */
  field: string;
}

export interface PlaceholderFact extends Located<PlaceholderValue> {
  /**
   * The topic of the clause it sits in when the law fixes that clause's wording, so that a template must not
   * leave it open ("payment period", "standstill period"); null otherwise.
   */
  fixedClause: string | null;
}

/** One field of a template: every placeholder standing for the same thing. */
export interface PlaceholderField {
  field: string;
  /** The first occurrence as written. */
  text: string;
  style: PlaceholderStyle;
  count: number;
  /** 1-based lines of each occurrence, in document order. */
  lines: number[];
}

export interface PlaceholderFacts {
  /** Every placeholder in document order, malformed ones included. */
  items: PlaceholderFact[];
  /** Well-formed placeholders grouped by field, in order of first occurrence. */
  fields: PlaceholderField[];
}
