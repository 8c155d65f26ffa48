// The tools the CLI benchmark compares (tenderlint, markdownlint-cli2, textlint and the parse floor): how each is
// run, how its output is checked to cover every file, and one timed run of a tool as a whole process with its peak
// RSS (bench/rss.cjs preloaded). Used by bench/cli.mjs.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const TOOL_CONFIGS = join(HERE, 'tools');
const PATHS = {
  tenderlint: join(ROOT, 'dist', 'cli.cjs'),
  markdownlint: join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'),
  textlint: join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js'),
  floor: join(HERE, 'parse-floor.mjs'),
  rss: join(HERE, 'rss.cjs'),
};
export const TEXTLINT_RULES = ['sentence-length', 'max-comma', 'no-todo', 'write-good'];

const CONFIG_NAME = /^\.(tenderlint|markdownlint|textlint)/;
const PACKAGE_KEYS = ['tenderlint', 'markdownlint-cli2', 'textlint'];

/**
 * Config files that a tool might pick up for these inputs besides the benchmark's own: tenderlint and
 * markdownlint-cli2 look in each file's folder and the folders above it. Returns their paths.
 */
function strayConfigs(files) {
  const seen = new Set();
  const found = [];
  for (const file of files) {
    let dir = dirname(file);
    while (!seen.has(dir)) {
      seen.add(dir);
      let names = [];
      try {
        names = readdirSync(dir);
      } catch {
        // an unreadable folder holds nothing the tools could read either
      }
      for (const name of names) {
        if (CONFIG_NAME.test(name)) found.push(join(dir, name));
        if (name === 'package.json') {
          try {
            const pkg = JSON.parse(readFileSync(join(dir, name), 'utf8'));
            if (PACKAGE_KEYS.some((key) => key in pkg)) found.push(join(dir, name));
          } catch {
            // not JSON: no tool reads config from it
          }
        }
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return found;
}

export function refuseStrayConfigs(files) {
  const stray = strayConfigs(files);
  if (stray.length > 0) throw new Error(`config files near the inputs would change what the tools check:\n  ${stray.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The tools. `argv(files, check)` gives the arguments after `node`; with `check` (the warm-up round) the tool writes
// machine-readable output, which `verify` reads to make sure every file was processed.

const sumMessages = (results) => results.reduce((n, r) => n + r.messages.length, 0);

function expectAllFiles(tool, results, files) {
  const seen = new Set(results.map((r) => resolve(r.filePath)));
  const missing = files.filter((f) => !seen.has(f));
  if (missing.length > 0) throw new Error(`${tool} reported no result for ${missing.length} of ${files.length} files, e.g. ${missing[0]}`);
}

export const TOOLS = {
  tenderlint: {
    label: 'tenderlint',
    cwd: ROOT,
    okExit: [0, 1], // 1 = findings at error level; 2 = failure
    argv: (files, check) => [PATHS.tenderlint, ...(check ? ['--format', 'json'] : []), ...files],
    verify(stdout, files) {
      const results = JSON.parse(stdout);
      expectAllFiles('tenderlint', results, files);
      return { findings: sumMessages(results) };
    },
  },
  markdownlint: {
    label: 'markdownlint-cli2 (default rules)',
    cwd: TOOL_CONFIGS, // its .markdownlint-cli2.jsonc is the base configuration
    okExit: [0, 1],
    argv: (files) => [PATHS.markdownlint, ...files.map((f) => `:${f}`)],
    verify(stdout, files) {
      const linting = /^Linting: (\d+) files?$/m.exec(stdout);
      const summary = /^Summary: (\d+) issues? in (\d+) files?$/m.exec(stdout);
      if (!linting || !summary) throw new Error(`markdownlint-cli2 printed no Linting/Summary line:\n${stdout.slice(-2000)}`);
      if (Number(linting[1]) !== files.length) throw new Error(`markdownlint-cli2 linted ${linting[1]} of ${files.length} files`);
      return { findings: Number(summary[1]) };
    },
  },
  textlint: {
    label: `textlint (${TEXTLINT_RULES.join(', ')})`,
    cwd: ROOT, // rules resolve from the project's node_modules
    okExit: [0, 1],
    argv: (files, check) => [PATHS.textlint, '--config', join(TOOL_CONFIGS, '.textlintrc.json'), ...(check ? ['--format', 'json'] : []), ...files],
    verify(stdout, files) {
      const results = JSON.parse(stdout);
      expectAllFiles('textlint', results, files);
      const byRule = {};
      for (const r of results) for (const m of r.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      const unknown = Object.keys(byRule).filter((id) => !TEXTLINT_RULES.includes(id));
      if (unknown.length > 0) throw new Error(`textlint reported rules outside its config: ${unknown.join(', ')}`);
      return { findings: sumMessages(results), byRule };
    },
  },
  floor: {
    label: "parse floor (tenderlint's remark stack)",
    cwd: ROOT,
    okExit: [0],
    argv: (files) => [PATHS.floor, ...files],
    verify(stdout, files) {
      const m = /^parse-floor: (\d+) files/m.exec(stdout);
      if (!m || Number(m[1]) !== files.length) throw new Error(`parse floor parsed ${m?.[1] ?? 'no'} of ${files.length} files`);
      return { findings: null };
    },
  },
};

export function checkInstalled(tools) {
  for (const tool of tools) {
    const path = PATHS[tool];
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: ${tool === 'tenderlint' ? 'run `npm run build`' : 'run `npm install` (devDependencies)'}`);
    }
  }
}

let sequence = 0;

/**
 * Runs one tool once as a whole process. Returns wall time (ms), peak RSS (MiB), the exit code and, with
 * `check`, the tool's stdout. Throws, with the tool's stderr, on an unexpected exit code.
 */
export function runTool(name, files, scratch, { check = false } = {}) {
  const tool = TOOLS[name];
  const id = ++sequence;
  const rssFile = join(scratch, `rss-${id}.jsonl`);
  const outFile = join(scratch, `out-${id}.txt`);
  const env = {
    ...process.env,
    BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(PATHS.rss)}`].filter(Boolean).join(' '),
    NO_COLOR: '1',
  };
  delete env.FORCE_COLOR;
  const stdout = check ? openSync(outFile, 'w') : 'ignore';
  const start = performance.now();
  const r = spawnSync(process.execPath, tool.argv(files, check), {
    cwd: tool.cwd,
    env,
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 256 * 2 ** 20,
  });
  const ms = performance.now() - start;
  if (check) closeSync(stdout);
  const stderr = r.stderr?.toString() ?? '';
  if (r.error) throw new Error(`${tool.label}: ${r.error.message}\n${stderr}`);
  if (!tool.okExit.includes(r.status)) {
    throw new Error(`${tool.label} failed on ${files.length} files (exit ${r.status ?? r.signal}):\n${stderr.slice(-4000)}`);
  }
  const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  const own = lines.find((l) => l.pid === r.pid);
  if (!own) throw new Error(`${tool.label}: no peak RSS recorded (is bench/rss.cjs preloaded?)`);
  const out = check ? readFileSync(outFile, 'utf8') : undefined;
  rmSync(rssFile, { force: true });
  rmSync(outFile, { force: true });
  return { ms, rssMiB: own.maxRSSKB / 1024, exit: r.status, stdout: out };
}
