/**
 * JUnit XML for CI test-report viewers: a test suite per file, a failing test case per visible finding and a
 * single passing test case for a file with nothing to report. Fatal findings (unreadable file, crashed rule)
 * are JUnit `<error>`s; everything else is a `<failure>`.
 */
import type { Finding } from '../../core/engine/types';
import type { Formatter } from '../../host/types';
import { displayPath, docxAddress, docxDescription, effectiveSeverity, visibleFindings } from './json';

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double- or single-quoted attribute, dropping illegal characters. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Like `escapeXml`, also keeping tabs and newlines, which attribute-value normalisation would turn into spaces. */
function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

function testCase(finding: Finding, file: string): string {
  const { line, column } = finding.range.start;
  const severity = effectiveSeverity(finding);
  const element = finding.fatal ? 'error' : 'failure';
  const where = finding.docx ? docxAddress(finding.docx) : `${line}:${column}`;
  const head = `    <testcase${attributes({ classname: file, name: `${finding.ruleId} at ${where}`, time: 0 })}>`;
  const body = finding.docx
    ? `${docxDescription(finding.docx)} ${finding.ruleId} ${finding.message}`
    : `${line}:${column} ${finding.ruleId} ${finding.message}`;
  const outcome = `      <${element}${attributes({ message: finding.message, type: severity })}>${escapeXml(body)}</${element}>`;
  return `${head}\n${outcome}\n    </testcase>`;
}

export const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;

  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd, true);
    const findings = visibleFindings(result, context);
    const suiteErrors = findings.filter((f) => f.fatal).length;
    const suiteFailures = findings.length - suiteErrors;
    const suiteTests = Math.max(findings.length, 1);
    tests += suiteTests;
    failures += suiteFailures;
    errors += suiteErrors;

    const cases =
      findings.length > 0
        ? findings.map((f) => testCase(f, file))
        : [`    <testcase${attributes({ classname: file, name: 'tenderlint', time: 0 })} />`];
    suites.push(
      [
        `  <testsuite${attributes({ name: file, tests: suiteTests, failures: suiteFailures, errors: suiteErrors, time: 0 })}>`,
        '    <properties>',
        `      <property${attributes({ name: 'tenderlint.version', value: context.version })} />`,
        '    </properties>',
        ...cases,
        '  </testsuite>',
      ].join('\n'),
    );
  }

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites${attributes({ name: 'tenderlint', tests, failures, errors, time: 0 })}>`,
    ...suites,
    '</testsuites>',
  ].join('\n');
};
