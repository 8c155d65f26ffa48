/**
 * Checks of an open document sent to the check worker as the edits since its last text (server/text-delta.ts),
 * through the runner the server uses with the bundled worker (`dist/check-worker.cjs`, built by `npm test` first),
 * and through the server over JSON-RPC with incremental changes: the findings must be those of the whole text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Checker, type CheckOutput } from '../server/checker';
import { InlineRunner, WorkerRunner, type Outcome } from '../server/check-runner';
import { DEFAULT_SETTINGS } from '../server/protocol';
import { ChangeLog, applySplices, type Splice } from '../server/text-delta';
import { ROOT, TestClient } from './helpers/lsp-client';
import { smallTender } from './helpers/small-tender';

const WORKER = join(ROOT, 'dist', 'check-worker.cjs');
const uri = 'file:///tenders/itt.md';
const path = '/tenders/itt.md';
const fileConfig = new Checker().configFor(null, DEFAULT_SETTINGS).fileConfig;

const findingsOf = (outcome: Outcome<CheckOutput>): string[] => {
  if (!('value' in outcome)) throw new Error(`check not made: ${JSON.stringify(outcome)}`);
  return outcome.value.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message}`);
};

/** The findings of `text` checked whole, in this thread. */
async function wholeFindings(text: string): Promise<string[]> {
  return findingsOf(await new InlineRunner().run({ op: 'lint', text, path, fileConfig }, { budgetMs: 0 }));
}

describe('the check worker given edits', () => {
  const runners: WorkerRunner[] = [];
  afterEach(() => {
    for (const r of runners.splice(0)) r.dispose();
  });

  function setup() {
    const changes = new ChangeLog();
    const runner = new WorkerRunner(WORKER, () => undefined, { changes });
    runners.push(runner);
    let text = smallTender({ turnover: '£2,000,000' });
    changes.replaced(uri);
    const edit = (splice: Splice): void => {
      text = applySplices(text, [splice])!;
      changes.record(uri, splice);
    };
    const check = async (): Promise<string[]> => findingsOf(await runner.run({ op: 'lint', text, path, fileConfig, uri, edits: changes.last(uri), held: 1 }, { budgetMs: 0 }));
    return { changes, runner, edit, check, text: () => text };
  }

  it('checks the text the edits make, sending only the edits after the first check', async () => {
    const { runner, edit, check, text } = setup();
    expect(await check()).toEqual(await wholeFindings(text()));
    // The turnover demand raised, then payment terms made fair: each check sees the text as edited.
    const at = text().indexOf('£2,000,000');
    edit({ start: at, deleted: '£2,000,000'.length, inserted: '£9,000,000' });
    const raised = await check();
    expect(raised).toEqual(await wholeFindings(text()));
    edit({ start: text().indexOf('60 days'), deleted: 2, inserted: '30' });
    edit({ start: text().indexOf('Invoices'), deleted: 0, inserted: 'Correct ' });
    const fair = await check();
    expect(fair).toEqual(await wholeFindings(text()));
    expect(fair).not.toEqual(raised);
    expect(runner.sentWhole).toBe(1);
    expect(runner.sentAsEdits).toBe(2);
  });

  it('sends the whole text when the worker has another text than the edits were made from', async () => {
    const { changes, runner, edit, check, text } = setup();
    await check();
    // An edit recorded that the text does not have: the worker finds the length wrong and asks for the whole text.
    changes.record(uri, { start: 0, deleted: 0, inserted: 'not in the text ' });
    edit({ start: text().indexOf('three years'), deleted: 'three'.length, inserted: 'two' });
    expect(await check()).toEqual(await wholeFindings(text()));
    expect(runner.sentWhole).toBe(2);
    expect(runner.sentAsEdits).toBe(1);
  });

  it('sends the whole text after the document was closed and opened again', async () => {
    const { changes, runner, check, text } = setup();
    await check();
    runner.forget(uri);
    changes.forget(uri);
    changes.replaced(uri);
    expect(await check()).toEqual(await wholeFindings(text()));
    expect(runner.sentWhole).toBe(2);
    expect(runner.sentAsEdits).toBe(0);
  });
});

describe('the server given incremental changes over JSON-RPC', () => {
  let client: TestClient | null = null;
  afterEach(async () => {
    await client?.stop();
    client = null;
  });

  const describeAll = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();

  it('publishes for each edited version the diagnostics of its whole text', async () => {
    client = await TestClient.start();
    const c = client;
    const edited = 'file:///tenders/edited.md';
    const fresh = 'file:///tenders/fresh.md';
    const text = smallTender({ turnover: '£2,000,000', sections: [['Staff transfer', 'TUPE may apply to this contract.']] });
    await c.open(edited, text);
    await c.waitFor(() => c.diagnosticsFor(edited, 1), 'diagnostics of version 1');
    // Keystrokes spread through the document, a deletion across a line break and two changes in one notification.
    const lines = text.split('\n');
    const turnoverLine = lines.findIndex((l) => l.includes('£2,000,000'));
    const paymentLine = lines.findIndex((l) => l.startsWith('Invoices'));
    const changes = [
      [{ range: { start: { line: turnoverLine, character: lines[turnoverLine]!.indexOf('£2') + 1 }, end: { line: turnoverLine, character: lines[turnoverLine]!.indexOf('£2') + 2 } }, text: '9' }],
      [{ range: { start: { line: paymentLine, character: 'Invoices will be paid within '.length }, end: { line: paymentLine, character: 'Invoices will be paid within 60'.length } }, text: '30' }],
      [
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'Revised ' },
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: 'r' },
      ],
      [{ range: { start: { line: paymentLine - 1, character: 0 }, end: { line: paymentLine, character: 0 } }, text: '' }],
    ];
    let version = 1;
    for (const contentChanges of changes) {
      version++;
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version }, contentChanges });
    }
    const last = await c.waitFor(() => c.diagnosticsFor(edited, version), `diagnostics of version ${version}`);
    // The same text opened whole in another document.
    const expectedText = text
      .replace('# Invitation', '# revised Invitation')
      .replace('£2,000,000', '£9,000,000')
      .replace('within 60 days', 'within 30 days')
      .replace(/\n\nInvoices/, '\nInvoices');
    await c.open(fresh, expectedText);
    const whole = await c.waitFor(() => c.diagnosticsFor(fresh, 1), 'diagnostics of the whole text');
    expect(describeAll(last.diagnostics)).toEqual(describeAll(whole.diagnostics));
    expect(last.diagnostics.length).toBeGreaterThan(0);
  });
});
