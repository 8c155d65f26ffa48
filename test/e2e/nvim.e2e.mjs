// Neovim as a real LSP client: headless nvim starts `tenderlint-language-server --stdio` and must receive the
// expected diagnostics for an example tender.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('Neovim receives tenderlint diagnostics over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-nvim-'));
  try {
    const ws = join(dir, 'ws');
    mkdirSync(ws);
    const file = join(ws, 'itt.md');
    copyFileSync(join(ROOT, 'examples', 'itt-community-wellbeing.md'), file);
    const out = join(dir, 'diagnostics.json');
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(dir, 'c'),
      XDG_DATA_HOME: join(dir, 'd'),
      XDG_STATE_HOME: join(dir, 's'),
      XDG_CACHE_HOME: join(dir, 'x'),
      LSP_SERVER: join(ROOT, 'dist', 'server.cjs'),
      DIAG_OUT: out,
    };
    const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(ROOT, 'test', 'e2e', 'nvim-init.lua'), file], { cwd: ws, env, timeout: 60_000, encoding: 'utf8' });
    assert.equal(r.status, 0, `nvim exited with ${r.status}: ${r.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(result.ok, true);
    const codes = result.diagnostics.map((d) => `${d.lnum + 1}:${d.code}`);
    for (const expected of ['26:drafting/placeholder', '31:proportionality/or-equivalent', '24:lead-in/tender-period']) {
      assert.ok(codes.includes(expected), `expected ${expected} in ${codes.join(', ')}`);
    }
    assert.ok(result.diagnostics.every((d) => d.source === 'tenderlint'));
    console.log(`# neovim: ${result.diagnostics.length} diagnostics after ${result.wait_ms} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
