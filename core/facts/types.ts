/**
 * Facts: values read from a document once, each with its source range and the sentence it came from.
 * Extractors in this folder work on plain text and return matches with offsets into that text
 * (`RawMatch`); `extract.ts` runs them over every block and attaches ranges and sentences (`Located`).
 */
import type { Range } from '../model/types';
import type { AwardFacts } from './award';
import type { ConsortiumFacts } from './consortium-types';
import type { LeadInFacts } from './lead-in';
import type { PaymentFacts } from './payment/types';
import type { PlaceholderFacts } from './placeholder-types';
import type { ProportionalityFacts } from './proportionality/types';
import type { ResponseFacts } from './response/types';
import type { TupeVatFacts } from './tupe-vat/types';

/** A match in a piece of plain text: `[start, end)` offsets and the matched text. */
export interface RawMatch {
  start: number;
  end: number;
  text: string;
}

/** Where a fact came from in the document. */
export interface FactLocation {
  /** Block id in `TenderDocument.blocks`. */
  block: number;
  range: Range;
  /** The sentence (of the block's plain text) the fact was read from. */
  sentence: string;
}

export type Located<T> = T & FactLocation;

export type VatQualifier = 'inclusive' | 'exclusive';
export type MoneyPeriod = 'hour' | 'day' | 'week' | 'month' | 'year' | 'total';

export interface MoneyValue extends RawMatch {
  /** Amount in pounds. */
  amount: number;
  /** "inc. VAT" / "including VAT" → inclusive; "excl. VAT" / "exclusive of VAT" / "plus VAT" / "+ VAT" → exclusive. */
  vat: VatQualifier | null;
  /** "per annum" → year; "over three years" / "in total" / "total" → total. */
  period: MoneyPeriod | null;
  /** For "over three years": the number of years the amount covers. */
  periodYears: number | null;
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // Sunday = 0, as in Date#getUTCDay

export interface DateValue extends RawMatch {
  day: number;
  month: number; // 1–12
  /** The year as written, or inferred from neighbouring dates (see `yearInferred`), or null if unknown. */
  year: number | null;
  yearInferred: boolean;
  /** The weekday written beside the date ("Friday 22 January 2027"), if any. */
  statedWeekday: Weekday | null;
  /** Time of day as "HH:MM" (24-hour), if stated ("12:00", "12 noon", "5pm", "midday"). */
  time: string | null;
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface DurationValue extends RawMatch {
  /** Total in the unit written ("2 + 1 + 1 years" → 4). */
  value: number;
  unit: DurationUnit;
  /** The parts of a sum ("2 + 1 + 1 years" → [2, 1, 1]); a single element otherwise. */
  parts: number[];
  /** "10 working days" / "business days". */
  working: boolean;
  /** Total length in months where it can be expressed so (days → null unless a whole number of months is not meant). */
  months: number | null;
  /** Total length in days where the unit is days or weeks; null for months and years. */
  days: number | null;
}

export interface PercentageValue extends RawMatch {
  value: number;
}

export type MoneyFact = Located<MoneyValue>;
export type DurationFact = Located<DurationValue>;
export type PercentageFact = Located<PercentageValue>;

export interface DateFact extends Located<DateValue> {
  /** ISO date "YYYY-MM-DD" when the year is known (written or inferred). */
  iso: string | null;
  /** The true weekday of the date, when the year is known. */
  weekday: Weekday | null;
  /** True when a stated weekday contradicts the date. */
  weekdayMismatch: boolean;
}

export type TimetableEventType =
  | 'issue'
  | 'clarification-deadline'
  | 'clarification-response'
  | 'submission-deadline'
  | 'evaluation'
  | 'presentation'
  | 'award'
  | 'standstill'
  | 'contract-signature'
  | 'mobilisation'
  | 'contract-start'
  | 'contract-end'
  | 'other';

export interface TimetableEvent {
  type: TimetableEventType;
  /** The label as written ("Deadline for tender submissions"). */
  label: string;
  labelRange: Range;
  date: DateFact;
  /** The date's last day when an event spans a range ("8–12 February 2027"). */
  endDate: DateFact | null;
  /** Where the event was read from: a table, a label/value line of text (`row`), a list item or a sentence. */
  origin: 'table' | 'row' | 'list' | 'prose';
}

export interface Criterion {
  name: string;
  /** Weight as a percentage (or marks, when the table uses marks), or null if the row gives none. */
  weight: number | null;
  /** The weight cell or phrase. */
  weightRange: Range | null;
  /** The criterion's row or line. */
  range: Range;
  /** Number written before the name ("2.1"), if any. */
  number: string | null;
  children: Criterion[];
  /** What the criterion assesses, from its name (sub-criteria inherit their parent's when their own says nothing). */
  category: CriterionCategory;
  /** The row or line marks the criterion pass/fail. */
  passFail: boolean;
  /** A range the weight is to be chosen from ("10% to 90%"), given instead of a weight (which is then null). */
  weightBounds?: { min: number; max: number } | null;
}

export type CriterionCategory = 'price' | 'quality' | 'social-value' | 'other';

export interface EvaluationTable {
  /**
   * `prose`: weights stated in sentences ("Price will account for 40% of the total score"); `lines`: label and
   * weight lines of text ("Quality<TAB>60%", "Price: 40%", "Social value 10%"); `sections`: a heading per
   * criterion under a weightings heading.
   */
  origin: 'table' | 'list' | 'prose' | 'lines' | 'sections';
  /** Table index in `TenderDocument.tables` when origin is table. */
  table: number | null;
  range: Range;
  /** Header of the weight column ("Weighting (%)"), or the list's heading. */
  weightLabel: string;
  /** Whether the weights are marks/points rather than percentages. */
  unit: 'percent' | 'points';
  criteria: Criterion[];
  /** A "Total" row's stated value, if present. */
  statedTotal: { value: number; range: Range } | null;
  /** The table scores one part of the award (a "Maximum quality score" row and no price criterion). */
  partial?: boolean;
  /** The criteria carry ranges to choose weights from ("10% to 90%"), not weights: nothing is to be added up. */
  ranges?: boolean;
  /** The read may have missed criteria (a weight line left over nearby, no price line): its total is not checked. */
  uncertain?: boolean;
}

export interface ContractValueFacts {
  /** The estimated total value over the whole term. */
  total: MoneyFact | null;
  /** The estimated value per year. */
  annual: MoneyFact | null;
}

export interface ContractTermFacts {
  initial: DurationFact | null;
  extensions: DurationFact[];
  /** Initial term plus all extensions, in months, when known. */
  maxMonths: number | null;
}

export type DocKind = 'sq' | 'itt' | 'spec' | 'contract' | 'response' | 'mixed';
export type Regime = 'pa2023' | 'pcr2015' | 'pcsr2015' | 'below-threshold';
export type Nation = 'england-wales' | 'scotland' | 'northern-ireland';
export type Procedure =
  | 'open'
  | 'restricted'
  | 'competitive-flexible'
  | 'competitive-dialogue'
  | 'competitive-negotiation'
  | 'light-touch'
  | 'direct-award'
  | 'call-off'
  | 'dynamic-market'
  | 'quotation';

export const DOC_KINDS: readonly DocKind[] = ['sq', 'itt', 'spec', 'contract', 'response', 'mixed'];
export const REGIMES: readonly Regime[] = ['pa2023', 'pcr2015', 'pcsr2015', 'below-threshold'];
export const NATIONS: readonly Nation[] = ['england-wales', 'scotland', 'northern-ireland'];
/** Who is buying: central government (departments, agencies, NDPBs) are bound by PPN 002's 10% social value minimum. */
export type Buyer = 'central-government' | 'local-authority' | 'nhs' | 'other-public-body';
export const BUYERS: readonly Buyer[] = ['central-government', 'local-authority', 'nhs', 'other-public-body'];
export const PROCEDURES: readonly Procedure[] = [
  'open',
  'restricted',
  'competitive-flexible',
  'competitive-dialogue',
  'competitive-negotiation',
  'light-touch',
  'direct-award',
  'call-off',
  'dynamic-market',
  'quotation',
];

/** Settings read from the document's wording (lowest precedence after defaults). */
export interface DetectedSettings {
  kind?: DocKind;
  regime?: Regime;
  procedure?: Procedure;
  nation?: Nation;
  /** Not detected from wording (front matter or config only); present so settings resolve uniformly. */
  buyer?: Buyer;
  /**
   * A jurisdiction outside the United Kingdom the document is plainly written for (a US federal solicitation):
   * not a setting, but a reason not to judge its dates against UK bank holidays when no nation is stated.
   */
  foreignJurisdiction?: 'united-states';
  /** Short explanation of what was matched, per setting. */
  evidence: Partial<Record<'kind' | 'regime' | 'procedure' | 'nation' | 'buyer' | 'foreignJurisdiction', string>>;
}

export interface Facts {
  money: MoneyFact[];
  dates: DateFact[];
  durations: DurationFact[];
  percentages: PercentageFact[];
  contractValue: ContractValueFacts;
  term: ContractTermFacts;
  timetable: TimetableEvent[];
  evaluation: EvaluationTable[];
  /** Scoring scales, statements of relative importance and social value questions (see `award.ts`). */
  award: AwardFacts;
  /** Lead-in circumstances: submission method, notices, urgency, consortia, standstill, TUPE, current contract (see `lead-in.ts`). */
  leadIn: LeadInFacts;
  /** What the tender demands of bidders and imposes on the supplier: turnover, insurance, accounts, penalties… (see `proportionality/`). */
  proportionality: ProportionalityFacts;
  /** Consortium and group bids, legal form, group standing, joint liability, subcontracting, conflicts, SME/VCSE suitability (see `consortium-types.ts`, built by `consortium.ts`). */
  consortium: ConsortiumFacts;
  /** TUPE, pensions and VAT: existing service, TUPE statements, workforce information, pension protection, VAT bases, grant wording (see `tupe-vat/`). */
  tupeVat: TupeVatFacts;
  /** Payment and risk: payment periods and flow-down, termination rights, payment by results, management fees, volumes, security requirements (see `payment/`). */
  payment: PaymentFacts;
  /** Bid responses: questions with their limits, answers, counts and states; bidder text with its evidence markers (see `response/`). */
  response: ResponseFacts;
  /** Placeholders ("[insert date]", "{{ field }}", "TBC"…) with their styles and, for a template, its fields (see `placeholders.ts`). */
  placeholders: PlaceholderFacts;
  detected: DetectedSettings;
}
