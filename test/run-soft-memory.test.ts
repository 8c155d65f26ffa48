/**
 * Workers start with a soft old-generation limit below the memory budget (host/run.ts): a document that runs out
 * of it is checked again, on its own, in a worker given the whole budget, and gets the findings of any other run.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInWorkers, type Budget } from '../host/run';
import type { LintFileOutcome } from '../host/lint-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = join(ROOT, 'dist', 'worker.cjs');

/** One paragraph of many dates: tens of MB of facts to check, well within the budget. */
function manyDates(count: number): string {
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(`${1 + (i % 28)} March 2027`);
  return `# Timetable\n\nKey dates: ${dates.join(' ')}\n`;
}

const summary = (outcomes: LintFileOutcome[]) =>
  outcomes.map((o) => (o.kind === 'result' ? o.result.findings.map((f) => `${f.ruleId}@${f.range.start.offset}`) : [o.kind]));

// The workers run the bundled worker script: `npm test` builds it first; a bare `vitest run` before any build skips
// this suite and says why in its title.
const BUILT = existsSync(WORKER);
const TITLE = `soft memory limit of the CLI workers${BUILT ? '' : ' (skipped: dist/worker.cjs is not built; run npm run build)'}`;

describe.skipIf(!BUILT)(TITLE, () => {
  it('checks a document that outgrows the soft limit again with the whole budget, in order with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-soft-'));
    const files = ['a.md', 'dates.md', 'b.md', 'c.md'].map((f) => join(dir, f));
    writeFileSync(files[0]!, '# Invitation to Tender\n\nTenders must be returned by [insert date].\n');
    writeFileSync(files[1]!, manyDates(40_000));
    writeFileSync(files[2]!, '# Invitation to Tender\n\nThe contract is worth £90,000 including VAT.\n');
    writeFileSync(files[3]!, '# Invitation to Tender\n\nTenders must be returned by [insert date].\n');
    const run = (budget: Budget) => runInWorkers(files, {}, 2, WORKER, undefined, { maxTimeMs: 120_000, ...budget });
    const whole = await run({ maxMemoryMb: 2048, softMemoryMb: 4096 });
    const soft = await run({ maxMemoryMb: 2048, softMemoryMb: 40 });
    expect(summary(whole).flat()).not.toContain('tenderlint/too-complex');
    expect(summary(soft)).toEqual(summary(whole));
    // With no more than the soft limit as the budget, the same document is abandoned as too large.
    const held = await run({ maxMemoryMb: 40 });
    expect(summary(held)[1]).toEqual(['tenderlint/too-complex@0']);
    expect(summary(held)[0]).toEqual(summary(whole)[0]);
  }, 240_000);
});
