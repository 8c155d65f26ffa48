/**
 * GitLab Code Quality report (the `codequality` artifact of a merge request): a JSON array with one issue per
 * visible finding, each with a description, the rule as `check_name`, a severity, the file and line, and a
 * fingerprint that stays the same while the finding does, so GitLab can tell new findings from old ones.
 *
 * The fingerprint hashes the file's path, the rule, the message (which quotes the text at fault) and the
 * finding's place among identical findings of that file, never its line or column: a finding keeps its
 * fingerprint when lines are added above it.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../core/engine/types';
import type { Formatter } from '../../host/types';
import { displayPath, docxDescription, effectiveSeverity, visibleFindings } from './json';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
}

const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

function severityOf(finding: Finding): CodeQualitySeverity {
  // A document that could not be read or checked at all hides every finding it would have had.
  return finding.fatal ? 'critical' : SEVERITY[effectiveSeverity(finding)];
}

export function fingerprint(path: string, finding: Finding, occurrence: number): string {
  return createHash('md5').update([path, finding.ruleId, finding.message, String(occurrence)].join('\u0000')).digest('hex');
}

export function toCodeQuality(...[results, context]: Parameters<Formatter>): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd, true);
    const seen = new Map<string, number>();
    for (const finding of visibleFindings(result, context)) {
      const key = `${finding.ruleId}\u0000${finding.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const description = finding.docx ? `${docxDescription(finding.docx)}: ${finding.message}` : finding.message;
      issues.push({
        type: 'issue',
        description,
        check_name: finding.ruleId,
        fingerprint: fingerprint(path, finding, occurrence),
        severity: severityOf(finding),
        categories: ['Clarity'],
        location: {
          path,
          // A Word document has no lines: its findings go on line 1 and name the paragraph in the description.
          lines: finding.docx ? { begin: 1, end: 1 } : { begin: Math.max(1, finding.range.start.line), end: Math.max(1, finding.range.end.line) },
        },
      });
    }
  }
  return issues;
}

export const gitlab: Formatter = (results, context) => JSON.stringify(toCodeQuality(results, context), null, 2);
