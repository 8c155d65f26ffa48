// CLI throughput: the bundled tenderlint CLI (dist/cli.cjs, after `npm run build`) against linters users already
// run on the same Markdown files, each as a whole process (start-up included), with stdout sent to /dev/null:
//   - markdownlint-cli2 with markdownlint's default rules (bench/tools/.markdownlint-cli2.jsonc);
//   - textlint with sentence-length, max-comma, no-todo and write-good at their default options
//     (bench/tools/.textlintrc.json), on the first `textlint` documents only, because it is slow; tenderlint is
//     run on the same subset so that the per-megabyte comparison is like for like;
//   - the parse floor (bench/parse-floor.mjs): read + parse with tenderlint's own remark stack and nothing else.
// Every tool gets the same files, named one by one on its command line (markdownlint-cli2 as `:path`, its
// literal-file form, so that it does no glob expansion). One untimed warm-up round comes first and doubles as the
// check that each tool really processed every file (machine-readable output, counted); then `runs` timed rounds,
// the tools alternating within each round. Ratios are taken pair by pair within a round and summarised as
// min / median / max. Peak memory is the process's maxRSS (worker threads included), written by bench/rss.cjs
// on exit. A run whose exit code is not in the expected set fails the benchmark with the tool's stderr.
//
// Scaling: tenderlint and the parse floor on 10, 100 (and with --full 1,000) generated documents, and on
// `--per-length` documents of fixed length (2,000 to 30,000 words), reported as ms per document and MB/s.
//
//   node bench/cli.mjs [--count 100] [--runs 3] [--textlint 20] [--shared N] [--per-length 3]
//                      [--scale-counts 10,100] [--scale-words 2000,5000,10000,20000,30000] [--no-scaling]
//                      [--full] [--seed 1] [--keep] [--markdown]
// --full sets the defaults to --count 1000 --textlint 50 --per-length 10 --scale-counts 10,100,1000.
// --shared N also compares on the first N files of the shared corpus (../shared/corpus from the project root;
// default all of it when it exists, 0 skips it). Prints one JSON object on stdout (progress goes to stderr);
// --markdown prints the Markdown tables after it. Generated corpora go in a temporary folder, removed at the end
// unless --keep.
//
// Imported (e.g. by bench/run.mjs): `compareCli(options)` and `scalingCli(options)` measure one file list or one
// scaling series; `measureCli(options)` does what the command line does; `renderMarkdown(result)` renders any of
// their results (each also carries a non-enumerable `toMarkdown()`).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';
import { TEXTLINT_RULES, TOOLS, checkInstalled, refuseStrayConfigs, runTool } from './cli-tools.mjs';

export { TEXTLINT_RULES };

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
export const SHARED_CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const SCALE_WORDS = [2_000, 5_000, 10_000, 20_000, 30_000];

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
const log = (message) => process.stderr.write(`${message}\n`);
const MB = 1e6;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** min / median / max of a list of numbers (null for an empty list). */
function spread(values) {
  if (values.length === 0) return null;
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

export function machine() {
  const cpu = cpus();
  const info = {
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: (cpu[0]?.model ?? 'unknown').trim(),
    node: process.version,
    platform: `${platform()} ${arch()}`,
  };
  return { ...info, line: `${info.cores} cores, ${info.memoryGiB} GiB, ${info.cpuModel}, Node ${info.node}, ${info.platform}` };
}

const load = () => loadavg().map((n) => Math.round(n * 100) / 100);

/** Size of a file list: count, bytes and words. */
function measureFiles(files) {
  let bytes = 0;
  let words = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    words += countWords(text);
  }
  return { files: files.length, bytes, words };
}

/** The Markdown files of a folder, sorted by name. */
export function markdownFilesIn(dir) {
  return readdirSync(dir)
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function withMarkdown(result) {
  Object.defineProperty(result, 'toMarkdown', { value: () => renderMarkdown(result), enumerable: false });
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison on one file list

/**
 * Compares tenderlint with markdownlint-cli2, the parse floor and (on the first `textlintSubset` files) textlint.
 * `files`: Markdown files (any order; used as given). `runs`: timed rounds after the warm-up. `textlintSubset`:
 * 0 skips textlint. Returns a JSON-serialisable object.
 */
export async function compareCli({ files, runs = 3, textlintSubset = 20, label = 'files', scratch, progress = log } = {}) {
  if (!files?.length) throw new Error('compareCli: no files');
  if (!(runs >= 1)) throw new Error('compareCli: runs must be at least 1');
  files = files.map((f) => resolve(f));
  const subset = files.slice(0, Math.max(0, Math.min(textlintSubset, files.length)));
  checkInstalled(['tenderlint', 'markdownlint', 'floor', ...(subset.length ? ['textlint'] : [])]);
  refuseStrayConfigs(files);
  const ownScratch = !scratch;
  scratch ??= mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));

  const size = measureFiles(files);
  const subsetSize = subset.length ? measureFiles(subset) : null;
  const jobs = [
    { key: 'tenderlint', tool: 'tenderlint', files, size },
    { key: 'markdownlint', tool: 'markdownlint', files, size },
    { key: 'floor', tool: 'floor', files, size },
    ...(subset.length
      ? [
          { key: 'tenderlintSubset', tool: 'tenderlint', files: subset, size: subsetSize },
          { key: 'textlint', tool: 'textlint', files: subset, size: subsetSize },
        ]
      : []),
  ];
  const result = {
    kind: 'compare',
    label,
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { start: load() },
    runs,
    corpus: size,
    subset: subsetSize,
    tools: {},
  };
  try {
    progress(`[${label}] warm-up and check: ${files.length} files (${(size.bytes / MB).toFixed(2)} MB), textlint subset ${subset.length}`);
    for (const job of jobs) {
      const run = runTool(job.tool, job.files, scratch, { check: true });
      const verified = TOOLS[job.tool].verify(run.stdout, job.files);
      result.tools[job.key] = {
        tool: job.tool,
        label: TOOLS[job.tool].label,
        files: job.files.length,
        bytes: job.size.bytes,
        ...verified,
        ms: [],
        rssMiB: [],
        exits: [],
      };
      progress(`  ${job.key.padEnd(16)} warm-up ${Math.round(run.ms)} ms, exit ${run.exit}, findings ${verified.findings ?? '-'}`);
    }
    for (let round = 1; round <= runs; round++) {
      for (const job of jobs) {
        const run = runTool(job.tool, job.files, scratch);
        const entry = result.tools[job.key];
        entry.ms.push(run.ms);
        entry.rssMiB.push(run.rssMiB);
        entry.exits.push(run.exit);
        progress(`  ${job.key.padEnd(16)} run ${round}/${runs} ${Math.round(run.ms)} ms, ${Math.round(run.rssMiB)} MiB`);
      }
    }
  } finally {
    if (ownScratch) rmSync(scratch, { recursive: true, force: true });
  }
  result.loadAverage.end = load();

  const t = result.tools;
  const pairwise = (a, b) => a.ms.map((ms, i) => ms / b.ms[i]);
  result.ratios = {
    tenderlintOverMarkdownlint: pairwise(t.tenderlint, t.markdownlint),
    tenderlintOverFloor: pairwise(t.tenderlint, t.floor),
  };
  if (t.textlint) {
    // ms per MB of each on the same subset; equal to the ratio of times, kept explicit.
    const perMB = (e) => e.ms.map((ms) => ms / (e.bytes / MB));
    const tl = perMB(t.tenderlintSubset);
    result.ratios.tenderlintOverTextlintPerMB = perMB(t.textlint).map((x, i) => tl[i] / x);
  }
  for (const entry of Object.values(t)) {
    entry.summary = { ms: spread(entry.ms), rssMiB: spread(entry.rssMiB), mbPerSecond: (entry.bytes / MB) / (median(entry.ms) / 1000) };
  }
  result.ratioSummary = Object.fromEntries(Object.entries(result.ratios).map(([k, v]) => [k, spread(v)]));
  return withMarkdown(result);
}

// ---------------------------------------------------------------------------------------------------------------
// Scaling

/**
 * tenderlint and the parse floor on growing sets of generated documents (`counts`, prefixes of one corpus) and on
 * `perLength` documents of each fixed length in `lengths` (words). Corpora are written under `dir` (a temporary
 * folder by default, removed afterwards). One untimed warm-up, then `runs` rounds per step, the two tools
 * alternating.
 */
export async function scalingCli({ counts = [10, 100], lengths = SCALE_WORDS, perLength = 3, runs = 3, seed = 1, dir, keep = false, progress = log } = {}) {
  if (!(runs >= 1)) throw new Error('scalingCli: runs must be at least 1');
  checkInstalled(['tenderlint', 'floor']);
  const ownDir = !dir;
  dir ??= mkdtempSync(join(tmpdir(), 'tenderlint-scaling-'));
  const scratch = join(dir, 'scratch');
  mkdirSync(scratch, { recursive: true });
  const rows = [];
  try {
    const steps = [];
    const maxCount = Math.max(0, ...counts);
    const corpus = maxCount ? writeCorpus(join(dir, 'corpus'), { count: maxCount, seed }).files : [];
    for (const n of counts) steps.push({ series: 'count', step: n, files: corpus.slice(0, n) });
    for (const words of lengths) {
      steps.push({ series: 'words', step: words, files: writeCorpus(join(dir, `words-${words}`), { count: perLength, seed, words }).files });
    }
    refuseStrayConfigs(steps.flatMap((s) => s.files));
    if (steps.length) {
      progress('[scaling] warm-up');
      runTool('tenderlint', steps[0].files, scratch);
      runTool('floor', steps[0].files, scratch);
    }
    for (const step of steps) {
      const size = measureFiles(step.files);
      const r = { series: step.series, step: step.step, ...size, tenderlint: { ms: [], rssMiB: [] }, floor: { ms: [], rssMiB: [] } };
      for (let round = 1; round <= runs; round++) {
        for (const tool of ['tenderlint', 'floor']) {
          const run = runTool(tool, step.files, scratch);
          r[tool].ms.push(run.ms);
          r[tool].rssMiB.push(run.rssMiB);
        }
      }
      for (const tool of ['tenderlint', 'floor']) {
        const ms = median(r[tool].ms);
        r[tool].summary = { ms: spread(r[tool].ms), rssMiB: spread(r[tool].rssMiB), msPerDocument: ms / size.files, mbPerSecond: size.bytes / MB / (ms / 1000) };
      }
      r.tenderlintOverFloor = spread(r.tenderlint.ms.map((ms, i) => ms / r.floor.ms[i]));
      const what = step.series === 'count' ? `${step.step} documents` : `${size.files} documents of ${step.step} words`;
      progress(`  ${what}: tenderlint ${Math.round(r.tenderlint.summary.ms.median)} ms, floor ${Math.round(r.floor.summary.ms.median)} ms`);
      rows.push(r);
    }
  } finally {
    if (ownDir && !keep) rmSync(dir, { recursive: true, force: true });
  }
  return withMarkdown({ kind: 'scaling', date: new Date().toISOString(), machine: machine(), runs, perLength, seed, steps: rows });
}

// ---------------------------------------------------------------------------------------------------------------
// Everything the command line does

/**
 * Generated corpus of `count` documents (seed `seed`) and, when `shared` > 0 and ../shared/corpus exists, its
 * first `shared` files: each compared with `compareCli`; then `scalingCli` unless `scaling` is false.
 */
export async function measureCli({
  count = 100,
  runs = 3,
  textlint = 20,
  shared = Infinity,
  seed = 1,
  scaling = true,
  scaleCounts = [10, 100],
  scaleWords = SCALE_WORDS,
  perLength = 3,
  keep = false,
  command,
  progress = log,
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));
  const result = { kind: 'all', command, date: new Date().toISOString(), machine: machine(), loadAverage: { start: load() }, comparisons: [] };
  try {
    const scratch = join(dir, 'scratch');
    mkdirSync(scratch);
    if (count > 0) {
      const corpus = writeCorpus(join(dir, 'corpus'), { count, seed });
      result.comparisons.push(await compareCli({ files: corpus.files, runs, textlintSubset: textlint, label: `generated corpus (seed ${seed})`, scratch, progress }));
    }
    if (shared > 0 && existsSync(SHARED_CORPUS)) {
      const files = markdownFilesIn(SHARED_CORPUS).slice(0, shared);
      if (files.length) result.comparisons.push(await compareCli({ files, runs, textlintSubset: textlint, label: 'shared corpus (../shared/corpus)', scratch, progress }));
    }
    if (scaling) {
      result.scaling = await scalingCli({ counts: scaleCounts, lengths: scaleWords, perLength, runs, seed, dir: join(dir, 'scaling'), progress });
    }
  } finally {
    if (keep) progress(`corpora kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  result.loadAverage.end = load();
  return withMarkdown(result);
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

const int = (n) => Math.round(n).toLocaleString('en-GB');
const dec = (n, digits = 2) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes) => dec(bytes / MB, 2);
const times = (n) => `${dec(n, 2)}×`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const dateOf = (iso) => iso.slice(0, 10);

function renderCompare(r) {
  const t = r.tools;
  const c = r.corpus;
  const lines = [
    `### ${r.label[0].toUpperCase()}${r.label.slice(1)}: ${int(c.files)} documents, ${mb(c.bytes)} MB, ${int(c.words)} words`,
    '',
    `${r.runs} timed run${r.runs === 1 ? '' : 's'} after one untimed warm-up; load average ${r.loadAverage.start.join(' / ')} at the start, ${r.loadAverage.end.join(' / ')} at the end.` +
      (r.subset ? ` textlint, and tenderlint for comparison with it, ran on the first ${int(r.subset.files)} documents (${mb(r.subset.bytes)} MB, ${int(r.subset.words)} words).` : ''),
    '',
    row(['Tool', 'Documents', 'MB', 'Wall ms min', 'median', 'max', 'MB/s (median)', 'Peak RSS MiB min', 'median', 'max', 'Findings']),
    row(Array(11).fill('---')),
  ];
  const names = { tenderlintSubset: `tenderlint (textlint's subset)` };
  for (const [key, e] of Object.entries(t)) {
    const s = e.summary;
    lines.push(row([
      names[key] ?? e.label,
      int(e.files),
      mb(e.bytes),
      int(s.ms.min),
      int(s.ms.median),
      int(s.ms.max),
      dec(s.mbPerSecond, 2),
      int(s.rssMiB.min),
      int(s.rssMiB.median),
      int(s.rssMiB.max),
      e.findings == null ? '–' : int(e.findings),
    ]));
  }
  const ratioNames = {
    tenderlintOverMarkdownlint: 'tenderlint / markdownlint-cli2 (wall time, same files)',
    tenderlintOverFloor: 'tenderlint / parse floor (wall time, same files)',
    tenderlintOverTextlintPerMB: "tenderlint / textlint (ms per MB, textlint's subset)",
  };
  lines.push('', row(['Ratio, pair by pair within a round', 'min', 'median', 'max']), row(Array(4).fill('---')));
  for (const [key, s] of Object.entries(r.ratioSummary)) lines.push(row([ratioNames[key] ?? key, times(s.min), times(s.median), times(s.max)]));
  return lines.join('\n');
}

function renderScaling(r) {
  const header = (first) => [
    row([first, 'MB', 'Words per document', 'tenderlint ms min', 'median', 'max', 'ms per document', 'MB/s', 'Peak RSS MiB', 'Parse floor ms (median)', 'ms per document', 'MB/s', 'tenderlint / floor (median)']),
    row(Array(13).fill('---')),
  ];
  const body = (s, first) => {
    const tl = s.tenderlint.summary;
    const fl = s.floor.summary;
    return row([
      first,
      mb(s.bytes),
      int(s.words / s.files),
      int(tl.ms.min),
      int(tl.ms.median),
      int(tl.ms.max),
      int(tl.msPerDocument),
      dec(tl.mbPerSecond, 2),
      int(tl.rssMiB.median),
      int(fl.ms.median),
      int(fl.msPerDocument),
      dec(fl.mbPerSecond, 2),
      times(s.tenderlintOverFloor.median),
    ]);
  };
  const counts = r.steps.filter((s) => s.series === 'count');
  const words = r.steps.filter((s) => s.series === 'words');
  const lines = [`### Scaling: tenderlint and the parse floor`, '', `${r.runs} timed run${r.runs === 1 ? '' : 's'} per step after one warm-up; medians unless marked.`];
  if (counts.length) lines.push('', ...header('Documents (generated corpus)'), ...counts.map((s) => body(s, int(s.files))));
  if (words.length) lines.push('', ...header(`Document length (words; ${int(r.perLength)} document${r.perLength === 1 ? '' : 's'} each)`), ...words.map((s) => body(s, int(s.step))));
  return lines.join('\n');
}

/** Markdown for a result of compareCli, scalingCli or measureCli, for pasting into docs/performance.md. */
export function renderMarkdown(result) {
  const parts = [];
  if (result.kind === 'all') {
    parts.push('## CLI throughput against other linters (`bench/cli.mjs`)', '');
    if (result.command) parts.push(`Command: \`${result.command}\` after \`npm run build\` — ${dateOf(result.date)} (UTC).`);
    else parts.push(`Date: ${dateOf(result.date)} (UTC).`);
    parts.push(
      `Machine: ${result.machine.line}; load average ${result.loadAverage.start.join(' / ')} at the start, ${result.loadAverage.end.join(' / ')} at the end.`,
      'Wall time is the whole process, start-up included, with stdout discarded; peak RSS is the process maximum (worker threads included). MB = 10^6 bytes.',
    );
    for (const c of result.comparisons) parts.push('', renderCompare(c));
    if (result.scaling) parts.push('', renderScaling(result.scaling));
  } else {
    parts.push(`Machine: ${result.machine.line} — ${dateOf(result.date)} (UTC).`, '');
    parts.push(result.kind === 'scaling' ? renderScaling(result) : renderCompare(result));
  }
  return `${parts.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      runs: { type: 'string' },
      textlint: { type: 'string' },
      shared: { type: 'string' },
      'per-length': { type: 'string' },
      'scale-counts': { type: 'string' },
      'scale-words': { type: 'string' },
      'no-scaling': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
    },
  });
  const num = (v, fallback) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
    return n;
  };
  const list = (v, fallback) => (v === undefined ? fallback : v.split(',').filter(Boolean).map((x) => num(x)));
  const full = values.full;
  const result = await measureCli({
    count: num(values.count, full ? 1000 : 100),
    runs: Math.max(1, num(values.runs, 3)),
    textlint: num(values.textlint, full ? 50 : 20),
    shared: num(values.shared, Infinity),
    perLength: num(values['per-length'], full ? 10 : 3),
    scaleCounts: list(values['scale-counts'], full ? [10, 100, 1000] : [10, 100]),
    scaleWords: list(values['scale-words'], SCALE_WORDS),
    scaling: !values['no-scaling'],
    seed: num(values.seed, 1),
    keep: values.keep,
    command: ['node bench/cli.mjs', ...process.argv.slice(2)].join(' '),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (values.markdown) process.stdout.write(`\n${renderMarkdown(result)}`);
}
