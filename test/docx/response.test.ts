/**
 * The response rules on Word response forms: a question in one table cell with an empty "Supplier response" cell
 * beneath it, a question row with the answer cell beside it, and headings with answers under them.
 */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import type { DocumentSettings } from '../../core/config/types';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, wordDocument } from './helpers';

const heading = (text: string, level: 1 | 2 = 2) => new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((text) => new TableCell({ children: [para(text)] })) })) });

async function lintBuffer(buffer: Buffer, settings: DocumentSettings = {}) {
  const doc = await readDocx(buffer, 'response.docx');
  const out = lintDocument(doc, resolveFileConfig(rules, null, 'response.docx', { rules: {}, settings }), rules);
  expect(out.findings.filter((f) => f.fatal)).toEqual([]);
  return { out, mine: out.findings.filter((f) => f.family === 'response') };
}

describe('response rules on Word documents', () => {
  it('a one-column form: question cells, "Supplier response" labels, answers and an empty answer beneath', async () => {
    const { out, mine } = await lintBuffer(
      await wordDocument([
        heading('Tender Response Form: Hospital Discharge Support', 1),
        table([
          ['Question 1: Describe your experience of similar services (maximum 15 words).'],
          ['Supplier response'],
          ['We have supported patients home from Riverside General since 2016, with 38 trained volunteers and a coordinator.'],
          ['Question 2: Describe how you will keep patients safe (maximum 100 words).'],
          ['Supplier response'],
          ['Every volunteer holds an enhanced DBS check and completes our safeguarding course.'],
          ['Question 3: Describe your mobilisation plan (maximum 100 words).'],
          ['Supplier response'],
          [''],
        ]),
      ]),
    );
    expect(out.settings.kind).toBe('response');
    expect(out.facts.response.questions.map((q) => [q.number, q.limit?.value, q.state, q.words])).toEqual([
      ['1', 15, 'answered', 17],
      ['2', 100, 'answered', 12],
      ['3', 100, 'empty', 0],
    ]);
    const byRule = mine.map((f) => [f.ruleId, f.docx?.table, f.docx?.row]);
    expect(byRule).toEqual([
      ['response/word-limit', 1, 1],
      ['response/unanswered', 1, 7],
    ]);
  });

  it('a two-column form: question and response side by side, with a hedge', async () => {
    const { mine } = await lintBuffer(
      await wordDocument([
        heading('Quality Questionnaire', 1),
        table([
          ['Question', 'Supplier response'],
          ['Q1. Describe how you will involve patients in reviewing the service (maximum 50 words).', 'We aim to hold a patient panel each quarter.'],
          ['Q2. Describe your approach to complaints (maximum 50 words).', 'Every complaint is answered within five working days by our coordinator.'],
        ]),
      ]),
      { kind: 'response' },
    );
    expect(mine.map((f) => [f.ruleId, f.docx?.row, f.suggestions?.[0]?.fix.text])).toEqual([['response/weak-commitment', 2, 'We will']]);
  });

  it('a strong response in Word draws nothing', async () => {
    const { mine } = await lintBuffer(
      await wordDocument([
        heading('Tender Response: Hospital Discharge Support', 1),
        heading('Question 1: Experience (maximum 40 words)'),
        para('We have run discharge support since 2016. In 2025 our 38 volunteers supported 604 patients home, and 91% were not readmitted within 30 days.'),
        heading('Question 2: Approach (maximum 12 words)'),
        para('We collect patients from the ward and phone them next morning.'),
      ]),
    );
    expect(mine).toEqual([]);
  });
});
