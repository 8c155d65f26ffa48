/**
 * Hostile and wrong files are refused with a message naming the file, quickly and without inflating a bomb.
 * Each file is generated here: a truncated zip, zip bombs (honest and lying about their sizes), an XML entity
 * bomb, a renamed PDF, an encrypted (OLE) file, a zip that is not a Word document, an oversize file.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentBuffer } from '../../host/documents';
import { markdownToDocx, makeZip, minimalDocx, CONTENT_TYPES } from './helpers';

async function refusal(buffer: Buffer, options = {}): Promise<string> {
  const out = await readDocumentBuffer(buffer, 'tender.docx', { docxLimits: options });
  if ('doc' in out) throw new Error('expected the file to be refused');
  return out.error;
}

const ZEROS = Buffer.alloc(64 * 1024 * 1024);
const ENTITY_BOMB =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';

describe('hostile DOCX files', () => {
  it('a truncated zip is damaged', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender\n\nText.\n');
    expect(await refusal(buffer.subarray(0, Math.floor(buffer.length / 2)))).toMatch(/^tender\.docx: is damaged: its zip structure cannot be read/);
  });

  it('a zip bomb is refused from its central directory, before anything is inflated', async () => {
    const bomb = minimalDocx('<w:p/>', [{ name: 'word/bomb.xml', data: ZEROS }]);
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error = await refusal(bomb);
    expect(error).toMatch(/^tender\.docx: has a part \(word\/bomb\.xml\) that would inflate \d+ times \(64\.0 MB\), over the limit of 100; it looks like a zip bomb/);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('a zip bomb that lies about its sizes is stopped at the declared size', async () => {
    const liar = minimalDocx('<w:p/>', [{ name: 'word/bomb.xml', data: ZEROS, declaredSize: 1000 }]);
    const started = performance.now();
    const error = await refusal(liar);
    expect(error).toMatch(/^tender\.docx: (?:has a part \(word\/bomb\.xml\) that inflates beyond its declared size|is damaged: the part word\/bomb\.xml cannot be read)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a total uncompressed size over the limit is refused, and the limit is configurable', async () => {
    const big = minimalDocx('<w:p/>', [{ name: 'word/media/image1.png', data: Buffer.alloc(3 * 1024 * 1024, 7), store: true }]);
    expect(await refusal(big, { maxUncompressedBytes: 2 * 1024 * 1024 })).toMatch(/would inflate to 3\.0 MB, over the 2\.0 MB limit; it may be a zip bomb/);
    const ok = await readDocumentBuffer(big, 'tender.docx');
    expect('doc' in ok).toBe(true);
  });

  it('XML with a DTD or entity declarations (an entity bomb) is refused before any parser sees it', async () => {
    const error = await refusal(minimalDocx('<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>', [], ENTITY_BOMB));
    expect(error).toBe('tender.docx: contains XML with a DTD or entity declarations (in word/document.xml), which Word never writes; it may be an entity-expansion attack.');
    // Anywhere in the package, not only the main document.
    const inStyles = minimalDocx('<w:p/>', [{ name: 'word/styles.xml', data: Buffer.from(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:styles/>`) }]);
    expect(await refusal(inStyles)).toContain('(in word/styles.xml)');
  });

  it('a renamed PDF, an encrypted file, a plain file and other Office files are named as such', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toMatch(/^tender\.docx: is a PDF renamed to \.docx/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal(ole)).toMatch(/^tender\.docx: is encrypted or password-protected, or an old-style \.doc file/);
    expect(await refusal(Buffer.from('Just some text saved with the wrong name.\n'))).toMatch(/^tender\.docx: is not a Word document \(it is not a zip file\)/);
    expect(await refusal(makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]))).toBe('tender.docx: is an Excel workbook, not a Word document.');
  });

  it('a zip without word/document.xml is not a Word document', async () => {
    expect(await refusal(makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }]))).toMatch(/^tender\.docx: is not a Word document: it has no word\/document\.xml part/);
  });

  it('a file over the size limit is refused without being opened', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender\n\nText.\n');
    expect(await refusal(buffer, { maxFileBytes: 1000 })).toMatch(/^tender\.docx: is \d+\.\d MB, over the 0\.0 MB limit for Word documents/);
  });
});
