/**
 * The tender report's model: plain data built from a document's facts, settings and findings (`model.ts`),
 * drawn as HTML and SVG by `render.ts`. The CLI (`tenderlint report`, `--format html`) and the language server
 * (the VS Code report webview) build and draw the same model.
 */
import type { FileConfig } from '../config/types';
import type { Finding, ResolvedSettings, RuleMeta } from '../engine/types';
import type { Facts } from '../facts/types';
import type { Range } from '../model/types';
import type { CriterionCategory, DocKind, Regime, TimetableEventType } from '../facts/types';

export type ReportSeverity = 'error' | 'warning' | 'info';

export interface ReportFinding {
  /** 1-based number shown beside markers and rows ("F3"). */
  number: number;
  ruleId: string;
  family: string;
  severity: ReportSeverity;
  message: string;
  range: Range;
  /** `fix`: an automatic fix is offered; `suggestion`: a quick fix to choose; null: none. */
  quickFix: 'fix' | 'suggestion' | null;
  docsUrl: string | null;
  /** The rule's one-line description. */
  description: string;
}

export interface TimelineEvent {
  type: TimetableEventType;
  /** "Submission deadline". */
  typeLabel: string;
  /** The label as written in the document. */
  label: string;
  iso: string;
  endIso: string | null;
  time: string | null;
  line: number;
  /** Numbers of the findings about this event. */
  findings: number[];
  /** Worked out from the document's wording (answers "no later than 6 days before the deadline"), not a timetable row. */
  derived?: string;
  /** The date is a weekend day or bank holiday: its name ("Saturday", "Good Friday"). */
  nonWorking: string | null;
}

export interface MinimumBar {
  days: number;
  /** The day the minimum period ends (the earliest lawful or recommended deadline). */
  endIso: string;
  /** Why this minimum: "electronic submission or all documents issued with the notice, not both". */
  when: string;
  citation: string;
  /** False where the figure is taken from a parallel regime and not checked against the statutory text. */
  confirmed: boolean;
  /** Days the stated period falls short (0 when it is long enough). */
  shortBy: number;
}

export interface Timeline {
  /** First and last day on the axis. */
  startIso: string;
  endIso: string;
  events: TimelineEvent[];
  /** Events whose date has no known year: listed, not drawn. */
  undated: Array<{ typeLabel: string; label: string; line: number }>;
  /** Bank holidays on the axis, for the document's nation (all UK nations under the Procurement Act). */
  holidays: Array<{ iso: string; name: string }>;
  /** Issue to submission deadline. */
  period: { stage: 'tender' | 'participation'; fromIso: string; toIso: string; days: number; workingDays: number } | null;
  statutory: MinimumBar | null;
  /** Why no statutory minimum is drawn, when none is. */
  statutoryNote: string | null;
  recommended: MinimumBar | null;
  /** Lead-in findings not tied to one event (a missing deadline, the clarification window). */
  otherFindings: number[];
  /** Bank holidays are those of this area. */
  holidayArea: string;
}

export interface AwardRow {
  name: string;
  number: string | null;
  /** Weight as written (percent or marks), or null. */
  weight: number | null;
  /** Share of the whole score in percent, when it can be worked out. */
  share: number | null;
  depth: number;
  category: CriterionCategory;
  passFail: boolean;
  bounds: { min: number; max: number } | null;
  line: number;
  findings: number[];
}

export interface AwardChart {
  line: number;
  unit: 'percent' | 'points';
  rows: AwardRow[];
  /** Sum of the top-level weights. */
  sum: number;
  /** What they should add up to (100% or the stated total), or null when not checked. */
  expected: number | null;
  /** `expected - sum` when that is not 0 (negative: over). */
  shortfall: number | null;
  statedTotal: number | null;
  /** Social value's share of the total score, or null when there is no weighted social value criterion. */
  socialValueShare: number | null;
  findings: number[];
  /** The weights are ranges to choose from, or the read may have missed criteria: no total is checked. */
  note: string | null;
}

export interface Award {
  charts: AwardChart[];
  /** The social value minimum share the rules use (social-value/weight-minimum's option). */
  socialValueMin: number;
  /** Award findings not tied to one table (no social value criterion at all, no scoring scale…). */
  otherFindings: number[];
}

export type BurdenTopic =
  | 'Turnover'
  | 'Insurance'
  | 'Accounts'
  | 'Trading history'
  | 'Experience'
  | 'Standards'
  | 'Liability'
  | 'Penalties'
  | 'Reporting'
  | 'KPIs'
  | 'Lots'
  | 'Selection'
  | 'Other';

export interface BurdenRow {
  topic: BurdenTopic;
  /** What is demanded, in words. */
  demand: string;
  /** Weighed against the contract value ("40 times the annual value"), where that means something. */
  against: string | null;
  line: number | null;
  findings: number[];
}

export interface Burden {
  rows: BurdenRow[];
  /** Topics read and found silent ("no turnover demand"). */
  notStated: BurdenTopic[];
  contractValue: string | null;
}

export interface ResponseRow {
  number: string | null;
  text: string;
  limit: string | null;
  count: number;
  unit: 'words' | 'characters';
  /** answered / empty / placeholder / over the limit. */
  state: 'answered' | 'empty' | 'placeholder' | 'over the limit';
  over: number;
  line: number;
  findings: number[];
}

export interface ReportModel {
  name: string;
  kind: DocKind;
  regime: Regime;
  settingsLine: string;
  counts: { error: number; warning: number; info: number };
  findings: ReportFinding[];
  timeline: Timeline | null;
  award: Award;
  burden: Burden | null;
  response: ResponseRow[] | null;
}

/** What the report is built from: a check's output and the rules in force. */
export interface ReportInput {
  /** The document's name as shown (a file name or path). */
  name: string;
  facts: Facts;
  settings: ResolvedSettings;
  findings: readonly Finding[];
  /** Metadata of every known rule, by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** The config in force for the document: the rules' options (recommended period, social value minimum). */
  config?: FileConfig | null;
  /** The document text the ranges refer to (to quote a named standard); optional. */
  text?: string | null;
}
