// Accuracy on real documents: runs the CLI over the hand-labelled development set and scores it the way
// ../shared/labels/score.py does (an `expect` is met when its rule fires anywhere in the file; every finding of a
// rule a `forbid` entry matches is a false positive).
//
//   npm run eval                         all families
//   npm run eval -- lead-in social-value only these families
//   npm run eval -- --verbose            also list the rules fired in each file
//   npm run eval -- --markdown           the table as Markdown, with the date and commit (for docs/accuracy.md)
//
// Needs the shared corpus and labels beside the project (../shared/corpus, ../shared/labels); without them it
// says so and exits 0. Exit 1 when recall is below 0.9 or a forbidden rule fired, as score.py does.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const CORPUS = join(SHARED, 'corpus');
const LABELS = join(SHARED, 'labels', 'dev-labels.json');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const markdown = args.includes('--markdown');
const families = args.filter((a) => !a.startsWith('--'));

if (!existsSync(LABELS) || !existsSync(CORPUS)) {
  console.log(`eval: no labelled development set beside the project (looked for ${join('..', 'shared', 'labels', 'dev-labels.json')} and ${join('..', 'shared', 'corpus')}); nothing to score.`);
  process.exit(0);
}
if (!existsSync(CLI)) {
  console.error('eval: dist/cli.cjs is missing; run `npm run build` first (`npm run eval` does).');
  process.exit(2);
}

const family = (rule) => rule.split('/')[0];
const wanted = (rule) => families.length === 0 || families.includes(family(rule));
const labels = JSON.parse(readFileSync(LABELS, 'utf8')).cases;
const names = Object.keys(labels).sort();
const paths = names.map((n) => join(CORPUS, n));
const missing = paths.filter((p) => !existsSync(p));
if (missing.length) {
  console.error(`eval: corpus files missing: ${missing.map((p) => basename(p)).join(', ')}`);
  process.exit(2);
}

const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--include-info', ...paths], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  timeout: 900_000,
});
if (run.status !== 0 && run.status !== 1) {
  console.error(`eval: the CLI failed (exit ${run.status}): ${(run.stderr || run.stdout || String(run.error)).slice(-800)}`);
  process.exit(2);
}
const results = new Map(JSON.parse(run.stdout).map((r) => [basename(r.filePath), r]));

const per = new Map(); // family -> [expected, found, forbidden fired]
const row = (fam) => per.get(fam) ?? (per.set(fam, [0, 0, 0]), per.get(fam));
const lines = [];
for (const name of names) {
  const label = labels[name];
  const fired = new Map();
  for (const m of results.get(name)?.messages ?? []) {
    if (!m.ruleId) continue;
    fired.set(m.ruleId, [...(fired.get(m.ruleId) ?? []), m.line]);
  }
  for (const e of label.expect) {
    if (!wanted(e.rule)) continue;
    const r = row(family(e.rule));
    r[0] += 1;
    if (fired.has(e.rule)) r[1] += 1;
    else lines.push(`${name}: missed ${e.rule}  (${(e.quote ?? '').slice(0, 90)})`);
  }
  for (const f of label.forbid) {
    const matches = picomatch(f.rule);
    for (const [rule, at] of fired) {
      if (!matches(rule) || !wanted(rule)) continue;
      row(family(rule))[2] += 1;
      lines.push(`${name}: false positive ${rule} (lines ${JSON.stringify(at.slice(0, 5))})`);
    }
  }
  if (verbose) lines.push(`${name}: fired ${JSON.stringify([...fired.keys()].sort())}`);
}

const fams = [...per.keys()].sort();
const total = fams.reduce((t, f) => per.get(f).map((v, i) => t[i] + v), [0, 0, 0]);
const recall = total[0] ? total[1] / total[0] : 1;
const summary = `dev set: recall ${recall.toFixed(2)} (${total[1]}/${total[0]}), forbidden rules fired ${total[2]}`;

if (markdown) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {}
  console.log(`Development set, ${new Date().toISOString().slice(0, 10)}, commit ${commit}:\n`);
  console.log('| Family | Expected | Found | Forbidden fired |\n| --- | ---: | ---: | ---: |');
  for (const f of fams) console.log(`| ${f} | ${per.get(f).join(' | ')} |`);
  console.log(`| **all** | ${total.join(' | ')} |\n\n${summary}`);
  if (lines.length) console.log(`\n${lines.map((l) => `- ${l}`).join('\n')}`);
} else {
  for (const l of lines) console.log(l);
  console.log();
  console.log(`${'family'.padEnd(16)} ${'expected'.padStart(9)} ${'found'.padStart(7)} ${'forbidden fired'.padStart(15)}`);
  for (const f of fams) {
    const [e, fo, fp] = per.get(f);
    console.log(`${f.padEnd(16)} ${String(e).padStart(9)} ${String(fo).padStart(7)} ${String(fp).padStart(15)}`);
  }
  console.log(summary);
}
process.exit(recall >= 0.9 && total[2] === 0 ? 0 : 1);
