/**
 * The DOCX seam of the server: a `.docx` file is shown to the editor as a read-only text view under the
 * `tenderlint-docx:` scheme (the same path), and checked from the file on disk with the DOCX reader, so the
 * diagnostics' ranges refer to the text view the reader produced.
 */
import { fileURLToPath } from 'node:url';
import type { TenderDocument } from '../core/model/types';
import { DOCX_SCHEME, type DocxViewResult } from './protocol';

export type DocxLoader = (path: string) => Promise<{ doc: TenderDocument } | { error: string }>;

let loader: DocxLoader = async (path) => ({ error: `${path}: DOCX files cannot be read by this build of the server.` });

/** Installs the function that reads a DOCX file into the tender model. */
export function setDocxLoader(l: DocxLoader): void {
  loader = l;
}

export function loadDocx(path: string): ReturnType<DocxLoader> {
  return loader(path);
}

export function isDocxUri(uri: string): boolean {
  return uri.startsWith(`${DOCX_SCHEME}:`);
}

/** `tenderlint-docx:/abs/path/file.docx` → `/abs/path/file.docx`. */
export function docxPathOf(uri: string): string {
  return fileURLToPath('file:' + uri.slice(DOCX_SCHEME.length + 1));
}

/** The text view of a DOCX file (`file:` or `tenderlint-docx:` URI). */
export async function readDocxView(uri: string): Promise<DocxViewResult> {
  const path = isDocxUri(uri) ? docxPathOf(uri) : fileURLToPath(uri);
  const loaded = await loadDocx(path);
  if ('error' in loaded) return { text: `tenderlint could not read this file.\n\n${loaded.error}\n`, error: loaded.error };
  return { text: loaded.doc.text };
}
