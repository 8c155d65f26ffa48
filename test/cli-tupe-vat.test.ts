/**
 * The tupe-vat family through the CLI as a process: `--print-facts` shows the TUPE, pensions and VAT facts,
 * `--fix` inserts the TUPE statement, and plain text and Word files are read like Markdown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToDocx } from './docx/helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const RETENDER = `# Invitation to Tender: Befriending Service

The befriending service is currently delivered by a local charity. The Council is re-tendering it for three years.

The annual budget for the service is £85,000.
`;

const TRANSFER = `# Invitation to Tender: Befriending Service

The Council considers that TUPE is likely to apply. Anonymised workforce information (job titles, hours and pay) is provided in Annex D.

Four of the staff are members of the Local Government Pension Scheme; the provider must seek admitted body status.

All prices must be submitted exclusive of VAT.
`;

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-tupe-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface JsonFile {
  messages: Array<{ ruleId: string; line: number; message: string; suggestions?: unknown[]; docxLocation?: { paragraph: number } }>;
  facts?: { tupeVat: { tupe: Array<{ stance: string }>; workforce: unknown[]; vatStatements: Array<{ basis: string; instruction: boolean }> } };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
});

describe('tupe-vat through the CLI', () => {
  it('--print-facts shows the TUPE, pensions and VAT facts', () => {
    const dir = folder({ 'itt.md': TRANSFER });
    const r = run(dir, 'itt.md', '--print-facts', '--include-info');
    expect(r.stdout).toContain('TUPE, pensions and VAT:');
    expect(r.stdout).toContain('TUPE statements: 1 (applies; first line 3)');
    expect(r.stdout).toContain('workforce information (statement: roles, pay, terms; to all-bidders, with-tender; line 3)');
    expect(r.stdout).toContain('pension schemes: lgps');
    expect(r.stdout).toContain('pension protection: admitted-body');
    expect(r.stdout).toContain('VAT exclusive (prices, pricing instruction; line 7)');
    const [file] = JSON.parse(run(dir, 'itt.md', '--print-facts', '--format', 'json').stdout) as JsonFile[];
    expect(file!.facts!.tupeVat.tupe.map((s) => s.stance)).toEqual(['applies']);
    expect(file!.facts!.tupeVat.vatStatements).toMatchObject([{ basis: 'exclusive', instruction: true }]);
  });

  it('reports a silent re-tender and a budget with no VAT basis, and --fix inserts the TUPE statement only', () => {
    const dir = folder({ 'itt.md': RETENDER });
    const [before] = JSON.parse(run(dir, 'itt.md', '--format', 'json').stdout) as JsonFile[];
    expect(before!.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['tupe-vat/tupe-silent', 3],
      ['tupe-vat/vat-basis', 5],
    ]);
    expect(before!.messages[1]!.suggestions).toHaveLength(1);
    run(dir, 'itt.md', '--fix');
    const fixed = readFileSync(join(dir, 'itt.md'), 'utf8');
    expect(fixed).toContain('re-tendering it for three years.\n\nThe [insert: buyer] considers that the Transfer of Undertakings');
    // The suggestion is not applied by --fix.
    expect(fixed).toContain('£85,000.\n');
    const [after] = JSON.parse(run(dir, 'itt.md', '--format', 'json').stdout) as JsonFile[];
    const ids = after!.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('tupe-vat/tupe-silent');
    expect(ids).toContain('drafting/placeholder');
  });

  it('reads plain text and Word files', async () => {
    const { buffer } = await markdownToDocx(RETENDER);
    const dir = folder({ 'itt.txt': RETENDER, 'itt.docx': buffer });
    const files = JSON.parse(run(dir, 'itt.txt', 'itt.docx', '--format', 'json').stdout) as JsonFile[];
    for (const file of files) expect(file.messages.map((m) => m.ruleId)).toEqual(['tupe-vat/tupe-silent', 'tupe-vat/vat-basis']);
    const docx = files.find((f) => f.messages[0]?.docxLocation);
    expect(docx!.messages[0]!.docxLocation!.paragraph).toBe(2);
  });
});
