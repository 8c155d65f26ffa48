/**
 * What the incremental-checking tests compare: a check's findings, facts and settings as plain data, and a run of
 * edits each checked through one chunk cache (as the language server does) against a fresh check of its text.
 */
import { expect } from 'vitest';
import type { FileConfig } from '../../core/config/types';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { ChunkCache, parseMarkdown } from '../../core/model/markdown';
import { clearTextMemos } from '../../core/model/memo';
import { rules } from '../../rules/index';

const configs = new Map<string, FileConfig>();

function configFor(path: string, template: boolean): FileConfig {
  const key = `${path}\u0000${template}`;
  let config = configs.get(key);
  if (!config) configs.set(key, (config = resolveFileConfig(rules, template ? { settings: { template: true } } : {}, path)));
  return config;
}

export interface CheckAs {
  /** The file name the text is checked as (default `tender.md`). */
  path?: string;
  /** Checked as a template (`settings: { template: true }`). */
  template?: boolean;
}

/** The check of `text` (through `cache` when given) with the default config for `path`. */
export function checkText(text: string, cache?: ChunkCache, { path = 'tender.md', template = false }: CheckAs = {}) {
  return lintDocument(parseMarkdown(text, path, 'markdown', { cache }), configFor(path, template), rules);
}

/** Findings, facts and settings of the check of `text`, as plain data without the model's identity. */
export function outcome(text: string, cache?: ChunkCache, as: CheckAs = {}): string {
  const out = checkText(text, cache, as);
  return JSON.stringify({ findings: out.findings, facts: out.facts, settings: out.settings });
}

export interface EditRun {
  /** What is compared (default `outcome`). */
  outcome?: (text: string, cache?: ChunkCache) => string;
  /** Every edit must change the text (default); otherwise at least `changedAtLeast` of them must. */
  everyEditChanges?: boolean;
  changedAtLeast?: number;
  /** Empty the memos before the first check. */
  clearFirst?: boolean;
  /** After each fresh check, check the text again through the cache, so the next edit finds the memos as typing leaves them. */
  backToIncremental?: boolean;
}

/**
 * Applies `edits` one after another from `start`, checking each version through one chunk cache, and expects each
 * to equal a fresh check of its text (the memos emptied first).
 */
export function expectEditsMatchFreshChecks(start: string, edits: ReadonlyArray<(text: string) => string>, run: EditRun = {}): void {
  const { outcome: compare = outcome, everyEditChanges = true, changedAtLeast = 0, clearFirst = false, backToIncremental = false } = run;
  if (clearFirst) clearTextMemos();
  let text = start;
  const cache = new ChunkCache();
  compare(text, cache);
  let changed = 0;
  for (const edit of edits) {
    const next = edit(text);
    if (everyEditChanges) expect(next).not.toEqual(text);
    if (next !== text) changed++;
    text = next;
    const incremental = compare(text, cache);
    clearTextMemos();
    expect(incremental).toEqual(compare(text));
    if (backToIncremental) {
      clearTextMemos();
      compare(text, cache);
    }
  }
  expect(changed).toBeGreaterThanOrEqual(changedAtLeast);
}
