/** The built CLI on the consortium family: --fix inserts the standard consortium clause; JSON and --print-facts show the facts read. */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSORTIUM_CLAUSE } from '../rules/consortium/silent';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const SQ = `---
tenderlint:
  kind: sq
  regime: pcr2015
---

# Selection Questionnaire: Home Library Service

## 1. Instructions

Complete every part of this questionnaire and return it through the portal.

## 2. Economic and financial standing

Bidders must have a minimum annual turnover of £80,000.
`;

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-consortium-'));
});

describe('consortium family through the CLI', () => {
  it('reports the silence in JSON with its fix, and --fix inserts the clause in the instructions', () => {
    writeFileSync(join(dir, 'sq.md'), SQ);
    const json = JSON.parse(run(dir, '--format', 'json', 'sq.md').stdout) as Array<{ messages: Array<{ ruleId: string; line: number; fix?: { text: string } }> }>;
    const silent = json[0]!.messages.find((m) => m.ruleId === 'consortium/silent');
    expect(silent?.line).toBe(7);
    expect(silent?.fix?.text).toContain(CONSORTIUM_CLAUSE);

    run(dir, '--fix', 'sq.md');
    const fixed = readFileSync(join(dir, 'sq.md'), 'utf8');
    expect(fixed).toBe(SQ.replace('through the portal.\n', `through the portal.\n\n${CONSORTIUM_CLAUSE}\n`));
    const after = JSON.parse(run(dir, '--format', 'json', '--include-info', 'sq.md').stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(after[0]!.messages.filter((m) => m.ruleId.startsWith('consortium/'))).toEqual([]);
  });

  it('reads numbered clauses in a plain-text tender', () => {
    writeFileSync(
      join(dir, 'tender.txt'),
      'INVITATION TO TENDER: COMMUNITY TRANSPORT\n\nIssued under the Public Contracts Regulations 2015.\n\n1. WHO MAY BID\n\n1.1 Tenders must be submitted by a single legal entity.\n1.2 Subcontracting will not be permitted.\n1.3 Each consortium member must individually meet the minimum turnover of £300,000.\n',
    );
    const json = JSON.parse(run(dir, '--format', 'json', 'tender.txt').stdout) as Array<{ messages: Array<{ ruleId: string; line: number; severity: number }> }>;
    const mine = json[0]!.messages.filter((m) => m.ruleId.startsWith('consortium/')).map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
    expect(mine).toEqual(['7 consortium/prohibited 2', '8 consortium/subcontracting 1', '9 consortium/per-member-standing 1']);
  });

  it('--print-facts shows what the document says about consortia', () => {
    writeFileSync(join(dir, 'itt.md'), `${SQ}\nBids from consortia are welcome. Each consortium member must individually meet the minimum turnover.\n`);
    const out = run(dir, '--print-facts', 'itt.md').stdout;
    expect(out).toContain('Consortium:');
    expect(out).toContain('group bids: permitted (line 17)');
    expect(out).toContain('financial standing of a group: each member separately (line 17)');
  });
});
