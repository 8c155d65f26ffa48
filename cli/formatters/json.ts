/**
 * ESLint-compatible JSON output, plus the small helpers every formatter shares (which findings are shown,
 * at what severity, and how paths are displayed).
 */
import * as path from 'node:path';
import type { Finding, Fix, Severity, Suggestion } from '../../core/engine/types';
import type { DocxLocation } from '../../core/model/types';
import type { FileResult, FormatContext, Formatter } from '../../host/types';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------

/** True when an inline directive suppressed the finding. Fatal findings are never treated as suppressed. */
export function isSuppressed(finding: Finding): boolean {
  return !finding.fatal && finding.suppressions !== undefined && finding.suppressions.length > 0;
}

/** The severity a finding is shown with: fatal findings are always errors. */
export function effectiveSeverity(finding: Finding): Severity {
  return finding.fatal ? 'error' : finding.severity;
}

/** Whether the finding's severity is shown at all (info only with `--include-info`). */
export function isReported(finding: Finding, context: Pick<FormatContext, 'includeInfo'>): boolean {
  return effectiveSeverity(finding) !== 'info' || context.includeInfo;
}

/** Findings in document order (stable for equal positions). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.range.start.offset - b.range.start.offset,
  );
}

/** Unsuppressed findings of a reported severity, in document order: what stylish/github/junit show. */
export function visibleFindings(result: FileResult, context: Pick<FormatContext, 'includeInfo'>): Finding[] {
  return sortFindings(result.findings.filter((f) => !isSuppressed(f) && isReported(f, context)));
}

/** A Word address for people: "¶112", "¶40, table 3, row 2, cell 1", "¶12, footnote 2". */
export function docxAddress(location: DocxLocation): string {
  const parts = [`¶${location.paragraph}`];
  if (location.table !== undefined) parts.push(`table ${location.table}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.cell !== undefined) parts.push(`cell ${location.cell}`);
  if (location.note !== undefined) parts.push(location.note);
  return parts.join(', ');
}

/** The address and excerpt of a finding in a Word document: `¶112, table 3, row 2, cell 1 “…excerpt…”`. */
export function docxDescription(location: DocxLocation): string {
  return location.excerpt ? `${docxAddress(location)} “${location.excerpt}”` : docxAddress(location);
}

/**
 * A file's path relative to `cwd`, for display. `posix` forces `/` separators (GitHub, JUnit, SARIF).
 * A path equal to `cwd` itself falls back to its base name.
 */
export function displayPath(filePath: string, cwd: string, posix = false): string {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return posix ? relative.split(path.sep).join('/') : relative;
}

// ---------------------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------------------

/** ESLint's numeric severities, with 0 used for info (only emitted with `--include-info`). */
export type JsonSeverity = 0 | 1 | 2;

export interface JsonRelated {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonMessage {
  ruleId: string;
  severity: JsonSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
  family: string;
  facts?: string[];
  related?: JsonRelated[];
  /** In a Word document: the paragraph (and table cell) and an excerpt; line and column refer to its text view. */
  docxLocation?: DocxLocation;
  fatal?: true;
}

export interface JsonSuppressedMessage extends JsonMessage {
  suppressions: Array<{ kind: 'directive'; justification: string }>;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonSuppressedMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  usedDeprecatedRules: never[];
}

const JSON_SEVERITY: Record<Severity, JsonSeverity> = { error: 2, warning: 1, info: 0 };

function toJsonMessage(finding: Finding): JsonMessage {
  const { range } = finding;
  // Key order: ESLint's fields first, then tenderlint's own.
  return {
    ruleId: finding.ruleId,
    severity: JSON_SEVERITY[effectiveSeverity(finding)],
    message: finding.message,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    messageId: finding.messageId,
    // A Word document is never fixed in place, so its findings carry no fix.
    ...(finding.fix && !finding.docx ? { fix: jsonFix(finding.fix) } : {}),
    ...(finding.suggestions && finding.suggestions.length > 0
      ? { suggestions: finding.suggestions.map((s: Suggestion) => ({ desc: s.desc, fix: jsonFix(s.fix) })) }
      : {}),
    family: finding.family,
    ...(finding.facts && finding.facts.length > 0 ? { facts: [...finding.facts] } : {}),
    ...(finding.related && finding.related.length > 0
      ? {
          related: finding.related.map((r) => ({
            message: r.message,
            line: r.range.start.line,
            column: r.range.start.column,
            endLine: r.range.end.line,
            endColumn: r.range.end.column,
          })),
        }
      : {}),
    ...(finding.docx ? { docxLocation: { ...finding.docx } } : {}),
    ...(finding.fatal ? { fatal: true as const } : {}),
  };
}

function jsonFix(fix: Fix): { range: [number, number]; text: string } {
  return { range: [fix.range[0], fix.range[1]], text: fix.text };
}

/** Converts results to ESLint-style result objects (exported for the API and tests). */
export function toJsonResults(results: FileResult[], context: FormatContext): JsonResult[] {
  return results.map((result) => {
    const messages: JsonMessage[] = [];
    const suppressedMessages: JsonSuppressedMessage[] = [];
    const counts = {
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    for (const finding of sortFindings(result.findings)) {
      if (!isReported(finding, context)) continue;
      const message = toJsonMessage(finding);
      if (isSuppressed(finding)) {
        const suppressions = (finding.suppressions ?? []).map((s) => ({
          kind: 'directive' as const,
          justification: s.justification,
        }));
        suppressedMessages.push({ ...message, suppressions });
        continue;
      }
      messages.push(message);
      const severity = effectiveSeverity(finding);
      if (severity === 'error') {
        counts.errorCount++;
        if (finding.fatal) counts.fatalErrorCount++;
        if (finding.fix && !finding.docx) counts.fixableErrorCount++;
      } else if (severity === 'warning') {
        counts.warningCount++;
        if (finding.fix && !finding.docx) counts.fixableWarningCount++;
      } else {
        counts.infoCount++;
      }
    }
    // Key order follows ESLint: counts, then `output`, then `usedDeprecatedRules`.
    return {
      filePath: result.filePath,
      messages,
      suppressedMessages,
      ...counts,
      ...(result.output !== undefined ? { output: result.output } : {}),
      usedDeprecatedRules: [],
    };
  });
}

export const json: Formatter = (results, context) => JSON.stringify(toJsonResults(results, context));
