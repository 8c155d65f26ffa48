// Before and after: the same measurements on two builds, run alternately so that a machine that speeds up or
// slows down during the run affects both alike. Build the older commit in a separate work tree first
// (`git worktree add ../before <commit>`, link node_modules, `node scripts/bundle.mjs`), then:
//   node bench/ab.mjs BEFORE_DIST [AFTER_DIST] [--count 100] [--runs 3] [--edits 100]
// Prints a Markdown table for docs/performance.md: CLI wall time and peak memory on the generated corpus, and
// edit → diagnostics p50 / p95 at 20,000 words, for each build, with the after / before ratio pair by pair.
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
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!positional[0]) {
  console.error('usage: node bench/ab.mjs BEFORE_DIST [AFTER_DIST] [--count 100] [--runs 3] [--edits 100]');
  process.exit(2);
}
const builds = { before: resolve(positional[0]), after: resolve(positional[1] ?? join(ROOT, 'dist')) };
const count = flag('count', 100);
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
  const corpus = writeCorpus(join(dir, 'corpus'), { count, seed: 1 });
  const rss = join(dir, 'rss.txt');
  const cli = { before: [], after: [] };
  log(`CLI: ${count} generated documents, ${runs} alternating runs after a warm-up`);
  cliRun(builds.before, corpus.dir, rss);
  cliRun(builds.after, corpus.dir, rss);
  for (let r = 0; r < runs; r++) {
    for (const name of ['before', 'after']) {
      cli[name].push(cliRun(builds[name], corpus.dir, rss));
      log(`  ${name} run ${r + 1}: ${Math.round(cli[name].at(-1).ms)} ms, ${Math.round(cli[name].at(-1).mb)} MiB`);
    }
  }
  const editor = { before: [], after: [] };
  log(`editor: 20,000 words, ${edits} edits, alternating builds ${runs} times`);
  for (let r = 0; r < runs; r++) {
    for (const name of ['before', 'after']) {
      const out = await measureEditor({ sizes: [20000], edits, open: 0, server: join(builds[name], 'server.cjs'), log: false });
      editor[name].push(out.documents[0]);
      log(`  ${name} run ${r + 1}: p50 ${out.documents[0].p50Ms} ms, p95 ${out.documents[0].p95Ms} ms`);
    }
  }
  const rows = [
    ['CLI wall ms', cli.before.map((x) => x.ms), cli.after.map((x) => x.ms)],
    ['CLI peak RSS MiB', cli.before.map((x) => x.mb), cli.after.map((x) => x.mb)],
    ['edit → diagnostics p50 ms (20,000 words)', editor.before.map((x) => x.p50Ms), editor.after.map((x) => x.p50Ms)],
    ['edit → diagnostics p95 ms (20,000 words)', editor.before.map((x) => x.p95Ms), editor.after.map((x) => x.p95Ms)],
  ];
  const lines = [
    `Machine: ${machine().line}; ${new Date().toISOString().slice(0, 10)}. ${count} generated documents (${(corpus.bytes / 1e6).toFixed(1)} MB), ${runs} alternating runs; min / median / max.`,
    '',
    '| Measure | before | after | after / before, pair by pair |',
    '| --- | --- | --- | --- |',
    ...rows.map(([label, b, a]) => `| ${label} | ${spread(b)} | ${spread(a)} | ${spread(a.map((x, i) => x / b[i]))} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
