/**
 * The limits a Word document must keep to and the error that refuses one, apart from the reader itself, so that
 * code that only needs them does not load the zip and Word libraries (they are loaded on the first DOCX).
 */
export interface DocxLimits {
  /** Largest DOCX file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of all the zip's entries, in bytes. */
  maxUncompressedBytes: number;
  /** Largest compression ratio (uncompressed / compressed) of an entry over 1 MiB, or of the whole zip. */
  maxCompressionRatio: number;
  /** Most entries in the zip. */
  maxEntries: number;
}

/**
 * Defaults sized for real tenders of 500+ pages with pictures: such a document is a few MB on disk and its
 * `word/document.xml` some tens of MB; Word's XML compresses about 5–20 times.
 */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 5000,
};

/** A Word document refused before parsing; the message is a phrase that follows the file name. */
export class DocxRefused extends Error {}
