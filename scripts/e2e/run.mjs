#!/usr/bin/env node
// Runs every real-tool suite in test/e2e (files named *.e2e.mjs), one at a time, with Node's test runner.
// Editor suites first (they were the first ones), then the rest in name order.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const first = ['nvim.e2e.mjs', 'vscode.e2e.mjs'];
const found = readdirSync(join(root, 'test', 'e2e')).filter((f) => f.endsWith('.e2e.mjs'));
const only = process.argv.slice(2);
const files = [...first.filter((f) => found.includes(f)), ...found.filter((f) => !first.includes(f)).sort()]
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => join('test', 'e2e', f));
if (files.length === 0) {
  console.error(`test:e2e: no suite matches ${only.join(' ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
