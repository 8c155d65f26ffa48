// Preload for bench/cli.mjs: `NODE_OPTIONS="--require /abs/path/bench/rss.cjs" BENCH_RSS_FILE=out.jsonl node …`.
// When the process exits, appends one JSON line {pid, ppid, maxRSSKB} to BENCH_RSS_FILE. maxRSS covers the
// whole process, worker threads included, so only the main thread registers (a worker would write the same
// figure early). Written synchronously inside 'exit', where asynchronous work never runs, and any error is
// swallowed so that the tool's own exit code and output are untouched.
'use strict';
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      const line = JSON.stringify({ pid: process.pid, ppid: process.ppid, maxRSSKB: process.resourceUsage().maxRSS });
      appendFileSync(file, `${line}\n`);
    } catch {
      // never let the measurement change the tool's behaviour
    }
  });
}
