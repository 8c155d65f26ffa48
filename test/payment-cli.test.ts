/** The built CLI on the payment family: --print-facts shows the payment facts read, JSON carries the findings, and Word files are read like Markdown. */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToDocx } from './docx/helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const TERMS = `---
tenderlint:
  kind: contract
  regime: pcr2015
---

# Terms and Conditions: Befriending Service

The Council shall pay each valid invoice within 45 days of receipt.

The Council may terminate this Contract at any time without reason by giving the Provider three months' written notice.

Under payment by results, 90% of the price is at risk.
`;

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
});

describe('payment through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-payment-'));

  it('--print-facts shows the payment period, the break right and the share at risk', () => {
    writeFileSync(join(dir, 'terms.md'), TERMS);
    const out = run(dir, '--print-facts', '--include-info', 'terms.md').stdout;
    expect(out).toContain('Payment and risk:');
    expect(out).toContain('payment period (to the contractor): 45 days from invoice (line 9)');
    expect(out).toContain('termination without cause: buyer, notice three months');
    expect(out).toContain('payment by results: "payment by results", 90% at risk (line 13)');
    expect(out).toMatch(/payment\/payment-days/);
  });

  it('JSON output carries each rule once, with its line', () => {
    writeFileSync(join(dir, 'terms.md'), TERMS);
    const r = run(dir, '--format', 'json', '--include-info', 'terms.md');
    const files = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    const mine = files[0]!.messages.filter((m) => m.ruleId.startsWith('payment/')).map((m) => `${m.line} ${m.ruleId}`);
    expect(mine.sort()).toEqual(['11 payment/one-way-break', '13 payment/pbr-end-loaded', '9 payment/payment-days']);
    expect(r.code).toBe(1);
  });

  it('reads a plain-text agreement whose kind is not stated, as contract terms', () => {
    const text = [
      'SERVICE AGREEMENT: EMPLOYMENT SUPPORT',
      '',
      '1.1 The Service Provider shall be paid on a payment by results basis. 100% of the contract value is dependent on the achievement of sustained job outcomes.',
      '',
      '1.2 The Authority shall pay undisputed invoices within 60 days of the end of the month in which they are received.',
      '',
      "2.1 The Authority may terminate this Agreement at any time for convenience by giving one month's written notice.",
      '',
      '2.2 The Service Provider shall indemnify the Authority against all losses. The Service Provider shall comply with all laws. The Service Provider shall keep records. The Service Provider shall ensure its staff are trained.',
      '',
    ].join('\n');
    const sub = mkdtempSync(join(tmpdir(), 'tenderlint-payment-txt-'));
    writeFileSync(join(sub, 'agreement.txt'), text);
    const files = JSON.parse(run(sub, '--format', 'json', '--include-info', 'agreement.txt').stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    const mine = files[0]!.messages.filter((m) => m.ruleId.startsWith('payment/')).map((m) => `${m.line} ${m.ruleId}`);
    expect(mine.sort()).toEqual(['3 payment/pbr-end-loaded', '5 payment/payment-days', '7 payment/one-way-break']);
  });

  it('reads a Word file like Markdown', async () => {
    const { buffer } = await markdownToDocx('# Terms and Conditions: Befriending Service\n\nThe Council shall pay each valid invoice within 45 days of receipt.\n');
    writeFileSync(join(dir, 'terms.docx'), buffer);
    writeFileSync(join(dir, '.tenderlintrc.json'), JSON.stringify({ settings: { kind: 'contract' } }));
    const out = run(dir, '--format', 'json', 'terms.docx').stdout;
    const files = JSON.parse(out) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(files[0]!.messages.map((m) => m.ruleId)).toContain('payment/payment-days');
  });
});
