// Before and after: the same measurements on two builds, run alternately so that a machine that speeds up or
// slows down during the run affects both alike. Build the older commit in a separate work tree first
// (`git worktree add ../before <commit>`, link node_modules, `node scripts/bundle.mjs`), then:
//   node bench/ab.mjs BEFORE_DIST [AFTER_DIST] [--count 100] [--runs 3] [--edits 100]
//                     [--sizes 20000,50000] [--corpus DIR] [--wait-edits N] [--cli-dir DIR] [--no-cli] [--no-editor]
// Prints a Markdown table for docs/performance.md: CLI wall time and peak memory on the generated corpus (or on the
// files of --cli-dir), and edit → diagnostics p50 / p95 for generated tenders of each size (20,000 words by
// default) and, with --corpus, for every document of DIR over 10,000 words (Markdown, and DOCX text views; see
// editor-latency.mjs), with --wait-edits the user's wait measured at the server's default debounce, for each
// build, with the after / before ratio pair by pair.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { machine } from './cli.mjs';
import { measureEditor } from './editor-latency.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && !['--no-cli', '--no-editor'].includes(args[i - 1])));
if (!positional[0]) {
  console.error('usage: node bench/ab.mjs BEFORE_DIST [AFTER_DIST] [--count 100] [--runs 3] [--edits 100]');
  process.exit(2);
}
const builds = { before: resolve(positional[0]), after: resolve(positional[1] ?? join(ROOT, 'dist')) };
const count = flag('count', 100);
const text = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : null;
};
const sizes = (text('sizes') ?? '20000').split(',').filter(Boolean).map(Number);
const corpusDir = text('corpus');
const cliDir = text('cli-dir');
const waitEdits = flag('wait-edits', 0);
const withCli = !args.includes('--no-cli');
const withEditor = !args.includes('--no-editor');
const runs = flag('runs', 3);
const edits = flag('edits', 100);
const log = (line) => process.stderr.write(`${line}\n`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => `${Math.min(...xs).toFixed(2)} / ${median(xs).toFixed(2)} / ${Math.max(...xs).toFixed(2)}`;

function cliRun(dist, dir, rssFile) {
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(dist, 'cli.cjs'), dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'rss.cjs')}`, BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${dist}/cli.cjs failed (${r.status}): ${r.stderr}`);
  const kb = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line).maxRSSKB));
  return { ms, mb: kb / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), 'tenderlint-ab-'));
try {
  const corpus = withCli && !cliDir ? writeCorpus(join(dir, 'corpus'), { count, seed: 1 }) : { dir: cliDir, bytes: 0 };
  const rss = join(dir, 'rss.txt');
  const cli = { before: [], after: [] };
  if (withCli) {
    log(`CLI: ${cliDir ?? `${count} generated documents`}, ${runs} alternating runs after a warm-up`);
    cliRun(builds.before, corpus.dir, rss);
    cliRun(builds.after, corpus.dir, rss);
  }
  for (let r = 0; r < runs && withCli; r++) {
    for (const name of ['before', 'after']) {
      cli[name].push(cliRun(builds[name], corpus.dir, rss));
      log(`  ${name} run ${r + 1}: ${Math.round(cli[name].at(-1).ms)} ms, ${Math.round(cli[name].at(-1).mb)} MiB`);
    }
  }
  // Per document (in the order measured): each build's results, one per run.
  const editor = new Map();
  if (withEditor) log(`editor: ${sizes.join(', ')} words${corpusDir ? ` and ${corpusDir}` : ''}, ${edits} edits, alternating builds ${runs} times`);
  for (let r = 0; r < runs && withEditor; r++) {
    for (const name of ['before', 'after']) {
      const out = await measureEditor({ sizes, corpus: corpusDir, edits, waitEdits, open: 0, server: join(builds[name], 'server.cjs'), log: false });
      for (const d of out.documents) {
        if (!editor.has(d.document)) editor.set(d.document, { before: [], after: [], words: d.words });
        editor.get(d.document)[name].push(d);
      }
      log(`  ${name} run ${r + 1}: ${out.documents.map((d) => `${d.document.slice(0, 40)} p50 ${d.p50Ms} p95 ${d.p95Ms}${d.waitP50Ms !== undefined ? ` wait ${d.waitP50Ms}` : ''}`).join('; ')}`);
    }
  }
  const rows = withCli
    ? [
        ['CLI wall ms', cli.before.map((x) => x.ms), cli.after.map((x) => x.ms)],
        ['CLI peak RSS MiB', cli.before.map((x) => x.mb), cli.after.map((x) => x.mb)],
      ]
    : [];
  for (const [docName, e] of editor) {
    const label = `${docName} (${e.words.toLocaleString('en-GB')} words)`;
    rows.push([`edit → diagnostics p50 ms, ${label}`, e.before.map((x) => x.p50Ms), e.after.map((x) => x.p50Ms)]);
    rows.push([`edit → diagnostics p95 ms, ${label}`, e.before.map((x) => x.p95Ms), e.after.map((x) => x.p95Ms)]);
    if (e.after[0]?.waitP50Ms !== undefined) rows.push([`user's wait p50 ms (default debounce), ${label}`, e.before.map((x) => x.waitP50Ms), e.after.map((x) => x.waitP50Ms)]);
  }
  const lines = [
    `Machine: ${machine().line}; ${new Date().toISOString().slice(0, 10)}. ${withCli ? (cliDir ? `CLI on ${cliDir}` : `${count} generated documents (${(corpus.bytes / 1e6).toFixed(1)} MB)`) : 'no CLI runs'}, ${runs} alternating runs; min / median / max.`,
    '',
    '| Measure | before | after | after / before, pair by pair |',
    '| --- | --- | --- | --- |',
    ...rows.map(([label, b, a]) => `| ${label} | ${spread(b)} | ${spread(a)} | ${spread(a.map((x, i) => x / b[i]))} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
