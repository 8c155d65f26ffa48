/**
 * The language server checks an edited document incrementally: unchanged chunks keep their trees and strings,
 * and the extractors, fact builders and phrase lists answer from what they remember of unchanged blocks and
 * sentences. After any run of edits the findings and facts must be exactly those of a fresh check of the text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkCache, parseMarkdown } from '../core/model/markdown';
import { lintDocument } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { clearTextMemos } from '../core/model/memo';
import { rules } from '../rules/index';

const root = join(__dirname, '..');
const sources = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples', f)),
  ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).map((f) => join(root, 'test', 'fixtures', f)),
];
const config = resolveFileConfig(rules, {}, 'tender.md');

/** Findings and facts as plain data, without the document model's identity. */
function outcome(text: string, cache?: ChunkCache): string {
  const out = lintDocument(parseMarkdown(text, 'tender.md', 'markdown', { cache }), config, rules);
  return JSON.stringify({ findings: out.findings, facts: out.facts, settings: out.settings });
}

/** Edits of the kinds typing makes: words added in prose, a line removed, a figure changed, a heading added. */
const edits: Array<(text: string) => string> = [
  (t) => t.replace(/\.\n/, '. Bidders must provide three years of audited accounts.\n'),
  (t) => t.replace(/\d+(?= days)/, '5'),
  (t) => t.replace(/\n\n[^\n#|][^\n]*\n/, '\n\n'),
  (t) => `${t}\n## Insurance\n\nPublic liability insurance of £10 million is required before award.\n`,
  (t) => t.replace(/tender/i, 'Tender'),
  (t) => t.replace(/## /, '## Part 1 '),
];

describe('incremental checking gives the findings and facts of a fresh check', () => {
  it.each(sources.map((s) => [s.slice(root.length + 1), s]))('%s', (_name, file) => {
    let text = readFileSync(file, 'utf8');
    const cache = new ChunkCache();
    outcome(text, cache);
    let changed = 0;
    for (const edit of edits) {
      const next = edit(text);
      if (next !== text) changed++;
      text = next;
      const incremental = outcome(text, cache);
      clearTextMemos();
      expect(incremental).toEqual(outcome(text));
    }
    expect(changed).toBeGreaterThan(2);
  });
});
