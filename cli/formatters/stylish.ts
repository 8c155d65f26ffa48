/**
 * ESLint's default "stylish" look: a block per file with aligned `line:col  severity  message  ruleId`
 * rows, then a summary. Prints nothing when there is nothing to show.
 */
import type { Finding, Severity } from '../../core/engine/types';
import type { Formatter } from '../../host/types';
import { displayPath, docxDescription, effectiveSeverity, visibleFindings } from './json';

// ---------------------------------------------------------------------------------------------------------
// Colour (the only place that decides about ANSI codes)
// ---------------------------------------------------------------------------------------------------------

/**
 * Colour is used only on a terminal, when `NO_COLOR` is not set and `FORCE_COLOR` is not "0".
 */
export function shouldUseColor(
  stream: { isTTY?: boolean } = process.stdout,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.FORCE_COLOR !== '0';
}

type Paint = (text: string) => string;

interface Palette {
  underline: Paint;
  dim: Paint;
  bold: Paint;
  red: Paint;
  yellow: Paint;
  blue: Paint;
}

function sgr(open: number, close: number): Paint {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const identity: Paint = (text) => text;

function palette(color: boolean): Palette {
  if (!color) {
    return { underline: identity, dim: identity, bold: identity, red: identity, yellow: identity, blue: identity };
  }
  return {
    underline: sgr(4, 24),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Formatter
// ---------------------------------------------------------------------------------------------------------

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** Table cells are single-line so that columns stay aligned. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function joinCounts(parts: string[]): string {
  if (parts.length <= 2) return parts.join(' and ');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Builds the stylish formatter with colour on or off (the exported `stylish` decides from the terminal). */
export function createStylish(color: boolean): Formatter {
  const c = palette(color);
  const severityPaint: Record<Severity, Paint> = { error: c.red, warning: c.yellow, info: c.blue };

  return (results, context) => {
    let output = '\n';
    const total = { error: 0, warning: 0, info: 0 };
    const fixable = { error: 0, warning: 0, info: 0 };

    for (const result of results) {
      const findings = visibleFindings(result, context);
      if (findings.length === 0) continue;

      const rows = findings.map((f: Finding) => {
        const severity = effectiveSeverity(f);
        total[severity]++;
        if (f.fix && !f.docx) fixable[severity]++;
        // In a Word document the position is the paragraph; the cell and an excerpt follow on their own line.
        return {
          line: f.docx ? `¶${f.docx.paragraph}` : String(f.range.start.line),
          column: f.docx ? '' : String(f.range.start.column),
          severity,
          message: oneLine(f.message),
          ruleId: f.ruleId,
          where: f.docx ? oneLine(docxDescription(f.docx).replace(/^¶\d+(?:, | )?/, '')) : '',
        };
      });
      const width = (key: 'line' | 'column' | 'severity' | 'message') =>
        Math.max(...rows.map((row) => row[key].length));
      const lineWidth = width('line');
      const columnWidth = width('column');
      const severityWidth = width('severity');
      const messageWidth = width('message');

      output += `${c.underline(displayPath(result.filePath, context.cwd))}\n`;
      for (const row of rows) {
        const separator = row.column === '' ? ' ' : ':';
        const position = c.dim(`${row.line.padStart(lineWidth)}${separator}${row.column}`) + ' '.repeat(columnWidth - row.column.length);
        const severity = severityPaint[row.severity](row.severity) + ' '.repeat(severityWidth - row.severity.length);
        output += `  ${position}  ${severity}  ${row.message.padEnd(messageWidth)}  ${c.dim(row.ruleId)}\n`;
        if (row.where) output += `  ${' '.repeat(lineWidth + columnWidth + 1)}  ${c.dim(row.where)}\n`;
      }
      output += '\n';
    }

    const problems = total.error + total.warning + total.info;
    if (problems === 0) return '';

    const summaryPaint = total.error > 0 ? c.red : total.warning > 0 ? c.yellow : c.blue;
    const counts = [`${total.error} ${plural('error', total.error)}`, `${total.warning} ${plural('warning', total.warning)}`];
    if (context.includeInfo) counts.push(`${total.info} info`);
    output += `${summaryPaint(c.bold(`\u2716 ${problems} ${plural('problem', problems)} (${counts.join(', ')})`))}\n`;

    if (fixable.error + fixable.warning + fixable.info > 0) {
      const parts = [
        `${fixable.error} ${plural('error', fixable.error)}`,
        `${fixable.warning} ${plural('warning', fixable.warning)}`,
      ];
      if (fixable.info > 0) parts.push(`${fixable.info} info`);
      output += `${summaryPaint(c.bold(`  ${joinCounts(parts)} potentially fixable with the \`--fix\` option.`))}\n`;
    }
    return output;
  };
}

/** The stylish formatter, coloured only on a terminal (see `shouldUseColor`). */
export const stylish: Formatter = (results, context) => createStylish(shouldUseColor())(results, context);
