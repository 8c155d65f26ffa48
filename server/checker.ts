/**
 * Checks one document for the server: resolves the config in force (config file over editor settings),
 * runs the engine, and remembers the result per URI and version so that code actions, hovers and hints use
 * the findings the user is looking at.
 */
import { dirname, relative } from 'node:path';
import ignore from 'ignore';
import { resolveFileConfig } from '../core/config/resolve';
import type { ConfigData, FileConfig, PresetName, RuleEntry } from '../core/config/types';
import { fixText, lintDocument, type LintOutput } from '../core/engine/linter';
import type { Facts } from '../core/facts/types';
import { ChunkCache, parseMarkdown } from '../core/model/markdown';
import { clearTextMemos } from '../core/model/memo';
import type { TenderDocument } from '../core/model/types';
import { rules } from '../rules/index';
import { ConfigCache, ConfigError, type LoadedConfig } from '../host/config-files';
import { toPosix } from '../host/files';
import type { TenderlintSettings } from './protocol';

export interface ConfigInForce {
  fileConfig: FileConfig;
  /** The config file used, if any. */
  configFile: LoadedConfig | null;
  /** Set when the nearest config file is invalid: linting then uses the editor settings alone. */
  configError: ConfigError | null;
  preset: string;
  ignored: boolean;
}

/**
 * What code actions need of the parsed document: where the front matter ends, where each block is (HTML blocks
 * aside) and which table a table cell is in, and the lines of each table. The whole `TenderDocument` (every block's
 * text and segments) stays where the check ran, in the check worker; this is packed in typed arrays because the
 * main thread keeps one for every open document.
 */
export interface DocumentOutline {
  /** The offset where the front matter ends, or null without one. */
  frontMatterEnd: number | null;
  /** Per block other than HTML, in document order, three numbers: start offset, end offset, and for a table cell its table's number (else -1). */
  blocks: Int32Array;
  /** Per table, two numbers: its first and last line (1-based). */
  tables: Int32Array;
}

/**
 * A check's output as it crosses from the check worker: findings, settings and the document's outline, and the
 * facts only when the check was not of an open document. An open document's facts stay where they were read
 * (copying them to the main thread on every check cost more than some checks): `held` names them there, and
 * hovers, inlay hints and facts requests are answered from them (`Checker.held`). Only the documents checked or
 * asked about last keep them (`HELD_DOCUMENTS`): a question about another document's check reads it again there.
 */
export interface CheckOutput extends Omit<LintOutput, 'doc' | 'facts'> {
  doc: DocumentOutline;
  facts?: Facts;
  /** The number under which the checker keeps this check's facts, findings and settings for the open document. */
  held?: number;
}

/** The answer to a question about a check whose facts are no longer kept where it ran: read it again, then ask. */
export const DROPPED = 'dropped';
export type Dropped = typeof DROPPED;

/** What hovers, hints and the facts request read: a check's findings, facts and settings. */
export type HeldCheck = Pick<LintOutput, 'findings' | 'facts' | 'settings'>;

export interface CheckResult extends CheckOutput {
  version: number;
  config: ConfigInForce;
}

export function outlineOf(doc: TenderDocument): DocumentOutline {
  const kept = doc.blocks.filter((b) => b.kind !== 'html');
  const blocks = new Int32Array(kept.length * 3);
  kept.forEach((b, i) => {
    blocks[i * 3] = b.range.start.offset;
    blocks[i * 3 + 1] = b.range.end.offset;
    blocks[i * 3 + 2] = b.kind === 'tableCell' && b.table !== undefined ? b.table : -1;
  });
  const tables = new Int32Array(doc.tables.length * 2);
  doc.tables.forEach((t, i) => {
    tables[i * 2] = t.range.start.line;
    tables[i * 2 + 1] = t.range.end.line;
  });
  return { frontMatterEnd: doc.frontMatter ? doc.frontMatter.range.end.offset : null, blocks, tables };
}

function output(out: LintOutput): CheckOutput {
  return { findings: out.findings, facts: out.facts, settings: out.settings, doc: outlineOf(out.doc) };
}

let nextHeld = 1;

/** Editor settings as a config layer below the config file. */
export function editorConfig(settings: TenderlintSettings): ConfigData {
  const data: ConfigData = { extends: settings.preset };
  const rulesEntries: Record<string, RuleEntry> = {};
  for (const [id, severity] of Object.entries(settings.rules ?? {})) {
    if (rules.some((r) => r.meta.id === id)) rulesEntries[id] = severity;
  }
  data.rules = rulesEntries;
  data.settings = settings.documentSettings as ConfigData['settings'];
  return data;
}

/** The config file layered over the editor settings: the file wins wherever it says something. */
export function mergeConfig(editor: ConfigData, file: ConfigData | null): ConfigData {
  if (!file) return editor;
  return {
    extends: file.extends ?? editor.extends,
    settings: { ...editor.settings, ...file.settings },
    rules: { ...editor.rules, ...file.rules },
    overrides: file.overrides,
    ignorePatterns: file.ignorePatterns,
  };
}

function presetOf(data: ConfigData): string {
  const e = data.extends;
  const list = e === undefined ? [] : Array.isArray(e) ? e : [e];
  return list.length ? list.map((p) => p.replace(/^tenderlint:/, '')).join(' + ') : 'recommended';
}

/** How many documents keep their parsed chunks between checks. */
export const CHUNK_DOCUMENTS = 3;

/**
 * How many open documents keep their last check's facts, findings and settings in the check worker (those checked
 * or asked about last). Facts are the largest thing kept per document after the parsed chunks; a hover, hint,
 * facts or report request for a document whose facts were dropped has it checked again (the `rehold` job).
 */
export const HELD_DOCUMENTS = 3;

/** A first check slower than this is not followed by practice (the budget matters more than the first edits). */
const PRACTICE_AFTER_MS = 2000;

/**
 * Edit checks (real or practice) after which a checker's code is taken to be compiled: V8 has optimised the edit
 * paths after about this many (measured at 50,000 words: edits slow down two- to threefold for the first ten to
 * fifteen after start-up, whichever document they are in).
 */
export const WARM_EDIT_CHECKS = 12;

/** Practice may take at most this share of the first check's time (opening a document takes at most this much longer). */
const PRACTICE_SHARE = 0.6;

/** Where the practice edits go, as a share of the text: spread, so that different runs of blocks move. */
const PRACTICE_PLACES = [0.25, 0.6, 0.1, 0.8, 0.4, 0.95];

/**
 * After the first (whole) parse of an open document, edits at several places, each with its undo, are checked
 * through the document's chunk cache, and their results thrown away. The first check runs only the whole-document
 * paths; the paths an edit takes (chunks reused and shifted, facts found again by block, placed facts moved) would
 * otherwise be compiled by V8 during the user's first keystrokes, which then take two to three times as long as
 * later ones. The undo leaves the cache and the memos as the first check left them, for the same text. Each edit
 * doubles a space, as typing would, so that the blocks after it move. Practice stops when `enough` says so (asked
 * with the number of checks made so far, before each edit and its undo); returns the number of checks made.
 */
function practise(text: string, path: string, fileConfig: FileConfig, cache: ChunkCache, enough: (checks: number) => boolean): number {
  let checks = 0;
  for (const where of PRACTICE_PLACES) {
    if (enough(checks)) break;
    const at = text.indexOf(' ', Math.floor(text.length * where));
    if (at < 0) continue;
    lintDocument(parseMarkdown(`${text.slice(0, at)} ${text.slice(at)}`, path, 'markdown', { cache }), fileConfig, rules);
    lintDocument(parseMarkdown(text, path, 'markdown', { cache }), fileConfig, rules);
    checks += 2;
  }
  return checks;
}

export class Checker {
  private configs = new ConfigCache(rules);

  /** Forget cached config files (after a config file changes on disk). */
  resetConfigs(): void {
    this.configs = new ConfigCache(rules);
  }

  configFor(filePath: string | null, settings: TenderlintSettings): ConfigInForce {
    const editor = editorConfig(settings);
    let configFile: LoadedConfig | null = null;
    let configError: ConfigError | null = null;
    if (filePath) {
      try {
        configFile = this.configs.forFile(filePath);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        configError = err;
      }
    }
    const data = mergeConfig(editor, configFile?.data ?? null);
    const base = configFile?.dir ?? (filePath ? dirname(filePath) : '.');
    const rel = filePath ? toPosix(relative(base, filePath)) : 'untitled.md';
    let ignored = false;
    if (filePath && configFile?.data.ignorePatterns?.length) {
      // eslint-style: an ignored file gets no diagnostics in the editor either.
      ignored = isIgnored(configFile.data.ignorePatterns, rel);
    }
    return {
      fileConfig: resolveFileConfig(rules, data, rel),
      configFile,
      configError,
      preset: presetOf(data) as PresetName | string,
      ignored,
    };
  }

  /**
   * Parsed chunks of the documents checked most recently, so that an edit re-parses only the part it touched.
   * Only the last few are kept (least recently checked dropped first): the trees are the largest thing the server
   * holds for a document, and typing happens in one or two documents at a time; a document whose trees were
   * dropped is parsed whole once, on its next check.
   */
  private chunks = new Map<string, ChunkCache>();

  /** How many first checks were followed by practice edits (see `practise`). */
  practised = 0;
  /**
   * Edit checks made so far (of an open document whose chunks were kept, and practice ones): practice stops once
   * there have been `WARM_EDIT_CHECKS`, so only the first documents opened after start-up pay for it.
   */
  editChecks = 0;

  constructor(
    private readonly chunkDocuments = CHUNK_DOCUMENTS,
    private readonly heldDocuments = HELD_DOCUMENTS,
    /** Whether the first check of an open document is followed by a practice edit (see `practise`). */
    private readonly practice = true,
  ) {}

  /**
   * The documents whose texts the text memos (core/model/memo.ts) have taken in since they were last emptied. The
   * memos serve the documents being edited (an unchanged sentence costs a lookup); with many documents open they
   * would hold every document's sentences, several times what typing in a few of them needs. So when a document
   * other than these is checked and they already number `chunkDocuments`, the memos are emptied first.
   */
  private readonly memoDocuments = new Set<string>();

  private enterMemos(key: string): void {
    if (this.memoDocuments.has(key)) return;
    if (this.memoDocuments.size >= this.chunkDocuments) {
      clearTextMemos();
      this.memoDocuments.clear();
    }
    this.memoDocuments.add(key);
  }

  /** The documents whose texts the text memos hold (since they were last emptied), in the order they came. */
  get memoDocumentKeys(): string[] {
    return [...this.memoDocuments];
  }

  /** The documents whose parsed chunks are held, least recently checked first. */
  get chunkCacheUris(): string[] {
    return [...this.chunks.keys()];
  }

  /** The open documents whose last check is held, least recently checked or asked about first. */
  get heldUris(): string[] {
    return [...this.heldChecks.keys()];
  }

  /**
   * Checks Markdown text; `openUri` names an open document whose unchanged chunks may be reused and whose facts
   * are kept, under `heldId` when the caller numbers its checks (else the next number of this checker).
   */
  lintText(text: string, path: string, fileConfig: FileConfig, openUri?: string, heldId?: number): CheckOutput {
    let cache: ChunkCache | undefined;
    let whole = false;
    this.enterMemos(openUri ?? path);
    if (openUri) {
      whole = !this.chunks.has(openUri);
      cache = this.chunks.get(openUri) ?? new ChunkCache();
      // Map order is insertion order: re-inserting makes this the most recently checked document.
      this.chunks.delete(openUri);
      this.chunks.set(openUri, cache);
      for (const uri of this.chunks.keys()) {
        if (this.chunks.size <= this.chunkDocuments) break;
        this.chunks.delete(uri);
      }
    }
    const started = performance.now();
    const out = lintDocument(parseMarkdown(text, path, 'markdown', { cache }), fileConfig, rules);
    if (cache && !whole) this.editChecks++;
    const took = performance.now() - started;
    if (whole && cache && this.practice && this.editChecks < WARM_EDIT_CHECKS && took < PRACTICE_AFTER_MS) {
      const until = performance.now() + took * PRACTICE_SHARE;
      const checks = practise(text, path, fileConfig, cache, (done) => this.editChecks + done >= WARM_EDIT_CHECKS || performance.now() >= until);
      this.editChecks += checks;
      if (checks) this.practised++;
    }
    return this.keep(out, openUri, heldId);
  }

  /** Checks a parsed document (a DOCX); `openUri` names the open document whose facts are kept here. */
  lintDocument(doc: TenderDocument, fileConfig: FileConfig, openUri?: string, heldId?: number): CheckOutput {
    this.enterMemos(openUri ?? doc.path);
    return this.keep(lintDocument(doc, fileConfig, rules), openUri, heldId);
  }

  /**
   * The last check of some open documents (at most `heldDocuments`, least recently checked or asked about first):
   * their facts are not sent back, only the number they are kept under.
   */
  private readonly heldChecks = new Map<string, HeldCheck & { id: number }>();

  private keep(out: LintOutput, openUri: string | undefined, heldId?: number): CheckOutput {
    if (!openUri) return output(out);
    const id = heldId ?? nextHeld++;
    // Map order is insertion order: re-inserting makes this the most recently used document.
    this.heldChecks.delete(openUri);
    this.heldChecks.set(openUri, { id, findings: out.findings, facts: out.facts, settings: out.settings });
    for (const uri of this.heldChecks.keys()) {
      if (this.heldChecks.size <= this.heldDocuments) break;
      this.heldChecks.delete(uri);
    }
    return { findings: out.findings, settings: out.settings, doc: outlineOf(out.doc), held: id };
  }

  /**
   * The findings, facts and settings of check `id` of an open document, if it is still the last one kept; null if
   * a later check replaced it, 'dropped' if nothing is kept for the document (dropped for others checked since,
   * or lost with a replaced check worker): then `reheld` reads it again.
   */
  held(uri: string, id: number): HeldCheck | Dropped | null {
    const entry = this.heldChecks.get(uri);
    if (!entry) return DROPPED;
    if (entry.id !== id) return null;
    this.heldChecks.delete(uri);
    this.heldChecks.set(uri, entry);
    return entry;
  }

  /**
   * Whether check `id` of `uri` may be read again and kept: nothing is kept for the document, or only an earlier
   * check (numbers grow with each check), so a later check is never replaced by an earlier one.
   */
  mayRehold(uri: string, id: number): boolean {
    const entry = this.heldChecks.get(uri);
    return !entry || entry.id < id;
  }

  fixText(text: string, path: string, fileConfig: FileConfig): string {
    return fixText(text, path, fileConfig, rules).output;
  }

  checkText(text: string, path: string, version: number, config: ConfigInForce, openUri?: string): CheckResult {
    return { ...this.lintText(text, path, config.fileConfig, openUri), version, config };
  }

  /** Drops what is kept for a document that has been closed. */
  forget(uri: string): void {
    this.chunks.delete(uri);
    this.heldChecks.delete(uri);
  }

  checkDocument(doc: TenderDocument, version: number, config: ConfigInForce, openUri?: string): CheckResult {
    return { ...this.lintDocument(doc, config.fileConfig, openUri), version, config };
  }

  fix(text: string, path: string, config: ConfigInForce): string {
    return this.fixText(text, path, config.fileConfig);
  }
}

function isIgnored(patterns: string[], rel: string): boolean {
  return !rel.startsWith('..') && ignore().add(patterns).ignores(rel);
}
