/**
 * A document's new text sent to the check worker as the edits made since the text the worker already has, so that
 * a keystroke in a long document crosses as a few characters rather than a copy of the whole text. (Copying the
 * text of 50,000 words took about 3 ms of the main thread per keystroke, most of it joining the pieces the editor's
 * edits had left the text in, before the worker started.)
 *
 * The server records each incremental edit an editor sends, with its offsets, in a `ChangeLog`, numbered per
 * document. A check of an open document carries the number of the last edit in its text; the main thread remembers
 * which number and length it last sent each document at and the worker the text it last received, for the same
 * documents in the same order (`SentTexts`). A check then goes as the edits between the two numbers; when the log
 * no longer has them (the whole text was replaced, the log grew past its bound, the worker is new), as the whole
 * text. The worker checks the length before and after applying and asks for the whole text when either differs.
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** `deleted` characters at `start` replaced by `inserted`. */
export interface Splice {
  start: number;
  deleted: number;
  inserted: string;
}

/** `text` with `splices` applied in order, or null when one does not fit the text it applies to. */
export function applySplices(text: string, splices: readonly Splice[]): string | null {
  let out = text;
  for (const s of splices) {
    if (s.start < 0 || s.deleted < 0 || s.start + s.deleted > out.length) return null;
    out = out.slice(0, s.start) + s.inserted + out.slice(s.start + s.deleted);
  }
  return out;
}

/** Edits kept per document before the log starts again (the next check then sends the whole text). */
const MAX_SPLICES = 5_000;
/** Characters inserted by the edits kept per document before the log starts again. */
const MAX_INSERTED = 1_000_000;

interface Log {
  /** The number of the last edit recorded (0 before any). */
  last: number;
  /** Edits after this number are all in `splices`; those up to it are not. */
  from: number;
  splices: Splice[];
  inserted: number;
}

/** The incremental edits made to each open document, numbered (see the module comment). */
export class ChangeLog {
  private readonly logs = new Map<string, Log>();

  /** The number of the last edit recorded for `uri`: the text the document has now. */
  last(uri: string): number {
    return this.logs.get(uri)?.last ?? 0;
  }

  /** `splice` made to `uri`'s text. */
  record(uri: string, splice: Splice): void {
    const log = this.logOf(uri);
    log.last++;
    log.splices.push(splice);
    log.inserted += splice.inserted.length;
    if (log.splices.length > MAX_SPLICES || log.inserted > MAX_INSERTED) this.restart(log);
  }

  /** `uri`'s whole text was set (opened, or replaced by a change without a range): no earlier edit leads to it. */
  replaced(uri: string): void {
    const log = this.logOf(uri);
    log.last++;
    this.restart(log);
  }

  /** The edits after number `after` up to number `upTo`, or null when they are not all kept. */
  between(uri: string, after: number, upTo: number): Splice[] | null {
    const log = this.logs.get(uri);
    if (!log || after < log.from || upTo > log.last || upTo < after) return null;
    return log.splices.slice(after - log.from, upTo - log.from);
  }

  /** Forgets the edits up to number `upTo` (the worker has their text). */
  drop(uri: string, upTo: number): void {
    const log = this.logs.get(uri);
    if (!log || upTo <= log.from) return;
    const n = Math.min(upTo, log.last) - log.from;
    for (const s of log.splices.splice(0, n)) log.inserted -= s.inserted.length;
    log.from += n;
  }

  forget(uri: string): void {
    this.logs.delete(uri);
  }

  private logOf(uri: string): Log {
    let log = this.logs.get(uri);
    if (!log) this.logs.set(uri, (log = { last: 0, from: 0, splices: [], inserted: 0 }));
    return log;
  }

  private restart(log: Log): void {
    log.from = log.last;
    log.splices = [];
    log.inserted = 0;
  }
}

/**
 * The server's documents, made and updated as `TextDocument` does, each edit recorded in `log` with its offsets (an
 * editor's change without a range replaces the whole text).
 */
export function recordingEdits(log: ChangeLog): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      log.replaced(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update(document, changes, version) {
      if (changes.length === 0) return TextDocument.update(document, changes, version);
      let doc = document;
      // One change at a time, as TextDocument applies them: each change's range is in the text the last one left.
      for (const change of changes) {
        if ('range' in change) {
          const a = doc.offsetAt(change.range.start);
          const b = doc.offsetAt(change.range.end);
          log.record(doc.uri, { start: Math.min(a, b), deleted: Math.abs(b - a), inserted: change.text });
        } else log.replaced(doc.uri);
        doc = TextDocument.update(doc, [change], version);
      }
      return doc;
    },
  };
}

/**
 * What was last sent (main thread) or received (check worker) per document, for the `limit` documents checked last.
 * Both sides update it for the same messages in the same order, so they hold the same documents.
 */
export class SentTexts<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(uri: string): T | undefined {
    return this.entries.get(uri);
  }

  /** Records `value` as the last for `uri`, which becomes the most recent; the least recent beyond the limit go. */
  set(uri: string, value: T): void {
    this.entries.delete(uri);
    this.entries.set(uri, value);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(key);
    }
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get uris(): string[] {
    return [...this.entries.keys()];
  }
}
