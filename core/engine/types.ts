/**
 * The rule API and the shape of findings. Rules import only from here, `../model` and `../facts`.
 */
import type { DocxLocation, Range, TenderDocument, TextBlock } from '../model/types';
import type { Buyer, DocKind, Facts, Nation, Procedure, Regime } from '../facts/types';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A JSON Schema fragment (draft 2020-12 / draft-07 compatible subset). */
export type JsonSchema = { [key: string]: unknown };

export interface Citation {
  /** Short label shown in messages and docs: "PA 2023 s.54(4)", "Seed 000 §4.17". */
  label: string;
  /** What the source says, in one line. */
  text?: string;
  url?: string;
}

export interface RuleExample {
  /** Shown as the example's title in the docs. */
  title: string;
  /** Markdown document text (may carry front matter). */
  text: string;
  options?: Record<string, unknown>;
}

export interface RuleMeta {
  /** `family/name`. */
  id: string;
  family: string;
  name: string;
  /** One line: what the rule checks. */
  description: string;
  severity: Severity;
  /** Document kinds the rule applies to; `'all'` for every kind. */
  kinds: readonly DocKind[] | 'all';
  /** Regimes the rule applies to; `'all'` for every regime. */
  regimes: readonly Regime[] | 'all';
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
  /** JSON Schema of the options object, with a default for every property. */
  options: { schema: JsonSchema; defaults: Record<string, unknown> };
  /** Whether the rule's fixes may be applied automatically (`--fix`, fix-all). */
  fixable: boolean;
  /** Whether the rule offers suggestions (shown, never applied by `--fix`). */
  hasSuggestions: boolean;
  /** Long explanation in Markdown: why it matters. */
  explanation: string;
  sources: Citation[];
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
}

/** A text edit: replace `[start, end)` document offsets with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  /** What applying it does, shown in the editor's quick-fix list. */
  desc: string;
  fix: Fix;
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where to report: a block, or an explicit range; one is required. */
  block?: TextBlock;
  range?: Range;
  fix?: Fix | Fix[];
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  /** Facts behind the finding, shown on hover and in JSON output ("Tender period: 18 days …"). */
  facts?: string[];
  /**
   * This finding's severity when it differs from the rule's default, for a rule whose findings range from
   * advice to a breach of the law (a tender period below the statutory minimum is an error, below the
   * recommended one a warning). Applies only while the rule runs at its default severity: a severity the
   * user configures (or a preset sets) wins.
   */
  severity?: Severity;
}

export interface ResolvedSettings {
  kind: DocKind;
  regime: Regime;
  procedure: Procedure | null;
  nation: NationSetting;
  /** Who is buying, when stated (front matter or config); null when unknown. */
  buyer: Buyer | null;
  /** Whether the document is a template (front matter, config or `--template`; never detected). */
  template: boolean;
  /** Where each setting came from. */
  sources: Record<'kind' | 'regime' | 'procedure' | 'nation' | 'buyer' | 'template', SettingSource>;
}
export type NationSetting = Nation;
export type SettingSource = 'front-matter' | 'config' | 'detected' | 'default';

export interface RuleContext {
  readonly doc: TenderDocument;
  readonly facts: Facts;
  readonly settings: ResolvedSettings;
  /** Options merged over the rule's defaults. */
  readonly options: Record<string, unknown>;
  readonly id: string;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Suppression {
  kind: 'inline';
  /** The reason written after `--` in the directive, or empty. */
  justification: string;
}

/** A finding: what a rule reported, resolved to a severity, a message and a range. */
export interface Finding {
  ruleId: string;
  family: string;
  messageId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  facts?: string[];
  /** Present when an inline directive suppressed the finding (kept for JSON/SARIF output). */
  suppressions?: Suppression[];
  /** True for an internal error (a rule that threw) or a problem with the file itself. */
  fatal?: boolean;
  /** For a DOCX: the paragraph (and table cell) the finding is in, with an excerpt around it. */
  docx?: DocxLocation;
}
