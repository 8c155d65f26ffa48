/**
 * GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per visible finding, which
 * the Actions runner turns into annotations on the pull request.
 */
import type { Severity } from '../../core/engine/types';
import type { Formatter } from '../../host/types';
import { displayPath, docxAddress, docxDescription, effectiveSeverity, visibleFindings } from './json';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escapes a workflow command's message (as `@actions/core` does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value (also `:` and `,`, which delimit properties). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd, true));
    for (const finding of visibleFindings(result, context)) {
      if (finding.docx) {
        // A Word document has no lines to annotate: the annotation goes on the file and names the paragraph.
        const properties = [`file=${file}`, `title=${escapeProperty(`${finding.ruleId} at ${docxAddress(finding.docx)}`)}`].join(',');
        lines.push(`::${COMMAND[effectiveSeverity(finding)]} ${properties}::${escapeData(`${docxDescription(finding.docx)}: ${finding.message}`)}`);
        continue;
      }
      const { start, end } = finding.range;
      const properties = [
        `file=${file}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      lines.push(`::${COMMAND[effectiveSeverity(finding)]} ${properties}::${escapeData(finding.message)}`);
    }
  }
  return lines.join('\n');
};
