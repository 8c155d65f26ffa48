/**
 * Questions about a check's facts (server/held.ts) when the check asked about was replaced while the question
 * waited: the check worker keeps only the newest check of a document, so a hover, hint or facts request queued
 * behind a new check of the same document (after a settings change, say) must be answered from that newer check,
 * not with nothing. Checks run through the runner the server uses without a worker, with the same held numbers.
 */
import { describe, expect, it } from 'vitest';
import { Checker, type CheckResult } from '../server/checker';
import { InlineRunner } from '../server/check-runner';
import type { ServerContext } from '../server/context';
import { askHeld, factsOf } from '../server/held';
import { DEFAULT_SETTINGS } from '../server/protocol';

const uri = 'file:///tenders/itt.md';
const text = '# Invitation to tender\n\nTenders must be returned by 12 noon on Tuesday 4 May 2027. The contract is worth £250,000 a year.\n';

async function setup() {
  const runner = new InlineRunner();
  const config = new Checker().configFor(null, DEFAULT_SETTINGS);
  const check = async (held: number): Promise<CheckResult> => {
    const outcome = await runner.run({ op: 'lint', text, path: '/tenders/itt.md', fileConfig: config.fileConfig, uri, held }, { budgetMs: 0 });
    if (!('value' in outcome) || 'error' in outcome.value) throw new Error('check failed');
    return { ...outcome.value, version: 2, config };
  };
  const first = await check(1);
  const second = await check(2);
  let asked = 0;
  const ctx = {
    runner,
    // The first check is current when the question is asked; the newer one has landed by the time it is answered.
    currentResult: () => (asked++ === 0 ? first : second),
    documents: { get: () => undefined },
    settingsFor: async () => DEFAULT_SETTINGS,
    pathOf: () => '/tenders/itt.md',
  } as unknown as ServerContext;
  return { first, second, ctx };
}

describe('questions about a check that a newer check replaced', () => {
  it('keeps the facts of the newest check only, under its number', async () => {
    const { first, second } = await setup();
    expect(first.facts).toBeUndefined();
    expect(first.held).toBe(1);
    expect(second.held).toBe(2);
  });

  it('answers a facts question asked of the older check from the newer one', async () => {
    const { first, ctx } = await setup();
    ctx.currentResult(uri); // the question was asked while the first check was current
    const facts = await askHeld<'facts'>(ctx, first, uri, { op: 'facts' }, (held) => held.facts);
    expect(facts).not.toBeNull();
    expect(facts!.money.map((m) => m.amount)).toContain(250_000);
  });

  it('answers the tenderlint/facts request with the newer check and counts its findings', async () => {
    const { ctx } = await setup();
    const result = await factsOf(ctx, uri);
    expect(result).not.toBeNull();
    expect(result!.lines.join('\n')).toMatch(/250,000/);
  });

  it('answers nothing when no check of the document is current', async () => {
    const { first } = await setup();
    const ctx = { runner: new InlineRunner(), currentResult: () => null, documents: { get: () => undefined } } as unknown as ServerContext;
    expect(await factsOf(ctx, uri)).toBeNull();
    expect(await askHeld<'facts'>(ctx, first, uri, { op: 'facts' }, (held) => held.facts)).toBeNull();
  });
});
