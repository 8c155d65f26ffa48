/**
 * Adversarial documents through the real entry points, with a fixed seed and a short budget (`npm run fuzz` runs
 * many seeds, bigger files and a 10 MB tender; see docs/reliability.md):
 *  - the rows of docs/reliability.md (small) and seeded mutations of the examples and fixtures (test/fuzz/documents.mjs)
 *    through the CLI as a process (`node dist/cli.cjs --format json`): no crash (exit 0, 1, or 2 with a message
 *    naming the file), valid JSON with a result for every file, every finding inside its file, within a "did not
 *    hang" ceiling (not a speed assertion);
 *  - damaged Word files (truncated, bytes overwritten, entries replaced with garbage) through `readDocumentBuffer`:
 *    a model or an error naming the file, never a throw; a model's ranges lie inside its text view, and the
 *    chunked parse of the text view equals a whole parse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentBuffer } from '../../host/documents';
import { parseMarkdown } from '../../core/model/markdown';
import { computeLineStarts } from '../../core/model/positions';
// @ts-expect-error: the generator is plain JavaScript without type declarations.
import { generateDocuments, sources } from './documents.mjs';
import { random } from '../../bench/corpus.mjs';
import { makeZip, markdownToDocx } from '../docx/helpers';
import fc from 'fast-check';
import { lintInside, modelInside } from './invariants';
import { fuzzSettings, markdownDoc } from './arbitraries';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201;
const COUNT = process.env.FUZZ_DOCS ? Number(process.env.FUZZ_DOCS) : 20;
const SCALE = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 0.01;
/** A "did not hang" limit for the whole run of the CLI, far above what it takes. */
const CEILING_S = Number(process.env.FUZZ_CEILING ?? 240);
/** The long run (`npm run fuzz`) adds a tender repeated to this many MB. */
const BIG_MB = Number(process.env.FUZZ_BIG_MB || 0);

interface Doc {
  name: string;
  ext: string;
  data: string | Buffer;
}

interface JsonMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  fix?: { range: [number, number] };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 1-based line and column inside the text the CLI read (UTF-8 decoded, byte-order mark dropped). */
function positionInside(text: string, lineStarts: number[], line: number, column: number): boolean {
  if (!(line >= 1 && line <= lineStarts.length && column >= 1)) return false;
  const offset = lineStarts[line - 1]! + column - 1;
  return offset <= (lineStarts[line] ?? text.length) && offset <= text.length;
}

/** Writes the documents, runs the CLI on them in one process and checks its output. */
function checkThroughCli(docs: Doc[]): void {
  const files = docs.map((d) => {
    const file = join(dir, `${d.name}${d.ext}`);
    writeFileSync(file, d.data);
    return file;
  });
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--include-info', '--no-ignore', ...files], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: CEILING_S * 1000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  expect(r.signal, `the CLI was stopped after ${seconds.toFixed(0)} s (hung?) ${r.stderr}`).toBeNull();
  expect([0, 1, 2], `exit ${r.status}: ${r.stderr}`).toContain(r.status);
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
  expect(results.map((x) => basename(x.filePath)).sort()).toEqual(files.map((f) => basename(f)).sort());
  for (const result of results) {
    const name = basename(result.filePath);
    const text = readFileSync(result.filePath).toString('utf8').replace(/^\uFEFF/, '');
    const lineStarts = computeLineStarts(text);
    for (const m of result.messages) {
      // A file the CLI cannot check (binary-looking, too large) is one fatal finding whose message names it.
      if (m.fatal) expect(m.message, `fatal finding in ${name}`).toContain(name);
      expect(m.ruleId === 'tenderlint/internal' || m.message.startsWith('Internal error'), `${name}: ${m.message}`).toBe(false);
      expect(positionInside(text, lineStarts, m.line, m.column), `${name}: ${m.ruleId} starts at ${m.line}:${m.column}`).toBe(true);
      expect(positionInside(text, lineStarts, m.endLine, m.endColumn), `${name}: ${m.ruleId} ends at ${m.endLine}:${m.endColumn}`).toBe(true);
      if (m.fix) expect(m.fix.range[0] >= 0 && m.fix.range[0] <= m.fix.range[1] && m.fix.range[1] <= text.length, `${name}: fix of ${m.ruleId}`).toBe(true);
    }
  }
  // Exit 2 only with a reason: a fatal finding (naming its file, checked above) or a message.
  if (r.status === 2) expect(r.stderr.trim() !== '' || results.some((x) => x.messages.some((m) => m.fatal)), 'exit 2 without a reason').toBe(true);
  for (const f of files) rmSync(f, { force: true });
}

describe('adversarial documents through the CLI', () => {
  it(`seed ${SEED}: ${COUNT} documents (the reliability rows and mutated examples and fixtures)`, () => {
    const docs = generateDocuments({ seed: SEED, count: COUNT, scale: SCALE }) as Doc[];
    expect(docs.length).toBe(COUNT);
    checkThroughCli(docs);
  }, (CEILING_S + 60) * 1000);

  // Defined in the long run only (`npm run fuzz` sets FUZZ_BIG_MB): checking 10 MB takes minutes on 2 cores.
  if (BIG_MB > 0) {
    it(`a tender repeated to ${BIG_MB} MB`, () => {
      const source = (sources() as Array<{ name: string; text: string }>).find((s) => s.name.startsWith('examples/itt-'))!;
      const target = BIG_MB * 1024 * 1024;
      const text = source.text.repeat(Math.ceil(target / source.text.length)).slice(0, target);
      const started = performance.now();
      checkThroughCli([{ name: `repeated-${BIG_MB}mb`, ext: '.md', data: text }]);
      console.log(`a ${BIG_MB} MB tender: ${((performance.now() - started) / 1000).toFixed(1)} s through the CLI`);
    }, (CEILING_S + 60) * 1000);
  }
});

/** Damaged copies of a Word file: truncated, bytes overwritten, a part replaced by garbage. */
function damaged(docx: Buffer, rnd: () => number): Array<[string, Buffer]> {
  const out: Array<[string, Buffer]> = [];
  for (const cut of [0.1, 0.5, 0.9, 0.99]) out.push([`truncated at ${cut * 100}%`, docx.subarray(0, Math.floor(docx.length * cut))]);
  for (let k = 0; k < 4; k++) {
    const copy = Buffer.from(docx);
    const at = Math.floor(rnd() * copy.length);
    for (let i = 0; i < 16 && at + i < copy.length; i++) copy[at + i] = Math.floor(rnd() * 256);
    out.push([`16 bytes overwritten at ${at}`, copy]);
  }
  const tail = Buffer.from(docx);
  for (let i = tail.length - 22; i < tail.length; i++) if (i >= 0) tail[i] = 0xff;
  out.push(['end of central directory overwritten', tail]);
  const garbage = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)));
  const ct = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  out.push(['word/document.xml is garbage', makeZip([{ name: '[Content_Types].xml', data: ct }, { name: 'word/document.xml', data: garbage }])]);
  out.push(['word/document.xml is not closed', makeZip([{ name: '[Content_Types].xml', data: ct }, { name: 'word/document.xml', data: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Price 40%') }])]);
  return out;
}

describe('damaged Word files', () => {
  it(`seed ${SEED}: a model or an error naming the file, never a throw`, async () => {
    const rnd = random(SEED) as () => number;
    const source = (sources() as Array<{ name: string; text: string }>).find((s) => s.name.startsWith('examples/'))!;
    const { buffer } = await markdownToDocx(source.text.replace(/^---[\s\S]*?\n---\n/, ''));
    const whole = await readDocumentBuffer(buffer, 'tender.docx');
    expect('doc' in whole).toBe(true);
    for (const [what, bytes] of damaged(buffer, rnd)) {
      let out;
      try {
        out = await readDocumentBuffer(bytes, 'tender.docx');
      } catch (err) {
        expect.fail(`${what}: threw ${(err as Error).message}`);
      }
      if ('error' in out) {
        expect(out.error, what).toMatch(/^tender\.docx: /);
        continue;
      }
      modelInside(out.doc);
      lintInside(out.doc);
    }
  });

  for (const headings of [true, false]) {
    it(`Word files built from generated documents ${headings ? 'with' : 'without'} headings: the text view parses the same in chunks as whole; ranges inside; the check never throws`, async () => {
      await fc.assert(
        fc.asyncProperty(markdownDoc({ headings }, 10), async (markdown) => {
          const { buffer } = await markdownToDocx(markdown);
          const out = await readDocumentBuffer(buffer, 'generated.docx');
          if (!('doc' in out)) throw new Error(out.error);
          modelInside(out.doc);
          lintInside(out.doc);
          const view = out.doc.text;
          expect(parseMarkdown(view, 'view.md')).toEqual(parseMarkdown(view, 'view.md', 'markdown', { whole: true }));
        }),
        fuzzSettings(4),
      );
    });
  }

  it('the text view of a Word file without headings parses the same in chunks as whole, and maps inside', async () => {
    // Numbered clauses as body text, no heading style anywhere: the shape of a contract saved from Word.
    const clauses = Array.from({ length: 30 }, (_, i) => `${Math.floor(i / 5) + 1}.${(i % 5) + 1} The Supplier shall invoice within ${i + 10} days and the fee is £${(i + 1) * 1000} per annum.`);
    const { buffer } = await markdownToDocx(clauses.join('\n\n') + '\n\n| Criterion | Weighting |\n| --- | --- |\n| Quality | 60% |\n| Price | 40% |\n');
    const out = await readDocumentBuffer(buffer, 'contract.docx');
    if (!('doc' in out)) throw new Error(out.error);
    const view = out.doc.text;
    expect(out.doc.blocks.some((b) => b.kind === 'heading')).toBe(false);
    modelInside(out.doc);
    expect(parseMarkdown(view, 'view.md')).toEqual(parseMarkdown(view, 'view.md', 'markdown', { whole: true }));
  });
});
