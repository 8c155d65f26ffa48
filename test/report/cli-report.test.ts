/** `tenderlint report` and `--format html` as a process: the bundled `dist/cli.cjs` (built before the suite runs). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-report-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

describe('tenderlint report', () => {
  it('writes a summary and one page per document for a folder, and exits 0 even with errors found', () => {
    const dir = workspace();
    const r = run(['report', 'examples', '--out', 'report/'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('index.html and 7 document pages');
    const pages = readdirSync(join(dir, 'report')).sort();
    expect(pages).toEqual([
      'index.html',
      'itt-advice-service.html',
      'itt-community-wellbeing.html',
      'response-befriending.html',
      'sq-young-carers.html',
      // The example template repository's documents, a page each, named by their path under the folder.
      'template-repo--README.html',
      'template-repo--templates--award-letter-template.html',
      'template-repo--templates--itt-template.html',
    ]);
    const index = readFileSync(join(dir, 'report', 'index.html'), 'utf8');
    for (const p of pages.filter((p) => p !== 'index.html')) expect(index).toContain(`href="${p}"`);
    const itt = readFileSync(join(dir, 'report', 'itt-community-wellbeing.html'), 'utf8');
    expect(itt).toContain('<a href="index.html">← All documents</a>');
    for (const h of ['Timeline', 'Award weighting', 'Burden on a small bidder', 'Findings by family and severity']) expect(itt).toContain(`>${h}</h2>`);
    expect(itt).toContain('Statutory minimum: 35 days');
    expect(itt).toContain('short by 17 days');
    expect(itt).toContain('95% — missing 5%');
    expect(readFileSync(join(dir, 'report', 'response-befriending.html'), 'utf8')).toContain('>Questions and answers</h2>');
  });

  it('writes one file for one document given a .html path', () => {
    const dir = workspace();
    const r = run(['report', 'examples/sq-young-carers.md', '--out', 'out/sq.html'], dir);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'out', 'sq.html'), 'utf8');
    expect(html).toContain('Tender report: examples/sq-young-carers.md');
    expect(html).toContain('Participation period: 18 days');
    expect(html).toContain('(Good Friday)');
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(false);
  });

  it('--format html prints the page and keeps the check\'s exit code; --out needs the HTML format', () => {
    const dir = workspace();
    const one = run(['--format', 'html', 'examples/itt-community-wellbeing.md'], dir);
    expect(one.status).toBe(1);
    expect(one.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(one.stdout).toContain('<svg class="chart timeline"');
    const several = run(['--format', 'html', 'examples'], dir);
    expect(several.stdout).toContain('<a href="#doc-4">');
    const wrong = run(['--format', 'json', '--out', 'x.html', 'examples'], dir);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--out writes the HTML report');
    const missing = run(['report', 'nowhere.md', '--out', 'nothing/'], dir);
    expect(missing.status).toBe(2);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });
});

describe('tenderlint report on a Word document', () => {
  it('draws the timetable and weights read from Word tables, with the findings placed in the text view', async () => {
    const { HeadingLevel, Paragraph, Table, TableCell, TableRow, wordDocument } = await import('../docx/helpers');
    const { writeFileSync } = await import('node:fs');
    const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
    const buffer = await wordDocument([
      new Paragraph({ text: 'Invitation to Tender: Lunch Club Service', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('This procurement is run under the Procurement Act 2023 using the open procedure.'),
      new Paragraph({ text: 'Timetable', heading: HeadingLevel.HEADING_2 }),
      table([['Activity', 'Date'], ['ITT issued', 'Monday 7 June 2027'], ['Deadline for submission of tenders', '12:00 noon, Friday 25 June 2027']]),
      new Paragraph({ text: 'Evaluation', heading: HeadingLevel.HEADING_2 }),
      table([['Criterion', 'Weighting'], ['Price', '60%'], ['Quality', '30%'], ['Social value', '10%']]),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-report-docx-'));
    writeFileSync(join(dir, 'lunch-club.docx'), buffer);
    const r = run(['report', 'lunch-club.docx', '--out', 'lunch-club.html'], dir);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'lunch-club.html'), 'utf8');
    expect(html).toContain('Tender report: lunch-club.docx');
    expect(html).toMatch(/<title id="r-tl-title">Timetable from [^<]+<\/title>/);
    expect(html).toContain('Tender period: 18 days');
    expect(html).toContain('Statutory minimum: 35 days');
    expect(html).toMatch(/<a class="badge error" href="#r-f\d+" title="Error: The tender period is 18 days/);
    expect(html).toContain('Social value is 10% of the total score');
  });
});
