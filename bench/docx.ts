/**
 * DOCX benchmark: time and peak memory to read and check the largest corpus DOCX and a generated 500-page
 * tender, against mammoth's own HTML conversion of the same file (the floor tenderlint cannot beat by much,
 * since it reads the body through mammoth), and peak memory while refusing a zip bomb.
 *
 *   node --import tsx bench/docx.ts [runs]
 *
 * Each step runs in a fresh process; peak memory is that process's highest resident set size (maxRSS) during
 * the step, less its resident size before the step.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { resolveFileConfig } from '../core/config/resolve';
import { lintDocument } from '../core/engine/linter';
import { readDocumentBuffer } from '../host/documents';
import { rules } from '../rules/index';
import { makeZip, minimalDocx } from '../test/docx/helpers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const RUNS = process.argv[2] === '--step' ? 1 : Number(process.argv[2] ?? 3);

/** Runs one step in a fresh process and returns its time and peak resident memory (maxRSS) above the start. */
function step(kind: string, file: string): { ms: number; peakMb: number; note: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--step', kind, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${kind} ${file} failed: ${r.stderr}`);
  return JSON.parse(line) as { ms: number; peakMb: number; note: string };
}

function best(kind: string, file: string) {
  const results = Array.from({ length: RUNS }, () => step(kind, file));
  return { ms: Math.min(...results.map((x) => x.ms)), peakMb: Math.max(...results.map((x) => x.peakMb)), note: results[0]!.note };
}

/** The child side: do one step, print its figures as JSON. */
async function runStep(kind: string, file: string): Promise<void> {
  const buffer = readFileSync(file);
  const config = resolveFileConfig(rules, null, 'bench.docx');
  const base = process.resourceUsage().maxRSS;
  const start = performance.now();
  let note = '';
  if (kind === 'mammoth') await mammoth.convertToHtml({ buffer });
  else {
    const out = await readDocumentBuffer(buffer, 'bench.docx');
    if ('error' in out) note = out.error;
    else if (kind === 'check') note = `${lintDocument(out.doc, config, rules).findings.length} findings`;
    else note = `${out.doc.blocks.length} blocks, ${out.doc.tables.length} tables`;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMb: (process.resourceUsage().maxRSS - base) / 1024, note }));
}

/** A 500-page tender (about 250,000 words): 50 sections of 80 clauses, with lists and an evaluation table each. */
async function generatedTender(): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Invitation to Tender: Integrated Community Services')] })];
  for (let s = 1; s <= 50; s++) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Section ${s}: Service requirements for lot ${s}`)] }));
    for (let c = 1; c <= 80; c++) {
      children.push(
        new Paragraph({
          children: [
            new TextRun(
              `${s}.${c} The Supplier shall deliver the service described in this clause to every eligible resident referred by the Council, within 10 working days of referral, and shall report monthly on referrals received, started and completed, on waiting times and on outcomes achieved for lot ${s}. The contract value for this lot is estimated at £${(s * 13_500).toLocaleString('en-GB')} per annum excluding VAT.`,
            ),
          ],
        }),
      );
      if (c % 10 === 0) for (let b = 0; b < 4; b++) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`Evidence of approach ${b + 1} to safeguarding, quality assurance and continuous improvement.`)] }));
    }
    const rows = [['Criterion', 'Weighting'], ['Price', '40%'], ['Quality', '45%'], ['Social value', '15%']];
    children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function largestCorpusDocx(): string {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => join(CORPUS, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

function bench(name: string, file: string): string {
  const floor = best('mammoth', file);
  const read = best('read', file);
  const check = best('check', file);
  return `| ${name} | ${(statSync(file).size / 1048576).toFixed(2)} MB, ${read.note} | ${floor.ms.toFixed(0)} ms, ${floor.peakMb.toFixed(0)} MB | ${read.ms.toFixed(0)} ms, ${read.peakMb.toFixed(0)} MB | ${check.ms.toFixed(0)} ms, ${check.peakMb.toFixed(0)} MB (${check.note}) |`;
}

if (process.argv[2] === '--step') {
  await runStep(process.argv[3]!, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));
  const tender = join(dir, 'tender-500-pages.docx');
  writeFileSync(tender, await generatedTender());
  const bomb = join(dir, 'bomb.docx');
  writeFileSync(bomb, minimalDocx('<w:p/>', [{ name: 'word/bomb.xml', data: Buffer.alloc(256 * 1024 * 1024) }]));
  const liar = join(dir, 'liar.docx');
  writeFileSync(liar, makeZip([{ name: 'word/document.xml', data: Buffer.alloc(256 * 1024 * 1024), declaredSize: 4096 }]));
  const largest = largestCorpusDocx();
  const lines = [
    '| Document | Size | mammoth HTML conversion (floor) | tenderlint read | tenderlint read + check |',
    '| --- | --- | --- | --- | --- |',
    bench(largest.split('/').pop()!, largest),
    bench('generated 500-page tender', tender),
  ];
  for (const [name, file] of [['zip bomb: 256 MB of zeros', bomb], ['zip bomb lying about its size (declares 4 KB, holds 256 MB)', liar]] as const) {
    const refused = best('read', file);
    lines.push(`| ${name} | ${(statSync(file).size / 1048576).toFixed(2)} MB | | refused in ${refused.ms.toFixed(0)} ms, ${refused.peakMb.toFixed(0)} MB | ${refused.note.replace(/^[^:]+: /, '').slice(0, 70)}… |`);
  }
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; best time and highest peak of ${RUNS} runs, each in a fresh process\n`);
  console.log(lines.join('\n'));
}
