// Runs the benchmark set and writes its figures as Markdown (for docs/performance.md) and JSON.
//   npm run bench        quick set: 100 generated documents, a few minutes on 2 cores
//   npm run bench:full   1,000 generated documents and the 1,000-file scaling step
// Results go to bench/results/ (not committed); the Markdown is also printed.
// Needs the bundles: `npm run build` first (the npm scripts do it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocument, writeCorpus } from './corpus.mjs';
import { machine, measureCli, renderMarkdown as renderCli } from './cli.mjs';
import { measureEditor, renderMarkdown as renderEditor } from './editor-latency.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const full = process.argv.includes('--full');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (part) => !only || only.includes(part);

const PLAN = full
  ? { count: 1000, runs: 3, textlint: 50, scaleCounts: [10, 100, 1000], perLength: 10, edits: 200, open: 20 }
  : { count: 100, runs: 3, textlint: 10, scaleCounts: [10, 100], perLength: 2, edits: 200, open: 20 };

if (!existsSync(CLI)) {
  console.error('bench: dist/cli.cjs is missing; run `npm run build` first.');
  process.exit(2);
}

const log = (line) => process.stderr.write(`${line}\n`);
const sections = [];
const json = { mode: full ? 'full' : 'quick', plan: PLAN, date: new Date().toISOString(), machine: machine() };
const started = performance.now();

/** Where the time goes: `tenderlint --timing` on one long generated tender, and on the generated corpus. */
function timingBreakdown() {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-timing-'));
  try {
    const one = join(dir, 'tender-30000-words.md');
    writeFileSync(one, generateDocument(30_001, 30_000));
    const corpus = writeCorpus(join(dir, 'corpus'), { count: PLAN.count, seed: 1 });
    const run = (args) => {
      const r = spawnSync(process.execPath, [CLI, '--timing', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`tenderlint --timing failed (${r.status}): ${r.stderr}`);
      return r.stderr.trim();
    };
    const single = run(['--threads', '0', one]);
    const many = run([corpus.dir]);
    json.timing = { single, corpus: many };
    return [
      '## Where the time goes (`tenderlint --timing`)',
      '',
      `One generated tender of 30,000 words, in one thread (\`node dist/cli.cjs --timing --threads 0 FILE\`):`,
      '',
      '```text',
      single,
      '```',
      '',
      `The generated corpus of ${PLAN.count} documents (${(corpus.bytes / 1e6).toFixed(1)} MB), default threads:`,
      '',
      '```text',
      many,
      '```',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const version = execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim();
log(`bench: ${json.mode} set, tenderlint ${version}, ${json.machine.line ?? ''}`);

if (wants('timing')) {
  log('bench: per-phase timing');
  sections.push(timingBreakdown());
}
if (wants('cli')) {
  log('bench: CLI throughput against markdownlint-cli2, textlint and the parse floor');
  const cli = await measureCli({
    count: PLAN.count,
    runs: PLAN.runs,
    textlint: PLAN.textlint,
    scaleCounts: PLAN.scaleCounts,
    perLength: PLAN.perLength,
    command: `npm run ${full ? 'bench:full' : 'bench'}`,
    progress: log,
  });
  json.cli = cli;
  sections.push(renderCli(cli));
}
if (wants('editor')) {
  log('bench: editor latency over JSON-RPC');
  const editor = await measureEditor({ edits: PLAN.edits, open: PLAN.open, log: (line) => log(line) });
  json.editor = editor;
  sections.push(`## Editor latency (\`bench/editor-latency.mjs\`)\n\n${renderEditor(editor)}`);
}

const minutes = ((performance.now() - started) / 60000).toFixed(1);
const header = [
  `# Benchmark results (${json.mode} set)`,
  '',
  `Command: \`npm run ${full ? 'bench:full' : 'bench'}\` — ${json.date.slice(0, 10)}, took ${minutes} min.`,
  `Machine: ${json.machine.line ?? JSON.stringify(json.machine)}. tenderlint ${version}.`,
].join('\n');
const markdown = [header, ...sections].join('\n\n') + '\n';
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const stamp = json.date.replace(/[:.]/g, '-');
writeFileSync(join(out, `${stamp}-${json.mode}.md`), markdown);
writeFileSync(join(out, `${stamp}-${json.mode}.json`), JSON.stringify(json, null, 2));
process.stdout.write(markdown);
log(`bench: written to bench/results/${stamp}-${json.mode}.md and .json`);
