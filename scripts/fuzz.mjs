// The long fuzz run (`npm run fuzz`): the fuzz suite of test/fuzz (property tests of the extractors, the model and
// the whole check; adversarial documents through the CLI; damaged Word files) run again and again with new seeds,
// more runs per property and bigger documents, until a time limit, then a summary. The first round adds a tender
// repeated to `--big-mb` MB. Every failure is printed with the command that reproduces it (same seed, same runs).
//   node scripts/fuzz.mjs [--minutes 10] [--seed 1] [--runs 20] [--docs 80] [--scale 0.25] [--big-mb 10]
//                         [--ceiling 900] [--only extractors,model,documents]
// Run after `npm run build` (the documents test runs dist/cli.cjs); `npm run fuzz -- --minutes 30` does both.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const minutes = Number(opt('minutes', '10'));
const firstSeed = Number(opt('seed', String(Date.now() % 1_000_000)));
const runs = opt('runs', '20');
const docs = opt('docs', '80');
const scale = opt('scale', '0.25');
const bigMb = Number(opt('big-mb', '10'));
const ceiling = opt('ceiling', '900');
const only = (opt('only', 'extractors,model,documents')).split(',');
const files = only.map((name) => `test/fuzz/${name}.test.ts`);

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const out = mkdtempSync(join(tmpdir(), 'tenderlint-fuzz-run-'));
const deadline = Date.now() + minutes * 60_000;
const started = Date.now();
const rounds = [];
const failures = [];

console.error(`fuzz: seeds from ${firstSeed}, ${runs}× the runs of each property, ${docs} adversarial documents at scale ${scale}, for ${minutes} min`);
for (let round = 0; round === 0 || Date.now() < deadline; round++) {
  const seed = firstSeed + round;
  const report = join(out, `round-${round}.json`);
  const env = {
    ...process.env,
    FUZZ_SEED: String(seed),
    FUZZ_RUNS: runs,
    FUZZ_DOCS: docs,
    FUZZ_SCALE: scale,
    FUZZ_CEILING: ceiling,
    FUZZ_BIG_MB: round === 0 && bigMb > 0 ? String(bigMb) : '',
  };
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [vitest, 'run', ...files, '--reporter=json', `--outputFile=${report}`, '--testTimeout', String(Number(ceiling) * 1000 + 60_000)], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (Date.now() - t0) / 1000;
  let tests = [];
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    tests = json.testResults.flatMap((f) => f.assertionResults.map((a) => ({ file: f.name.slice(root.length + 1), ...a })));
  } catch {
    failures.push({ seed, file: '(vitest)', name: 'the run itself', message: (r.stderr || r.stdout || '').slice(-2000) });
  }
  const failed = tests.filter((t) => t.status === 'failed');
  for (const t of failed) failures.push({ seed, file: t.file, name: t.title, message: (t.failureMessages ?? []).join('\n').slice(0, 3000) });
  rounds.push({ seed, seconds, tests: tests.length, failed: failed.length });
  console.error(`round ${round + 1}: seed ${seed}, ${tests.length} tests, ${failed.length} failed, ${seconds.toFixed(0)} s${env.FUZZ_BIG_MB ? ` (with a ${bigMb} MB tender)` : ''}`);
  const slowest = [...tests].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0)).slice(0, 3);
  for (const t of slowest) console.error(`  ${((t.duration ?? 0) / 1000).toFixed(1)} s  ${t.title}`);
}
rmSync(out, { recursive: true, force: true });

const total = (Date.now() - started) / 1000;
console.log(`\nfuzz summary: ${rounds.length} rounds (seeds ${firstSeed}–${firstSeed + rounds.length - 1}), ${rounds.reduce((a, r) => a + r.tests, 0)} tests, ${failures.length} failures, ${(total / 60).toFixed(1)} min`);
console.log(`settings: FUZZ_RUNS=${runs} FUZZ_DOCS=${docs} FUZZ_SCALE=${scale}; machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const f of failures) {
  console.log(`\nFAILED ${f.file} › ${f.name} (seed ${f.seed})`);
  console.log(f.message.split('\n').slice(0, 12).join('\n'));
  console.log(`reproduce: FUZZ_SEED=${f.seed} FUZZ_RUNS=${runs} FUZZ_DOCS=${docs} FUZZ_SCALE=${scale} npx vitest run ${f.file} -t ${JSON.stringify(f.name)}`);
}
process.exit(failures.length ? 1 : 0);
