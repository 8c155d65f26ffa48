import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, RuleMeta, Severity } from '../core/engine/types';
import type { Position, Range } from '../core/model/types';
import type { FileResult, FormatContext } from '../host/types';
import { createStylish, formatters, shouldUseColor } from '../cli/formatters';
import { escapeData, escapeProperty } from '../cli/formatters/github';
import type { JsonResult } from '../cli/formatters/json';
import { escapeXml } from '../cli/formatters/junit';
import { artifactLocation } from '../cli/formatters/sarif';

// ---------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------

const cwd = path.resolve('/repo');
const fileA = path.join(cwd, 'docs', 'itt, part 1.md');
const fileB = path.join(cwd, 'docs', 'clean.md');
const fileC = path.join(cwd, 'docs', 'broken.md');

function pos(line: number, column: number, offset: number): Position {
  return { line, column, offset };
}
function range(start: Position, end: Position): Range {
  return { start, end };
}

const errorFinding: Finding = {
  ruleId: 'procurement/tender-period',
  family: 'procurement',
  messageId: 'tooShort',
  severity: 'error',
  message: 'Tender period is 18 days; the minimum is 25 days & <not> met',
  range: range(pos(12, 5, 300), pos(12, 23, 318)),
  related: [{ message: 'Deadline stated here', range: range(pos(3, 1, 40), pos(3, 20, 59)) }],
  facts: ['Tender period: 18 days'],
};

const fixableWarning: Finding = {
  ruleId: 'drafting/placeholder',
  family: 'drafting',
  messageId: 'placeholder',
  severity: 'warning',
  message: 'Placeholder "[TBC]" covers 100%\nof clause 4',
  range: range(pos(4, 10, 70), pos(4, 15, 75)),
  fix: { range: [70, 75], text: '30 June 2025' },
};

const infoFinding: Finding = {
  ruleId: 'drafting/plain-english',
  family: 'drafting',
  messageId: 'wordy',
  severity: 'info',
  message: "Use 'use', not 'utilise'",
  range: range(pos(7, 1, 120), pos(7, 9, 128)),
  suggestions: [{ desc: "Replace with 'use'", fix: { range: [120, 128], text: 'use' } }],
};

const suppressedFinding: Finding = {
  ruleId: 'drafting/placeholder',
  family: 'drafting',
  messageId: 'placeholder',
  severity: 'warning',
  message: 'Placeholder "[XX]" left in the text',
  range: range(pos(9, 2, 150), pos(9, 7, 155)),
  suppressions: [{ kind: 'inline', justification: 'Filled in at award' }],
};

/** Severity "warning" on purpose: fatal findings must be shown as errors whatever they carry. */
const fatalFinding: Finding = {
  ruleId: 'internal-error',
  family: 'internal',
  messageId: 'readError',
  severity: 'warning',
  message: 'Could not read file: EACCES: permission denied',
  range: range(pos(1, 1, 0), pos(1, 1, 0)),
  fatal: true,
};

function results(): FileResult[] {
  return [
    {
      filePath: fileA,
      source: 'x'.repeat(400),
      // Deliberately out of document order.
      findings: [errorFinding, fixableWarning, infoFinding, suppressedFinding],
    },
    { filePath: fileB, source: 'clean\n', findings: [], output: 'fixed text\n' },
    { filePath: fileC, source: '', findings: [fatalFinding], readError: 'EACCES: permission denied' },
  ];
}

function meta(id: string, severity: Severity, explanation: string): RuleMeta {
  const [family = '', name = ''] = id.split('/');
  return {
    id,
    family,
    name,
    description: `Checks ${name}.`,
    severity,
    kinds: 'all',
    regimes: 'all',
    messages: {},
    options: { schema: { type: 'object' }, defaults: {} },
    fixable: false,
    hasSuggestions: false,
    explanation,
    sources: [],
    examples: { invalid: [], valid: [] },
  };
}

const rules: RuleMeta[] = [
  meta('procurement/tender-period', 'error', 'Tender periods must meet\nthe statutory minimum.\n\nSee PA 2023 s.54.'),
  meta('drafting/placeholder', 'warning', 'Placeholders must be filled before publication.'),
  meta('drafting/plain-english', 'info', 'Plain English helps suppliers.\n\nMore detail.'),
];

function context(includeInfo = false): FormatContext {
  return {
    cwd,
    includeInfo,
    rules: new Map(rules.map((r) => [r.id, r])),
    docsUrl: (id) => `https://tenderlint.dev/rules/${id}`,
    version: '1.2.3',
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

// ---------------------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------------------

describe('json formatter', () => {
  const parse = (includeInfo = false) => JSON.parse(formatters.json(results(), context(includeInfo))) as JsonResult[];

  it('prints compact JSON with one result per file and absolute paths', () => {
    const out = formatters.json(results(), context());
    expect(out).not.toContain('\n');
    const parsed = JSON.parse(out) as JsonResult[];
    expect(parsed.map((r) => r.filePath)).toEqual([fileA, fileB, fileC]);
  });

  it('counts errors and warnings, keeps suppressed findings apart and hides info', () => {
    const [a] = parse();
    expect(a).toMatchObject({
      errorCount: 1,
      warningCount: 1,
      infoCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      usedDeprecatedRules: [],
    });
    expect(a!.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['drafting/placeholder', 1],
      ['procurement/tender-period', 2],
    ]);
    expect(a!.messages.some((m) => m.severity === 0)).toBe(false);
    expect(a!.suppressedMessages).toHaveLength(1);
    expect(a!.suppressedMessages[0]).toMatchObject({
      ruleId: 'drafting/placeholder',
      severity: 1,
      line: 9,
      column: 2,
      suppressions: [{ kind: 'directive', justification: 'Filled in at award' }],
    });
    expect('output' in a!).toBe(false);
  });

  it('writes ESLint-shaped messages with 1-based end positions, fixes, related locations and facts', () => {
    const [a] = parse();
    expect(a!.messages[0]).toEqual({
      ruleId: 'drafting/placeholder',
      severity: 1,
      message: 'Placeholder "[TBC]" covers 100%\nof clause 4',
      line: 4,
      column: 10,
      endLine: 4,
      endColumn: 15,
      messageId: 'placeholder',
      fix: { range: [70, 75], text: '30 June 2025' },
      family: 'drafting',
    });
    expect(a!.messages[1]).toEqual({
      ruleId: 'procurement/tender-period',
      severity: 2,
      message: 'Tender period is 18 days; the minimum is 25 days & <not> met',
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 23,
      messageId: 'tooShort',
      family: 'procurement',
      facts: ['Tender period: 18 days'],
      related: [{ message: 'Deadline stated here', line: 3, column: 1, endLine: 3, endColumn: 20 }],
    });
  });

  it('emits info findings with severity 0 only with includeInfo', () => {
    const [a] = parse(true);
    expect(a!.infoCount).toBe(1);
    const info = a!.messages.find((m) => m.ruleId === 'drafting/plain-english');
    expect(info).toMatchObject({
      severity: 0,
      line: 7,
      endColumn: 9,
      suggestions: [{ desc: "Replace with 'use'", fix: { range: [120, 128], text: 'use' } }],
    });
    expect(a!.messages.map((m) => m.line)).toEqual([4, 7, 12]);
  });

  it('reports a clean file with zero counts and its fixed output', () => {
    const [, b] = parse();
    expect(b).toEqual({
      filePath: fileB,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      output: 'fixed text\n',
      usedDeprecatedRules: [],
    });
  });

  it('reports a fatal finding as an error that keeps its rule id', () => {
    const [, , c] = parse();
    expect(c).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(c!.messages).toEqual([
      {
        ruleId: 'internal-error',
        severity: 2,
        message: 'Could not read file: EACCES: permission denied',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messageId: 'readError',
        family: 'internal',
        fatal: true,
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// SARIF
// ---------------------------------------------------------------------------------------------------------

interface SarifLogShape {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: any[] } };
    results: any[];
    artifacts: any[];
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
  }>;
}

describe('sarif formatter', () => {
  const parse = (includeInfo = false) => JSON.parse(formatters.sarif(results(), context(includeInfo))) as SarifLogShape;

  it('writes an indented SARIF 2.1.0 log with the tenderlint driver', () => {
    const out = formatters.sarif(results(), context());
    expect(out.startsWith('{\n  "')).toBe(true);
    const log = JSON.parse(out) as SarifLogShape;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver).toMatchObject({
      name: 'tenderlint',
      version: '1.2.3',
      informationUri: 'https://github.com/tenderlint/tenderlint',
    });
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///repo/');
  });

  it('describes exactly the rules that have results, including unregistered ones', () => {
    const { rules: sarifRules } = parse().runs[0]!.tool.driver;
    expect(sarifRules.map((r) => r.id)).toEqual(['drafting/placeholder', 'internal-error', 'procurement/tender-period']);
    expect(sarifRules[2]).toMatchObject({
      id: 'procurement/tender-period',
      shortDescription: { text: 'Checks tender-period.' },
      fullDescription: { text: 'Tender periods must meet\nthe statutory minimum.' },
      helpUri: 'https://tenderlint.dev/rules/procurement/tender-period',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['procurement'] },
    });
    expect(sarifRules[0]).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { tags: ['drafting'] } });
    expect(sarifRules[1]).toMatchObject({ id: 'internal-error', defaultConfiguration: { level: 'error' } });
    expect(sarifRules[1].helpUri).toBeUndefined();
    expect(typeof sarifRules[1].shortDescription.text).toBe('string');
  });

  it('maps results, levels, regions, rule indexes, fixes and related locations', () => {
    const run = parse().runs[0]!;
    const { results: sarifResults } = run;
    expect(sarifResults.map((r) => [r.ruleId, r.level])).toEqual([
      ['drafting/placeholder', 'warning'],
      ['drafting/placeholder', 'warning'],
      ['procurement/tender-period', 'error'],
      ['internal-error', 'error'],
    ]);
    for (const r of sarifResults) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);

    const [warning, , error, fatal] = sarifResults;
    expect(warning.message).toEqual({ text: 'Placeholder "[TBC]" covers 100%\nof clause 4' });
    expect(warning.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/itt,%20part%201.md', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 4, startColumn: 10, endLine: 4, endColumn: 15 },
    });
    expect(warning.fixes).toEqual([
      {
        artifactChanges: [
          {
            artifactLocation: { uri: 'docs/itt,%20part%201.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 70, charLength: 5 }, insertedContent: { text: '30 June 2025' } }],
          },
        ],
      },
    ]);
    expect(warning.suppressions).toBeUndefined();

    expect(error.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 5, endLine: 12, endColumn: 23 });
    expect(error.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'Deadline stated here' },
        physicalLocation: {
          artifactLocation: { uri: 'docs/itt,%20part%201.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 20 },
        },
      },
    ]);
    expect(fatal.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'docs/broken.md',
      uriBaseId: '%SRCROOT%',
      index: 1,
    });
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['docs/itt,%20part%201.md', 'docs/broken.md']);
  });

  it('marks findings suppressed by a directive as inSource suppressions with their justification', () => {
    const suppressed = parse().runs[0]!.results[1];
    expect(suppressed.locations[0].physicalLocation.region.startLine).toBe(9);
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'Filled in at award' }]);
  });

  it('includes info findings as notes only with includeInfo', () => {
    expect(parse().runs[0]!.results.some((r) => r.ruleId === 'drafting/plain-english')).toBe(false);
    const run = parse(true).runs[0]!;
    const info = run.results.find((r) => r.ruleId === 'drafting/plain-english');
    expect(info.level).toBe('note');
    expect(run.tool.driver.rules[info.ruleIndex]).toMatchObject({
      id: 'drafting/plain-english',
      defaultConfiguration: { level: 'note' },
    });
    expect(info.fixes[0].description).toEqual({ text: "Replace with 'use'" });
  });

  it('uses an absolute file URI without a base id for a file outside the working directory', () => {
    expect(artifactLocation(path.resolve('/elsewhere/a b.md'), cwd)).toEqual({ uri: 'file:///elsewhere/a%20b.md' });
    expect(artifactLocation(path.join(cwd, 'x#1.md'), cwd)).toEqual({ uri: 'x%231.md', uriBaseId: '%SRCROOT%' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// GitHub
// ---------------------------------------------------------------------------------------------------------

describe('github formatter', () => {
  it('prints one escaped workflow command per visible finding', () => {
    expect(formatters.github(results(), context()).split('\n')).toEqual([
      '::warning file=docs/itt%2C part 1.md,line=4,col=10,endLine=4,endColumn=15,title=drafting/placeholder::Placeholder "[TBC]" covers 100%25%0Aof clause 4',
      '::error file=docs/itt%2C part 1.md,line=12,col=5,endLine=12,endColumn=23,title=procurement/tender-period::Tender period is 18 days; the minimum is 25 days & <not> met',
      '::error file=docs/broken.md,line=1,col=1,endLine=1,endColumn=1,title=internal-error::Could not read file: EACCES: permission denied',
    ]);
  });

  it('adds notices for info findings with includeInfo', () => {
    const lines = formatters.github(results(), context(true)).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      "::notice file=docs/itt%2C part 1.md,line=7,col=1,endLine=7,endColumn=9,title=drafting/plain-english::Use 'use', not 'utilise'",
    );
  });

  it('escapes data and properties', () => {
    expect(escapeData('50%\r\nok: a,b')).toBe('50%25%0D%0Aok: a,b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints nothing when nothing is visible', () => {
    expect(formatters.github([results()[1]!], context())).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------------------
// JUnit
// ---------------------------------------------------------------------------------------------------------

/**
 * A minimal well-formedness check without regular expressions: balanced, properly nested tags, a single
 * root, quoted attributes without `<`, and only the predefined or numeric entities.
 */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkEntities = (text: string) => {
    let at = text.indexOf('&');
    while (at >= 0) {
      const end = text.indexOf(';', at);
      if (end < 0) throw new Error(`unterminated entity at ${at}`);
      const name = text.slice(at + 1, end);
      const numeric = name.startsWith('#') && name.length > 1 && [...name.slice(1)].every((ch) => ch >= '0' && ch <= '9');
      if (!numeric && !['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) throw new Error(`bad entity &${name};`);
      at = text.indexOf('&', end);
    }
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text.includes('>')) throw new Error(`stray ">" in text near ${i}`);
    checkEntities(text);
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      if (lt !== 0) throw new Error('XML declaration not at the start');
      i = xml.indexOf('?>', lt) + 2;
      continue;
    }
    // Find the end of the tag, skipping quoted attribute values.
    let j = lt + 1;
    let quote: string | null = null;
    for (; j < xml.length; j++) {
      const ch = xml[j]!;
      if (quote) {
        if (ch === quote) quote = null;
        else if (ch === '<') throw new Error(`"<" in attribute value near ${j}`);
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    if (j >= xml.length) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, j);
    checkEntities(tag);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const name = tag.split(' ')[0]!.replace('/', '');
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    i = j + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}

describe('junit formatter', () => {
  it('is well-formed XML with the declaration and overall counts', () => {
    const out = formatters.junit(results(), context());
    expect(() => assertWellFormedXml(out)).not.toThrow();
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="tenderlint" tests="4" failures="2" errors="1"')).toBe(true);
  });

  it('writes a suite per file, a failing case per finding and a passing case for a clean file', () => {
    const out = formatters.junit(results(), context());
    expect(out).toContain('<testsuite name="docs/itt, part 1.md" tests="2" failures="2" errors="0"');
    expect(out).toContain('<testsuite name="docs/clean.md" tests="1" failures="0" errors="0"');
    expect(out).toContain('<testcase classname="docs/clean.md" name="tenderlint" time="0" />');
    expect(out).toContain('<testsuite name="docs/broken.md" tests="1" failures="0" errors="1"');
    expect(out).toContain('<testcase classname="docs/itt, part 1.md" name="drafting/placeholder at 4:10" time="0">');
    expect(out).toContain(
      '<failure message="Placeholder &quot;[TBC]&quot; covers 100%&#10;of clause 4" type="warning">4:10 drafting/placeholder Placeholder &quot;[TBC]&quot; covers 100%\nof clause 4</failure>',
    );
    expect(out).toContain(
      '<error message="Could not read file: EACCES: permission denied" type="error">1:1 internal-error Could not read file: EACCES: permission denied</error>',
    );
    expect(out).toContain('<property name="tenderlint.version" value="1.2.3" />');
    expect(out).not.toContain('Placeholder &quot;[XX]&quot;');
    expect(out).not.toContain('plain-english');
  });

  it('escapes & and < in messages', () => {
    const out = formatters.junit(results(), context());
    expect(out).toContain('the minimum is 25 days &amp; &lt;not&gt; met');
    expect(out).not.toContain('<not>');
    expect(out).not.toContain('& <');
  });

  it('includes info findings only with includeInfo', () => {
    const out = formatters.junit(results(), context(true));
    expect(out).toContain('tests="5" failures="3" errors="1"');
    expect(out).toContain('type="info"');
    expect(() => assertWellFormedXml(out)).not.toThrow();
  });

  it('strips characters XML 1.0 forbids and escapes all five specials', () => {
    expect(escapeXml('a\u0007b\uD800c & <d> "e" \'f\' \u{1F600}')).toBe('abc &amp; &lt;d&gt; &quot;e&quot; &apos;f&apos; \u{1F600}');
    const weird: FileResult = {
      filePath: fileA,
      source: '',
      findings: [{ ...errorFinding, message: 'bell\u0007 & \uFFFE end' }],
    };
    const out = formatters.junit([weird], context());
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\uFFFE');
    expect(() => assertWellFormedXml(out)).not.toThrow();
  });

  it('the well-formedness check itself rejects broken XML', () => {
    expect(() => assertWellFormedXml('<a><b></a></b>')).toThrow();
    expect(() => assertWellFormedXml('<a>x & y</a>')).toThrow();
    expect(() => assertWellFormedXml('<a x="<"/>')).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Stylish
// ---------------------------------------------------------------------------------------------------------

describe('stylish formatter', () => {
  const plain = createStylish(false);

  it('prints aligned rows per file and an ESLint-style summary', () => {
    expect(plain(results(), context())).toBe(
      [
        '',
        'docs/itt, part 1.md',
        '   4:10  warning  Placeholder "[TBC]" covers 100% of clause 4                   drafting/placeholder',
        '  12:5   error    Tender period is 18 days; the minimum is 25 days & <not> met  procurement/tender-period',
        '',
        'docs/broken.md',
        '  1:1  error  Could not read file: EACCES: permission denied  internal-error',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('aligns the columns within a file', () => {
    const lines = plain(results(), context(true)).split('\n').slice(2, 5);
    expect(lines).toHaveLength(3);
    const starts = (find: (line: string) => number) => new Set(lines.map(find));
    expect(starts((l) => l.indexOf(':'))).toEqual(new Set([4]));
    expect(starts((l) => l.search(/(error|warning|info) /))).toEqual(new Set([9]));
    expect(starts((l) => l.search(/ (drafting|procurement)\//) + 1)).toEqual(new Set([80]));
  });

  it('shows info findings and counts them only with includeInfo', () => {
    const out = plain(results(), context(true));
    expect(out).toContain("   7:1   info     Use 'use', not 'utilise'");
    expect(out).toContain('✖ 4 problems (2 errors, 1 warning, 1 info)\n');
    expect(plain(results(), context())).not.toContain('utilise');
  });

  it('omits the fixable line when nothing visible is fixable', () => {
    const out = plain([results()[2]!], context());
    expect(out).toBe(
      '\ndocs/broken.md\n  1:1  error  Could not read file: EACCES: permission denied  internal-error\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('prints nothing at all when no finding is visible', () => {
    const onlyHidden: FileResult = { filePath: fileA, source: '', findings: [infoFinding, suppressedFinding] };
    expect(plain([onlyHidden, results()[1]!], context())).toBe('');
    expect(plain([], context())).toBe('');
  });

  it('colours only when asked, without changing the text', () => {
    const coloured = createStylish(true)(results(), context());
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain(results(), context()));
  });

  it('decides colour from the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    vi.stubEnv('NO_COLOR', '1');
    expect(formatters.stylish(results(), context())).not.toContain('\u001b[');
  });
});

describe('formatters registry', () => {
  it('exposes the seven formats', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'gitlab', 'html', 'json', 'junit', 'sarif', 'stylish']);
  });
});
