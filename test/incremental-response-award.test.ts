/**
 * The response paragraphs and the award facts are kept between checks: a paragraph's evidence by block index (with
 * everything it was made from: text, offsets, column, text-to-source map, line breaks, link, fact spans), the
 * social value question shapes and descriptor-line scores by text, and each table's scale by table index with its
 * header and cell texts. These edits change one of those inputs and nothing else around the block, or move blocks
 * of the same text about, and the check after each must equal a fresh one.
 */
import { describe, expect, it } from 'vitest';
import type { ChunkCache } from '../core/model/markdown';
import { clearTextMemos } from '../core/model/memo';
import { checkText, expectEditsMatchFreshChecks as expectEditsMatch, outcome } from './helpers/incremental';

/** Checked as a bid response's file. */
const AS_RESPONSE = { path: 'response.md' };

function factsOf(text: string): ReturnType<typeof checkText>['facts'] {
  clearTextMemos();
  return checkText(text, undefined, AS_RESPONSE).facts;
}

/** Each version checked through one chunk cache (and the memos of the last) equals a fresh check of it. */
function expectEditsMatchFreshChecks(start: string, edits: ReadonlyArray<(text: string) => string>): void {
  // Back to the incremental state after each fresh check: the next edit is checked after this one, as in the editor.
  expectEditsMatch(start, edits, { outcome: (text: string, cache?: ChunkCache) => outcome(text, cache, AS_RESPONSE), clearFirst: true, backToIncremental: true });
}

/** Replaces the one occurrence of `from` (failing the test if there is not exactly one). */
function swap(from: string, to: string): (text: string) => string {
  return (text) => {
    expect(text.split(from).length - 1, from).toBe(1);
    return text.replace(from, to);
  };
}

const RESPONSE = [
  '---',
  'tenderlint:',
  '  kind: response',
  '  template: true ',
  '---',
  '',
  '# Tender response',
  '',
  '## Question 1: Service delivery (maximum 500 words)',
  '',
  'We will charge [insert price, for example £500 a month] for the service and have run it since 2014 for 212 older people.',
  '',
  'See our [figures](https://a.bc/report) online.',
  '',
  'Our team made 9,812 calls in 2025, 81% of them within two days.',
  '',
  '## Question 2: Staffing (maximum 300 words)',
  '',
  '| Role | Cost |',
  '| --- | --- |',
  '| Coordinator | £500 |',
  '| Volunteer | £500 |',
  '| Manager | £500 |',
  '',
  'Our coordinators are passionate about the service.',
  '',
  'Our coordinators are passionate about the service.',
  '',
  'Our coordinators are passionate about the service.',
  '',
  '## Social value',
  '',
  'Describe how you will create local jobs and apprenticeships for young people each year?',
  '',
  '## Scoring',
  '',
  '| Score | Descriptor |',
  '| --- | --- |',
  '| 5 | Excellent response with full detail |',
  '| 3 | Good response with some detail |',
  '| 0 | No response given at all |',
  '',
  '- 4 – Excellent: fully meets the requirement',
  '- 2 – Good: mostly meets the requirement',
  '- 0 – Unacceptable: does not meet it',
  '',
].join('\n');

describe('response paragraphs and award facts after edits equal a fresh check', () => {
  it('a placeholder read as a value or not (the template setting, same length): the block keeps its text but not its facts', () => {
    const before = factsOf(RESPONSE);
    const after = factsOf(swap('template: true ', 'template: false')(RESPONSE));
    const kinds = (f: typeof before) => f.response.paragraphs.flatMap((p) => p.evidence.map((e) => e.kind));
    expect(kinds(before)).not.toEqual(kinds(after));
    expectEditsMatchFreshChecks(RESPONSE, [swap('template: true ', 'template: false'), swap('template: false', 'template: true ')]);
  });

  it('a link target made and unmade at the same length: the plain text and its map are the same', () => {
    const before = factsOf(RESPONSE);
    const after = factsOf(swap('(https://a.bc/report)', '(httpx://a.bc/report)')(RESPONSE));
    const sources = (f: typeof before) => f.response.paragraphs.flatMap((p) => p.evidence.filter((e) => e.text === 'link'));
    expect(sources(before)).toHaveLength(1);
    expect(sources(after)).toHaveLength(0);
    expectEditsMatchFreshChecks(RESPONSE, [
      swap('(https://a.bc/report)', '(httpx://a.bc/report)'),
      swap('(httpx://a.bc/report)', '(https://a.bc/report)'),
    ]);
  });

  it('a paragraph indented by a space (its column changes) and back, and a line inserted above it', () => {
    expectEditsMatchFreshChecks(RESPONSE, [
      swap('\nOur team made', '\n Our team made'),
      swap('\n Our team made', '\nOur team made'),
      swap('\nWe will charge', '\nIntroduction.\n\nWe will charge'),
      swap('\nWe will charge', '\n  We will charge'),
      swap('\nIntroduction.\n\n', '\n'),
    ]);
  });

  it('a line break inside a block moved (in a comment the text leaves out): the same text and map, other lines', () => {
    const text = `${RESPONSE}\nWe ran 40 sessions <!-- a b --> and made 12 visits in 2024.\n`;
    expectEditsMatchFreshChecks(text, [
      swap('<!-- a b -->', '<!-- a\nb -->'),
      swap('<!-- a\nb -->', '<!-- a b -->'),
      swap('# Tender response', '# Tender response\n\nDraft.'),
      swap('<!-- a b -->', '<!-- a\nb -->'),
      swap('\n\nDraft.', ''),
    ]);
  });

  it('a block moved by an edit above it keeps its markers shifted, in characters and in lines', () => {
    expectEditsMatchFreshChecks(RESPONSE, [
      swap('# Tender response', '# Tender response (draft)'),
      swap('# Tender response (draft)', '# Tender response\n\nDraft.'),
      swap('\n\nDraft.', ''),
    ]);
  });

  it('blocks of the same text inserted, removed and swapped several at a time', () => {
    const same = 'Our coordinators are passionate about the service.';
    const costly = 'We spent £500 on 40 sessions in 2024, 12% more than planned.';
    expectEditsMatchFreshChecks(RESPONSE, [
      swap(`${same}\n\n## Social`, `${same}\n\n${costly}\n\n${costly}\n\n${costly}\n\n## Social`),
      swap(`## Question 2`, `${costly}\n\n${same}\n\n${costly}\n\n${same}\n\n${costly}\n\n${same}\n\n${costly}\n\n## Question 2`),
      (t) => t.replace(`${costly}\n\n${same}\n\n${costly}\n\n`, ''),
      (t) => t.replace(`${same}\n\n${same}\n\n`, `${costly}\n\n${same}\n\n`),
      (t) => t.split(`${costly}\n\n`).join(''),
      swap('| Volunteer | £500 |', '| Volunteer | £600 |'),
      swap('| Coordinator | £500 |\n', ''),
    ]);
  });

  it('a social value question whose section heading changes, and a question whose wording changes', () => {
    const question = 'Describe how you will create local jobs and apprenticeships for young people each year?';
    expect(factsOf(RESPONSE).award.socialValueQuestions.map((q) => q.text)).toEqual([question]);
    expectEditsMatchFreshChecks(RESPONSE, [
      swap('## Social value', '## Delivery plan'),
      swap('## Delivery plan', '## Community benefits'),
      swap(question, 'Describe how you will create local jobs for people each year?'),
      swap('## Community benefits', '## Social value'),
    ]);
  });

  it('a scoring table whose header or cells change, and descriptor lines changed, added or removed', () => {
    expect(factsOf(RESPONSE).award.scales.map((s) => [s.descriptors, s.min, s.max])).toEqual([
      ['table', 0, 5],
      ['text', 0, 4],
    ]);
    expectEditsMatchFreshChecks(RESPONSE, [
      swap('| Score | Descriptor |', '| Points | Notes |'),
      swap('| 5 | Excellent', '| 7 | Excellent'),
      swap('| 0 | No response', '| 9 | No response'),
      swap('| Points | Notes |', '| Score | Descriptor |'),
      swap('- 2 – Good', '- 3 – Good'),
      swap('- 0 – Unacceptable: does not meet it\n', ''),
      swap('- 4 – Excellent', '- 1 – Excellent'),
      swap('| 3 | Good response with some detail |\n', '| 3 | Good response with some detail |\n| 1 | Poor response with little detail |\n'),
    ]);
  });

  it('random edits to a response with repeated blocks', () => {
    // A small seeded generator, so that a failure repeats.
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      'Our coordinators are passionate about the service.',
      'We spent £500 on 40 sessions in 2024, 12% more than planned.',
      'See our [figures](https://a.bc/report) online.',
      '| Coordinator | £500 |',
      '- 3 – Good: mostly meets the requirement',
      'Describe how you will create local jobs and apprenticeships for young people each year?',
    ];
    const edits: Array<(text: string) => string> = [];
    for (let i = 0; i < 25; i++) {
      const kind = Math.floor(random() * 4);
      const n = 1 + Math.floor(random() * 4);
      const where = random();
      edits.push((text) => {
        const paragraphs = text.split('\n\n');
        // Never the front matter (the first piece).
        const at = 1 + Math.floor(where * (paragraphs.length - 1));
        if (kind === 0) {
          const added = Array.from({ length: n }, (_, k) => pieces[(at + k) % pieces.length]!);
          paragraphs.splice(at, 0, ...added);
        } else if (kind === 1 && paragraphs.length > 12) {
          paragraphs.splice(at, Math.min(n, paragraphs.length - at - 1));
        } else if (kind === 2) {
          paragraphs[at] = ` ${paragraphs[at]!}`;
        } else {
          paragraphs[at] = `${paragraphs[at]!} Also ${n * 100} words.`;
        }
        const next = paragraphs.join('\n\n');
        return next === text ? `${text}\nEnd ${i}.\n` : next;
      });
    }
    expectEditsMatchFreshChecks(RESPONSE, edits);
  });
});
