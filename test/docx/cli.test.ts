/** The built CLI on Word documents: locations by paragraph and cell in every format, hostile files exit 2. */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToDocx } from './helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const ITT = `# Invitation to Tender

Tenders must be returned by 12 noon on [insert date].

| Activity | Date |
| --- | --- |
| ITT issued | Monday 4 January 2027 |
| Deadline for submission of tenders | TBC |
`;

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: unknown };
  logicalLocations: Array<{ name: string; fullyQualifiedName: string; kind: string }>;
  message?: { text: string };
}
interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; locations: SarifLocation[] }> }>;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-docx-'));
  writeFileSync(join(dir, 'itt.docx'), (await markdownToDocx(ITT)).buffer);
  writeFileSync(join(dir, 'itt.md'), ITT);
  writeFileSync(join(dir, 'scan.docx'), '%PDF-1.7\n%âãÏÓ\n');
});

describe('CLI on DOCX', () => {
  it('stylish prints ¶ and table cell addresses with an excerpt', () => {
    const r = run(dir, 'itt.docx');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('itt.docx');
    expect(r.stdout).toMatch(/¶2 +error +Placeholder "\[insert date\]"/);
    expect(r.stdout).toContain('“Tenders must be returned by 12 noon on [insert date].”');
    expect(r.stdout).toMatch(/¶8 +error +Placeholder "TBC"/);
    expect(r.stdout).toContain('table 1, row 3, cell 2 “TBC”');
    expect(r.stdout).not.toContain('--fix');
  });

  it('checks a Word template through a templates override: the bracketed field is its own, "TBC" is another style', () => {
    const repo = mkdtempSync(join(tmpdir(), 'tenderlint-docx-templates-'));
    mkdirSync(join(repo, 'templates'));
    copyFileSync(join(dir, 'itt.docx'), join(repo, 'templates', 'itt.docx'));
    writeFileSync(join(repo, '.tenderlint.yaml'), 'overrides:\n  - files: "templates/**"\n    settings: { template: true }\n');
    const r = run(repo, 'templates', '--print-facts');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/¶8 +error +Placeholder "TBC" is written as "TBC", not in this template's placeholder style/);
    expect(r.stdout).not.toContain('"[insert date]" left in the document');
    expect(r.stdout).toContain('Template fields: 2 (2 placeholders)');
    expect(r.stdout).toContain('[insert date] (bracket): 1 time');
  });

  it('gives the same findings as the Markdown twin', () => {
    const ids = (file: string) => (JSON.parse(run(dir, file, '--format', 'json').stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0]!.messages.map((m) => `${m.ruleId} ${m.message}`);
    expect(ids('itt.docx')).toEqual(ids('itt.md'));
  });

  it('JSON adds docxLocation', () => {
    const [file] = JSON.parse(run(dir, 'itt.docx', '--format', 'json').stdout) as Array<{ messages: Array<{ ruleId: string; docxLocation?: unknown }> }>;
    expect(file!.messages.filter((m) => m.ruleId === 'drafting/placeholder').map((m) => m.docxLocation)).toEqual([
      { paragraph: 2, excerpt: 'Tenders must be returned by 12 noon on [insert date].' },
      { paragraph: 8, table: 1, row: 3, cell: 2, excerpt: 'TBC' },
    ]);
  });

  it('SARIF uses a logical location with the excerpt', () => {
    const log = JSON.parse(run(dir, 'itt.docx', '--format', 'sarif').stdout) as SarifLog;
    const [first, second] = log.runs[0]!.results.filter((x) => x.ruleId === 'drafting/placeholder');
    expect(first!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('itt.docx');
    expect(first!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(first!.locations[0]!.logicalLocations).toEqual([{ name: '¶2', fullyQualifiedName: '¶2', kind: 'paragraph' }]);
    expect(second!.locations[0]!.logicalLocations).toEqual([{ name: 'cell 2', fullyQualifiedName: '¶8/table 1/row 3/cell 2', kind: 'tableCell' }]);
    expect(second!.locations[0]!.message).toEqual({ text: 'TBC' });
  });

  it('GitHub and JUnit name the paragraph', () => {
    expect(run(dir, 'itt.docx', '--format', 'github').stdout).toContain('::error file=itt.docx,title=drafting/placeholder at ¶2::¶2 “Tenders must be returned by 12 noon on [insert date].”: Placeholder');
    expect(run(dir, 'itt.docx', '--format', 'junit').stdout).toContain('name="drafting/placeholder at ¶8, table 1, row 3, cell 2"');
  });

  it('a hostile file exits 2 with a message naming it, and the rest of the run goes on', () => {
    const r = run(dir, 'scan.docx', 'itt.docx');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('scan.docx: is a PDF renamed to .docx');
    expect(r.stdout).toMatch(/¶2 +error +Placeholder/);
  });

  it('a folder includes .docx files, and --fix never writes one', () => {
    const before = readFileSync(join(dir, 'itt.docx'));
    const r = run(dir, '--format', 'json', '--fix', '.');
    const names = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath.slice(dir.length + 1));
    expect(names).toEqual(['itt.docx', 'itt.md', 'scan.docx']);
    expect(readFileSync(join(dir, 'itt.docx')).equals(before)).toBe(true);
  });
});
