/**
 * The consortium rules on Word documents: questionnaire tables answered Yes/No (or with ticked boxes), label<TAB>value lines, numbered
 * clauses and list items, as councils publish them; each finding carries its Word address.
 */
import { describe, expect, it } from 'vitest';
import { Tab } from 'docx';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import type { DocumentSettings } from '../../core/config/types';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, wordDocument } from './helpers';

const heading = (text: string, level: 1 | 2 = 2) => new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
/** A `label<TAB>value` line, as a Word form often has. */
const tabbed = (label: string, value: string) => new Paragraph({ children: [new TextRun(label), new TextRun({ children: [new Tab(), value] })] });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((text) => new TableCell({ children: [para(text)] })) })) });

async function lint(children: Array<Paragraph | Table>, settings: DocumentSettings) {
  const doc = await readDocx(await wordDocument(children), 'tender.docx');
  const out = lintDocument(doc, resolveFileConfig(rules, null, 'tender.docx', { rules: {}, settings }), rules);
  return { doc, out, mine: out.findings.filter((f) => f.family === 'consortium') };
}

describe('consortium rules on Word forms', () => {
  it('a PCR selection questionnaire that refuses consortia in a form table and bans subcontracting on a tabbed line', async () => {
    const { mine, out } = await lint(
      [
        heading('Selection Questionnaire: Community Meals Service', 1),
        heading('Part 1: Bidder information'),
        table([
          ['Question', 'Response'],
          ['1.4 Are consortium bids accepted for this procurement?', '☐ Yes ☒ No'],
          ['1.5 Minimum annual turnover', '£150,000'],
        ]),
        tabbed('Subcontracting:', 'Not permitted'),
        heading('Part 2: Eligibility'),
        bullet('Organisations that took part in the market engagement events will be excluded from bidding.'),
      ],
      { kind: 'sq', regime: 'pcr2015' },
    );
    expect(out.facts.consortium.groupBids.map((g) => g.stance)).toContain('prohibited');
    const byRule = Object.fromEntries(mine.map((f) => [f.ruleId, f]));
    expect(Object.keys(byRule).sort()).toEqual(['consortium/conflict-of-interest', 'consortium/prohibited', 'consortium/subcontracting']);
    expect(byRule['consortium/prohibited']!.severity).toBe('error');
    expect(byRule['consortium/prohibited']!.docx).toMatchObject({ table: 1, row: 2, cell: 1 });
    expect(byRule['consortium/subcontracting']!.docx?.excerpt).toContain('Subcontracting');
    expect(byRule['consortium/conflict-of-interest']!.docx?.excerpt).toContain('market engagement');
  });

  it('a Procurement Act ITT with per-member standing in a numbered clause, legal form in a cell and joint liability in a list', async () => {
    const { mine } = await lint(
      [
        heading('Invitation to Tender: Carers Breaks', 1),
        para('Register on the Central Digital Platform before you bid.'),
        heading('4. Consortium bids'),
        para('4.1 Bids from consortia are welcome; the lead member submits the tender on behalf of the consortium.'),
        para('4.2 Each consortium member must individually meet the minimum turnover of £250,000.'),
        table([
          ['Topic', 'Requirement'],
          ['Legal form', 'A consortium must establish a special purpose vehicle before contract award.'],
        ]),
        bullet('All consortium members will be jointly and severally liable for the performance of the contract.'),
      ],
      { kind: 'itt' },
    );
    expect(mine.map((f) => f.ruleId).sort()).toEqual([
      'consortium/joint-several',
      'consortium/legal-form',
      'consortium/per-member-standing',
      'consortium/sme-vcse-suitability',
    ]);
    for (const f of mine) expect(f.docx?.paragraph).toBeGreaterThan(0);
    expect(mine.find((f) => f.ruleId === 'consortium/legal-form')!.docx).toMatchObject({ table: 1, row: 2, cell: 2 });
  });

  it('consortium-friendly wording in a Word form draws no consortium finding', async () => {
    const { mine, out } = await lint(
      [
        heading('Invitation to Tender: Carers Breaks', 1),
        para('Register on the Central Digital Platform before you bid. The conditions of participation are in Section 5.'),
        table([
          ['Notice field', 'Entry'],
          ['Suitable for SMEs', 'Yes'],
          ['Suitable for VCSEs', 'Yes'],
          ['Are consortium bids accepted?', 'Yes'],
        ]),
        tabbed('Lead member:', 'A consortium nominates a lead member, who submits the tender on behalf of the consortium.'),
        para("A consortium's economic and financial standing will be assessed on the combined resources of its members."),
      ],
      { kind: 'itt' },
    );
    expect(out.facts.consortium.suitability.length).toBeGreaterThan(0);
    expect(mine.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('a Word ITT silent on consortia draws the silent finding at its title (the fix is offered, never written to Word)', async () => {
    const { mine } = await lint(
      [heading('Invitation to Tender: Carers Breaks', 1), para('Bidders must have a minimum annual turnover of £90,000.')],
      { kind: 'itt', regime: 'pcr2015' },
    );
    expect(mine.map((f) => f.ruleId)).toEqual(['consortium/silent']);
    expect(mine[0]!.docx).toMatchObject({ paragraph: 1 });
    expect(mine[0]!.fix?.text).toContain('Bids from consortia');
  });
});
