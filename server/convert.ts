/** Conversions between the engine's findings and LSP types. Positions are converted here and nowhere else. */
// Types only: the check worker uses these conversions for hovers and hints, and need not load the LSP library.
import type {
  DiagnosticSeverity,
  Diagnostic,
  Position as LspPosition,
  Range as LspRange,
} from 'vscode-languageserver';
import type { Finding, Severity } from '../core/engine/types';
import type { Position, Range } from '../core/model/types';
import { docsUrl } from '../core/engine/docs-url';

/** Engine positions are 1-based line/column in UTF-16 units; LSP positions are 0-based in the same units. */
export function toLspPosition(p: Position): LspPosition {
  return { line: p.line - 1, character: p.column - 1 };
}

export function toLspRange(r: Range): LspRange {
  return { start: toLspPosition(r.start), end: toLspPosition(r.end) };
}

/** LSP's DiagnosticSeverity values: Error 1, Warning 2, Information 3. */
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: 1,
  warning: 2,
  info: 3,
};

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: finding.fatal ? SEVERITY.error : SEVERITY[finding.severity],
    source: 'tenderlint',
    code: finding.ruleId,
    message: finding.message,
    data: { ruleId: finding.ruleId, messageId: finding.messageId },
  };
  if (!finding.ruleId.startsWith('tenderlint/')) diagnostic.codeDescription = { href: docsUrl(finding.ruleId) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: toLspRange(r.range) }, message: r.message }));
  }
  return diagnostic;
}

/** Whether an LSP position lies inside an engine range (inclusive of the end). */
export function rangeContains(r: Range, p: LspPosition): boolean {
  const line = p.line + 1;
  const column = p.character + 1;
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && column < r.start.column) return false;
  if (line === r.end.line && column > r.end.column) return false;
  return true;
}

/** Whether a diagnostic the client sends back is the one made from this finding. */
export function sameFinding(diagnostic: Diagnostic, finding: Finding): boolean {
  const r = toLspRange(finding.range);
  return (
    diagnostic.code === finding.ruleId &&
    diagnostic.message === finding.message &&
    diagnostic.range.start.line === r.start.line &&
    diagnostic.range.start.character === r.start.character &&
    diagnostic.range.end.line === r.end.line &&
    diagnostic.range.end.character === r.end.character
  );
}
