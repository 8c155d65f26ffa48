/**
 * Opens a DOCX safely before anything parses it. From the zip's central directory alone (yauzl, nothing
 * inflated yet) it refuses: files that are not zips (PDFs, old .doc files, encrypted or password-protected
 * documents, which Word saves in an OLE compound file), zips that are not Word documents, encrypted entries, too
 * many entries, and a total uncompressed size or a compression ratio beyond the limits (zip bombs). Then it
 * inflates every entry once through yauzl, which stops an entry the moment it inflates past the size the
 * directory declared, and refuses XML carrying a DTD or entity declarations. Only then may a parser see the file:
 * every part is now known to inflate to no more than the checked sizes.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';

import { DEFAULT_DOCX_LIMITS, DocxRefused, type DocxLimits } from './limits';

export { DEFAULT_DOCX_LIMITS, DocxRefused, type DocxLimits };

/** Parts read as XML: everything but pictures and embedded binaries. */
const BINARY_PART = /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|ico|webp|bin|ole|wdp|mp3|mp4|wav|avi|mov|ttf|odttf|fntdata|xlsx|docx|pptx|pdf)$/i;
/** Parts kept as text for direct reading; the others are inflated only to verify them. */
const KEPT_PART = /^(?:word\/(?:document|styles|numbering|footnotes|endnotes|comments|settings)\.xml|\[Content_Types\]\.xml)$/;
const ONE_MIB = 1024 * 1024;


/** One zip entry as stored: its name, inflated bytes, compression and time (kept for writing a copy). */
export interface ZipPart {
  name: string;
  bytes: Buffer;
  /** Whether the entry was deflated (else stored). */
  compressed: boolean;
  mtime: Date;
}

export interface SafeDocx {
  /** The parts kept as text, by zip path (`word/document.xml`, `word/comments.xml`, …). */
  parts: Map<string, string>;
  /** With `keepAll`: every entry in zip order, as bytes. */
  files?: ZipPart[];
  entries: number;
  uncompressedBytes: number;
}

function mb(bytes: number): string {
  return `${(bytes / ONE_MIB).toFixed(1)} MB`;
}

/** Why a file that is not a zip cannot be read, from its first bytes. */
function notAZip(buffer: Buffer): string | null {
  if (buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && (buffer[2] === 3 || buffer[2] === 5 || buffer[2] === 7)) return null;
  if (buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0 && buffer.readUInt32BE(4) === 0xa1b11ae1) {
    return 'is encrypted or password-protected, or an old-style .doc file (an OLE compound file, not a .docx zip); remove the password or save it as a Word document (.docx) and check it again';
  }
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'is a PDF renamed to .docx, not a Word document; check the Word original instead';
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') return 'is a Rich Text Format file renamed to .docx; save it from Word as a Word document (.docx)';
  return 'is not a Word document (it is not a zip file); save it from Word as a Word document (.docx)';
}

/** The XML text of a part, decoded by its byte-order mark. */
function decodeXml(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** True when an XML text declares a DTD or entities (the carriers of entity-expansion and external-entity attacks). */
export function hasDtd(xml: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(xml);
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('cannot open')) : resolve(zip),
    );
  });
}

/** Reads the central directory: every entry's name and declared sizes, without inflating anything. */
function listEntries(zip: ZipFile, limits: DocxLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > limits.maxEntries) {
        reject(new DocxRefused(`has more than ${limits.maxEntries} parts in its zip, more than any real Word document; it may be a zip bomb`));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry, stopping at `cap` bytes; returns its bytes when `keep`, else only verifies it. */
function inflate(zip: ZipFile, entry: Entry, keep: boolean, cap: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(err ?? new Error('cannot read entry'));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > cap) {
          stream.destroy(new DocxRefused(`has a part (${entry.fileName}) that inflates beyond its declared size; it may be a zip bomb`));
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(keep ? Buffer.concat(chunks) : null));
    });
  });
}

/**
 * Checks a DOCX held in memory and returns its XML parts, or throws `DocxRefused` with the reason (a phrase
 * that follows the file name: "is not a Word document …").
 */
export async function openDocxSafely(buffer: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS, options: { keepAll?: boolean } = {}): Promise<SafeDocx> {
  if (buffer.length > limits.maxFileBytes) {
    throw new DocxRefused(`is ${mb(buffer.length)}, over the ${mb(limits.maxFileBytes)} limit for Word documents; check that it is a document, or raise the limit with --max-docx-size`);
  }
  const why = notAZip(buffer);
  if (why) throw new DocxRefused(why);

  let zip: ZipFile;
  try {
    zip = await openZip(buffer);
  } catch (err) {
    throw new DocxRefused(`is damaged: its zip structure cannot be read (${(err as Error).message}); open and save it again in Word`);
  }
  try {
    let entries: Entry[];
    try {
      entries = await listEntries(zip, limits);
    } catch (err) {
      if (err instanceof DocxRefused) throw err;
      throw new DocxRefused(`is damaged: its zip structure cannot be read (${(err as Error).message}); open and save it again in Word`);
    }
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has('word/document.xml')) {
      if (names.has('xl/workbook.xml')) throw new DocxRefused('is an Excel workbook, not a Word document');
      if (names.has('ppt/presentation.xml')) throw new DocxRefused('is a PowerPoint presentation, not a Word document');
      if (names.has('EncryptedPackage')) throw new DocxRefused('is encrypted or password-protected; remove the password in Word and check it again');
      throw new DocxRefused('is not a Word document: it has no word/document.xml part; save it from Word as a Word document (.docx)');
    }
    let uncompressed = 0;
    let compressed = 0;
    for (const entry of entries) {
      if (entry.isEncrypted()) throw new DocxRefused('is encrypted or password-protected; remove the password in Word and check it again');
      uncompressed += entry.uncompressedSize;
      compressed += entry.compressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > ONE_MIB && ratio > limits.maxCompressionRatio) {
        throw new DocxRefused(
          `has a part (${entry.fileName}) that would inflate ${Math.round(ratio)} times (${mb(entry.uncompressedSize)}), over the limit of ${limits.maxCompressionRatio}; it looks like a zip bomb. If it is a genuine document, raise the limit with --max-docx-ratio`,
        );
      }
    }
    if (uncompressed > limits.maxUncompressedBytes) {
      throw new DocxRefused(
        `would inflate to ${mb(uncompressed)}, over the ${mb(limits.maxUncompressedBytes)} limit; it may be a zip bomb. If it is a genuine document, raise the limit with --max-docx-uncompressed`,
      );
    }
    if (uncompressed > ONE_MIB && uncompressed / Math.max(1, compressed) > limits.maxCompressionRatio) {
      throw new DocxRefused(`would inflate ${Math.round(uncompressed / Math.max(1, compressed))} times, over the limit of ${limits.maxCompressionRatio}; it looks like a zip bomb`);
    }

    const parts = new Map<string, string>();
    const files: ZipPart[] = [];
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) {
        if (options.keepAll) files.push({ name: entry.fileName, bytes: Buffer.alloc(0), compressed: false, mtime: entry.getLastModDate() });
        continue;
      }
      const xml = !BINARY_PART.test(entry.fileName);
      let bytes: Buffer | null;
      try {
        bytes = await inflate(zip, entry, xml || !!options.keepAll, entry.uncompressedSize);
      } catch (err) {
        if (err instanceof DocxRefused) throw err;
        throw new DocxRefused(`is damaged: the part ${entry.fileName} cannot be read (${(err as Error).message}); open and save it again in Word`);
      }
      if (!bytes) continue;
      if (options.keepAll) files.push({ name: entry.fileName, bytes, compressed: entry.compressionMethod !== 0, mtime: entry.getLastModDate() });
      if (!xml) continue;
      const text = decodeXml(bytes);
      if (hasDtd(text)) {
        throw new DocxRefused(`contains XML with a DTD or entity declarations (in ${entry.fileName}), which Word never writes; it may be an entity-expansion attack`);
      }
      if (KEPT_PART.test(entry.fileName)) parts.set(entry.fileName, text);
    }
    return { parts, entries: entries.length, uncompressedBytes: uncompressed, ...(options.keepAll ? { files } : {}) };
  } finally {
    zip.close();
  }
}
