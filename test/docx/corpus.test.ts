/**
 * Every Word document in the shared corpus of real procurement documents is read and checked without an
 * internal error, and spot-checked documents read as a person reading them in Word would expect.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import type { TenderDocument } from '../../core/model/types';
import { readDocumentFile } from '../../host/documents';
import { rules } from '../../rules/index';
import { CORPUS, corpusTitle, skipCorpus } from '../helpers/corpus';

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.docx$/i.test(f)).sort() : [];

async function read(name: string): Promise<TenderDocument> {
  const out = await readDocumentFile(join(CORPUS, name));
  if ('error' in out) throw new Error(out.error);
  return out.doc;
}

describe.skipIf(skipCorpus)(corpusTitle('corpus DOCX'), () => {
  it('is present beside the project', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of files) {
    it(`${name} is read and checked without an internal error`, async () => {
      const doc = await read(name);
      expect(doc.blocks.length).toBeGreaterThan(10);
      const out = lintDocument(doc, resolveFileConfig(rules, null, name), rules);
      expect(out.findings.filter((f) => f.fatal).map((f) => f.message)).toEqual([]);
      for (const f of out.findings) {
        expect(f.docx, `${f.ruleId} has a Word address`).toBeDefined();
        expect(f.range.end.offset).toBeLessThanOrEqual(doc.text.length);
      }
    });
  }

  it('How to tender: numbered Word headings and the timetable table', async () => {
    // CCS G-Cloud 15 "How to tender" uses Heading 1 / Heading 2 styles with automatic numbering; its first
    // table ("Timelines") lists the clarification and submission dates as dd/mm/yyyy, times as 15:00.
    const doc = await read('ccs-gcloud15__Attachment-2-How-to-tender-v5.0.docx');
    const titles = doc.sections.filter((s) => s.depth === 1).map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['When and how to ask clarification questions', 'Who can submit a tender']));
    expect(doc.sections.find((s) => s.title === 'Restrictions')?.depth).toBe(2);
    // The timeline table has no header row: its first row is the first event.
    const timeline = doc.tables[0]!;
    expect(timeline.header).toEqual(['Tender notice and associated tender documents published', '23/10/2025']);
    expect(timeline.rows[4]!.map((c) => c.text)).toEqual(['Tender submission deadline', '15:00 30/01/2026']);
    expect(doc.blocks[timeline.rows[4]![1]!.block]!.docx).toMatchObject({ table: 1, row: 5, cell: 2, excerpt: '15:00 30/01/2026' });
    const out = lintDocument(doc, resolveFileConfig(rules, null, 'x.docx'), rules);
    const deadline = out.facts.timetable.find((e) => e.type === 'submission-deadline');
    expect(deadline?.date.iso).toBe('2026-01-30');
    expect(deadline?.date.time).toBe('15:00');
  });

  it('Updates to Tender Documents: one four-column change table, cells spread for merged rows', async () => {
    // The document is a single table of changes; the "Tender document" column is merged down over several rows
    // in Word, so continuation rows read as an empty first cell.
    const doc = await read('ccs-gcloud15__Updates-to-Tender-Documents.docx');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.header).toEqual(['Tender document', 'Description of change', 'Clarification Question Reference', 'Final document version number']);
    expect(doc.tables[0]!.rows[1]![0]!.text).toBe('Attachment 1 About the open framework');
    expect(doc.tables[0]!.rows[2]![0]!.text).toBe('');
    expect(doc.tables[0]!.rows[2]![2]!.text).toBe('107');
  });

  it('the 18F RFQ: cover lines, then Title and heading styles, eleven tables, no tracked changes left', async () => {
    // The RFQ opens with unstyled cover lines (the GSA address block), then a Title paragraph "Request for
    // Quote", a Heading 1 "Deadlines and response formats" and Heading 2-3 sections below; it has 11 Word tables.
    const doc = await read('18f-tdrs__FINAL-TDRS-software-development-RFQ.docx');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'General Services Administration', docx: { paragraph: 1 } });
    expect(doc.sections.slice(0, 4).map((s) => [s.depth, s.title])).toEqual([
      [1, 'Request for Quote'],
      [1, 'Deadlines and response formats'],
      [2, 'Purpose and Background'],
      [3, 'Purpose'],
    ]);
    expect(doc.tables).toHaveLength(11);
    expect(doc.revisions).toBeUndefined();
  });
});
