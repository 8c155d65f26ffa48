/** The built CLI on the response family: --print-facts lists each question with its limit, count and state; JSON carries the findings; Word forms and plain text are read like Markdown. */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Paragraph, Table, TableCell, TableRow, TextRun, HeadingLevel, wordDocument } from './docx/helpers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const BID = `# Tender Response: Young Carers Service

## Question 1: Experience (maximum 25 words)

We have supported young carers in the borough since 2012, and last year 184 young carers joined our clubs and holiday trips.

## Question 2: Safeguarding (maximum 12 words)

We hope to train every volunteer in safeguarding before they start working with children and their families.

## Question 3: Partnership

We have signed a letter of intent with the prime contractor to deliver the schools strand.

## Question 4: Mobilisation (maximum 200 words)

TBC
`;

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

type Files = Array<{ messages: Array<{ ruleId: string; line: number; message: string; suggestions?: unknown[] }> }>;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
});

describe('response through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-response-'));

  it('--print-facts shows the kind and each question with its limit, count and state', () => {
    writeFileSync(join(dir, 'bid.md'), BID);
    const out = run(dir, '--print-facts', '--include-info', 'bid.md').stdout;
    expect(out).toContain('kind response (detected)');
    expect(out).toContain('Bid response:');
    expect(out).toContain('question "Question 1: Experience (maximum 25 words)" (line 3): 22 / 25 words, answered');
    expect(out).toContain('question "Question 2: Safeguarding (maximum 12 words)" (line 7): 17 / 12 words, over the limit');
    expect(out).toContain('question "Question 4: Mobilisation (maximum 200 words)" (line 15): 1 / 200 words, placeholder only');
  });

  it('JSON output carries each finding with its line, and the suggestion', () => {
    writeFileSync(join(dir, 'bid.md'), BID);
    const r = run(dir, '--format', 'json', '--include-info', 'bid.md');
    const files = JSON.parse(r.stdout) as Files;
    const mine = files[0]!.messages.filter((m) => m.ruleId.startsWith('response/'));
    expect(mine.map((m) => `${m.line} ${m.ruleId}`).sort()).toEqual([
      '13 response/letter-of-intent',
      '17 response/unanswered',
      '7 response/word-limit',
      '9 response/weak-commitment',
    ]);
    expect(mine.find((m) => m.ruleId === 'response/weak-commitment')!.suggestions?.length).toBe(2);
    expect(r.code).toBe(1);
  });

  it('reads plain text the same way', () => {
    const sub = mkdtempSync(join(tmpdir(), 'tenderlint-response-txt-'));
    writeFileSync(join(sub, 'bid.txt'), BID.replace(/^#+ /gm, ''));
    writeFileSync(join(sub, '.tenderlint.json'), JSON.stringify({ settings: { kind: 'response' } }));
    const files = JSON.parse(run(sub, '--format', 'json', '--include-info', 'bid.txt').stdout) as Files;
    expect(files[0]!.messages.filter((m) => m.ruleId.startsWith('response/')).map((m) => `${m.line} ${m.ruleId}`).sort()).toEqual([
      '13 response/letter-of-intent',
      '17 response/unanswered',
      '7 response/word-limit',
      '9 response/weak-commitment',
    ]);
  });

  it('reads a Word response form: a question cell, a "Supplier response" label and the answer beneath', async () => {
    const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const buffer = await wordDocument([
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Tender Response Form: Young Carers Service')] }),
      new Table({
        rows: [
          ['Question 1: Describe how you will reach young carers not yet known to services (maximum 10 words).'],
          ['Supplier response'],
          ['We will run a drop-in at every secondary school in the borough each term.'],
        ].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [para(t)] })) })),
      }),
    ]);
    writeFileSync(join(dir, 'form.docx'), buffer);
    const files = JSON.parse(run(dir, '--format', 'json', 'form.docx').stdout) as Files;
    const over = files[0]!.messages.find((m) => m.ruleId === 'response/word-limit')!;
    expect(over.message).toContain('14 words against a limit of 10');
    const facts = run(dir, '--print-facts', 'form.docx').stdout;
    expect(facts).toContain('14 / 10 words, over the limit');
  });
});
