/**
 * Reads a DOCX into the tender model: safety checks first (`safety.ts`), then mammoth reads the document body
 * (styles, numbering, tables, content controls, footnotes, with tracked changes accepted) and `model.ts` turns
 * its tree into a `TenderDocument`; `ooxml.ts` adds what mammoth does not carry (revision and comment counts,
 * custom heading styles). Nothing is written and no external file is ever opened.
 */
import mammoth from 'mammoth';
import type { TenderDocument } from '../../core/model/types';
import { buildTenderDocument, type MammothDocument } from './model';
import { countRevisions, outlineLevels } from './ooxml';
import { DEFAULT_DOCX_LIMITS, openDocxSafely, type DocxLimits } from './safety';

export { DocxRefused, DEFAULT_DOCX_LIMITS, type DocxLimits } from './safety';

/**
 * Parses a DOCX held in memory. Throws `DocxRefused` (a reason to show after the file name) for hostile or
 * non-Word files; other exceptions are internal errors.
 */
export async function readDocx(buffer: Buffer, path: string, limits: Partial<DocxLimits> = {}): Promise<TenderDocument> {
  const safe = await openDocxSafely(buffer, { ...DEFAULT_DOCX_LIMITS, ...limits });
  let root: MammothDocument | null = null;
  await mammoth.convertToHtml(
    { buffer },
    {
      // Keep mammoth's document tree and hand its HTML writer an empty body: only the tree is needed.
      transformDocument: (document: MammothDocument) => {
        root = document;
        return { ...document, children: [] };
      },
    },
  );
  if (!root) throw new Error('mammoth returned no document');
  return buildTenderDocument(root, {
    path,
    outlineLevels: outlineLevels(safe.parts.get('word/styles.xml')),
    revisions: countRevisions(safe.parts),
  });
}
