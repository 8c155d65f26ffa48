/**
 * ReDoS check: every regular expression of `core/` and `rules/` (see test/helpers/regexes.ts for how they are
 * collected) is analysed by recheck, which reports patterns whose matching time can grow exponentially or
 * polynomially with the input. A vulnerable pattern fails the test unless it is in `test/redos-allow.json` with the
 * reason it is tolerated.
 *
 * recheck takes about a second a pattern (its fuzzing checker, for patterns with look-arounds, is the slow one), so
 * the verdicts already given are kept in `test/redos-checked.json` (hashes of the patterns found safe, with the
 * recheck version) and only new or changed patterns are analysed here. `REDOS_FULL=1` ignores the kept verdicts;
 * `REDOS_UPDATE=1` rewrites the file with the verdicts of this run (run both after upgrading recheck).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { constructedRegexes, regexLiterals, type FoundRegex } from './helpers/regexes';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const DIRS = ['core', 'rules'];
const checkedFile = `${root}/test/redos-checked.json`;
const allowFile = `${root}/test/redos-allow.json`;
const recheckVersion = (JSON.parse(readFileSync(`${root}/node_modules/recheck/package.json`, 'utf8')) as { version: string }).version;

interface Allowed {
  hash: string;
  where: string;
  reason: string;
}

const hashOf = (r: { source: string; flags: string }): string => createHash('sha256').update(`${r.flags}/${r.source}`).digest('hex').slice(0, 16);

/** Flags that do not change how a pattern backtracks are dropped; `y` is dropped too, which is the stricter reading. */
const checkedFlags = (flags: string): string => flags.replace(/[gdy]/g, '');

async function collect(): Promise<FoundRegex[]> {
  const literals = regexLiterals(root, DIRS);
  const built = await constructedRegexes(root, DIRS, async () => {
    // Loading every rule loads the fact builders; checking the examples and the rules' own examples runs the
    // code that assembles patterns inside functions.
    const { lintWith } = await import('./helpers/lint');
    const { rules } = await import('../rules/index');
    for (const f of readdirSync(`${root}/examples`).filter((f) => f.endsWith('.md'))) lintWith(readFileSync(`${root}/examples/${f}`, 'utf8'));
    for (const rule of rules) {
      for (const ex of [...(rule.meta.examples?.invalid ?? []), ...(rule.meta.examples?.valid ?? [])]) lintWith(ex.text);
    }
  });
  const unique = new Map<string, FoundRegex>();
  for (const r of [...literals, ...built]) {
    const key = `${checkedFlags(r.flags)}/${r.source}`;
    if (!unique.has(key)) unique.set(key, { ...r, flags: checkedFlags(r.flags) });
  }
  return [...unique.values()];
}

describe('regular expressions', () => {
  it('the checker tells a catastrophic pattern from a safe one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(checkSync('(?<!\\d)\\d+\\s+KPIs', 'i', { randomSeed: 1 }).status).toBe('safe');
    expect(checkSync('\\d+\\s+KPIs', 'i', { randomSeed: 1 }).status).toBe('vulnerable');
  }, 120_000);

  it('none can backtrack catastrophically (recheck)', async () => {
    const patterns = await collect();
    // A sanity floor: the collection must actually find the project's patterns.
    expect(patterns.length).toBeGreaterThan(300);

    const kept = JSON.parse(readFileSync(checkedFile, 'utf8')) as { recheck: string; safe: string[] };
    const full = process.env.REDOS_FULL === '1' || kept.recheck !== recheckVersion;
    const safe = new Set(full ? [] : kept.safe);
    const allowed = new Map((JSON.parse(readFileSync(allowFile, 'utf8')) as Allowed[]).map((a) => [a.hash, a]));

    const failures: string[] = [];
    const nowSafe: string[] = [];
    for (const r of patterns) {
      const hash = hashOf(r);
      if (safe.has(hash)) {
        nowSafe.push(hash);
        continue;
      }
      if (allowed.has(hash)) continue;
      const result = checkSync(r.source, r.flags, { timeout: 20_000, randomSeed: 1 });
      if (result.status === 'safe') nowSafe.push(hash);
      else {
        const detail = result.status === 'vulnerable' ? `${result.complexity.summary}, e.g. ${result.attack.pattern}` : `not decided (${result.error.kind})`;
        failures.push(`${r.where} ${hash}: /${r.source.slice(0, 120)}/${r.flags} — ${detail}`);
      }
    }
    if (process.env.REDOS_UPDATE === '1') {
      writeFileSync(checkedFile, `${JSON.stringify({ recheck: recheckVersion, safe: [...new Set(nowSafe)].sort() }, null, 1)}\n`);
    }
    // Every allow-list entry must still be needed: a pattern fixed or removed leaves the list.
    const hashes = new Set(patterns.map(hashOf));
    const stale = [...allowed.values()].filter((a) => !hashes.has(a.hash)).map((a) => `${a.where} ${a.hash}`);
    expect(stale, 'allow-list entries whose pattern no longer exists').toEqual([]);
    expect(failures, 'patterns recheck reports as vulnerable (fix them, or allow one in test/redos-allow.json with the reason)').toEqual([]);
  }, 1_800_000);
});
