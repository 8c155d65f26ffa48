/**
 * A failure while reading facts (which, unlike a rule, is not guarded one by one) becomes one fatal finding naming
 * the file, not an exception out of `lintFile`: the rest of a run goes on. The fuzz suite found such a throw (a
 * weight cell holding a lone CR); here fact extraction is made to fail on purpose.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('../core/facts/extract', async (original) => {
  const actual = await original<typeof import('../core/facts/extract')>();
  return {
    ...actual,
    extractFacts: (...args: Parameters<typeof actual.extractFacts>) => {
      if (args[0].text.includes('FAIL HERE')) throw new Error('simulated failure');
      return actual.extractFacts(...args);
    },
  };
});

const { lintFile } = await import('../host/lint-file');
const { ConfigCache } = await import('../host/config-files');
const { rules } = await import('../rules/index');

const dir = mkdtempSync(join(tmpdir(), 'tenderlint-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lintFile', () => {
  it('turns a failure while checking into one fatal finding naming the file, and checks the next file', async () => {
    const bad = join(dir, 'bad.md');
    const good = join(dir, 'good.md');
    writeFileSync(bad, '# Tender\n\nFAIL HERE\n');
    writeFileSync(good, '# Tender\n\nThe contract value is £50,000.\n');
    const configs = new ConfigCache(rules);
    const out = await lintFile(bad, { rules, configs });
    expect(out.kind).toBe('result');
    if (out.kind !== 'result') return;
    expect(out.result.findings).toHaveLength(1);
    expect(out.result.findings[0]).toMatchObject({ ruleId: 'tenderlint/internal', fatal: true });
    expect(out.result.findings[0]!.message).toContain('bad.md: internal error while checking (simulated failure)');
    const next = await lintFile(good, { rules, configs });
    expect(next.kind === 'result' && next.result.findings.every((f) => !f.fatal)).toBe(true);
  });
});
