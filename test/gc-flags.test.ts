/**
 * The CLI's garbage-collection flag (host/gc-flags.ts): when it applies, and that a process which has set it keeps
 * working through full collections of a heap that existed before (the broader --single-threaded-gc aborts there).
 * On a machine with more than four cores the CLI leaves the flag alone, and the process checks pass trivially.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_WORKERS, markOnOwnThreads, workersTakeEveryCore } from '../host/gc-flags';
import { workerCount } from '../host/run';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

/** A heap with a million objects in it, so that V8 has marking to do. */
const BUSY = 'const k0=[];for(let i=0;i<1e6;i++)k0.push({i});';

/** Makes garbage that lives through scavenges and forces full collections, then prints `ok`. */
const COLLECT = 'const k=[];for(let r=0;r<4;r++){for(let i=0;i<3e5;i++)k.push({i,s:"x"+i});gc();k.length=0;}console.log("ok")';

function node(args: string[]): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('marking on the workers own threads', () => {
  it.each([
    [1, true],
    [2, true],
    [4, true],
    [5, false],
    [16, false],
  ])('with %i cores, a worker run takes every core: %s', (cores, expected) => {
    expect(workersTakeEveryCore(cores)).toBe(expected);
  });

  it('never starts more workers on its own than MAX_WORKERS', () => {
    expect(workerCount(10_000)).toBe(Math.min(availableParallelism(), MAX_WORKERS));
  });

  it('leaves the flag alone where workers leave cores free', () => {
    expect(markOnOwnThreads(MAX_WORKERS + 4)).toBe(false);
  });

  it.skipIf(!existsSync(CLI))('the bundled CLI, loaded first or into a busy heap (where it sets the flag on machines of up to four cores), keeps its process working through full collections afterwards (skipped before `npm run build` writes dist/)', () => {
    // Loaded first thing, as the `tenderlint` command does.
    let r = node(['--expose-gc', '-e', `require(${JSON.stringify(CLI)});${COLLECT}`]);
    expect(r.stderr).not.toContain('Fatal error');
    expect([r.code, r.signal, r.stdout.trim()]).toEqual([0, null, 'ok']);
    // Loaded after a million objects, so that a marking cycle may be under way when the flag is set (as in the
    // GitHub Action, which loads the CLI's bundle from its own).
    for (let i = 0; i < 3; i++) {
      r = node(['--expose-gc', '-e', `${BUSY}require(${JSON.stringify(CLI)});${COLLECT}`]);
      expect(r.stderr).not.toContain('Fatal error');
      expect([r.code, r.signal, r.stdout.trim()]).toEqual([0, null, 'ok']);
    }
  });

  it('would abort with the broader --single-threaded-gc: the check above can fail', () => {
    const r = node(['--expose-gc', '-e', `${BUSY}require('v8').setFlagsFromString('--single-threaded-gc');${COLLECT}`]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('ok');
  });
});
