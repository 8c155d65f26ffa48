/**
 * The one way a file becomes a tender model, shared by the CLI and the language server: dispatch on the
 * extension (Markdown and text through `parseMarkdown`, Word through `host/docx/read.ts`), with size and
 * binary checks, and every problem returned as a message naming the file rather than thrown.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseMarkdown } from '../core/model/markdown';
import type { DocumentFormat, TenderDocument } from '../core/model/types';
import { timed, type PhaseTimer } from '../core/engine/timing';
import { DEFAULT_DOCX_LIMITS, DocxRefused, type DocxLimits } from './docx/limits';

/** The Word reader and its libraries (mammoth, yauzl, fast-xml-parser) load on the first DOCX, not at start-up. */
const docxReader = () => import('./docx/read');

export interface ReadDocumentOptions {
  /** Markdown and text files larger than this are refused (default 20 MB). */
  maxBytes?: number;
  /** Limits for Word documents (file size, uncompressed size, compression ratio, entries). */
  docxLimits?: Partial<DocxLimits>;
  /** Times reading from disk as `read` and parsing (or reading a Word file) as `parse`. */
  timer?: PhaseTimer;
}

export type ReadOutcome = { doc: TenderDocument } | { error: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The format a path is read as, from its extension. */
export function formatOfPath(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.txt' || ext === '.text') return 'text';
  return 'markdown';
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Reads a document already in memory (the language server's open files and DOCX buffers). */
export async function readDocumentBuffer(buffer: Buffer, path: string, options: ReadDocumentOptions = {}): Promise<ReadOutcome> {
  const format = formatOfPath(path);
  if (format === 'docx') {
    try {
      const start = performance.now();
      try {
        const { readDocx } = await docxReader();
        return { doc: await readDocx(buffer, path, options.docxLimits) };
      } finally {
        options.timer?.add('parse', performance.now() - start);
      }
    } catch (err) {
      if (err instanceof DocxRefused) return { error: `${path}: ${err.message}.` };
      return { error: `${path}: cannot be read as a Word document (${(err as Error).message}); open and save it again in Word, and report this if it persists.` };
    }
  }
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length > max) {
    return { error: `${path}: file is ${mb(buffer.length)}, over the ${(max / 1048576).toFixed(0)} MB limit; split it or check that it is a document.` };
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    return { error: `${path}: looks like a binary file, not Markdown or text; remove it from the paths given or add it to .tenderlintignore.` };
  }
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  return { doc: timed(options.timer, 'parse', () => parseMarkdown(text, path, format)) };
}

/** Reads and parses a document from disk. */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<ReadOutcome> {
  const format = formatOfPath(path);
  const max = format === 'docx' ? (options.docxLimits?.maxFileBytes ?? DEFAULT_DOCX_LIMITS.maxFileBytes) : (options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    const readStart = performance.now();
    const size = (await stat(path)).size;
    if (size > max) {
      return format === 'docx'
        ? { error: `${path}: is ${mb(size)}, over the ${mb(max)} limit for Word documents; check that it is a document, or raise the limit with --max-docx-size.` }
        : { error: `${path}: file is ${mb(size)}, over the ${(max / 1048576).toFixed(0)} MB limit; split it or check that it is a document.` };
    }
    const buffer = await readFile(path);
    options.timer?.add('read', performance.now() - readStart);
    return await readDocumentBuffer(buffer, path, options);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { error: `${path}: cannot be read (${code}); check that it exists and is readable.` };
  }
}
