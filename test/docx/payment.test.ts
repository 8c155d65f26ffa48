/**
 * The payment rules on Word documents: numbered payment clauses under a lead-in, a payment schedule table whose
 * cells complete their row's label, and fair Word terms on which the family stays silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import type { DocumentSettings } from '../../core/config/types';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, markdownToDocx, wordDocument } from './helpers';

const heading = (text: string, level: 1 | 2 = 2) => new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((text) => new TableCell({ children: [para(text)] })) })) });

async function lintBuffer(buffer: Buffer, settings: DocumentSettings) {
  const doc = await readDocx(buffer, 'terms.docx');
  const out = lintDocument(doc, resolveFileConfig(rules, null, 'terms.docx', { rules: {}, settings }), rules);
  expect(out.findings.filter((f) => f.fatal)).toEqual([]);
  return { out, mine: out.findings.filter((f) => f.family === 'payment') };
}

describe('payment rules on Word documents', () => {
  it('numbered clauses: a payment period under a lead-in and a buyer-only break', async () => {
    const { buffer } = await markdownToDocx(
      '# Terms and Conditions: Home Support Service\n\n## 7. Payment\n\nThe Council will pay each undisputed sum:\n\n1. within 60 days of receiving a valid invoice; or\n2. by the due date on the invoice, if later.\n\n## 12. Termination\n\nThe Council may terminate this Contract at any time without reason by giving the Provider one month’s written notice.\n',
    );
    const { mine, out } = await lintBuffer(buffer, { kind: 'contract', regime: 'pa2023' });
    expect(out.facts.payment.periods.map((p) => [p.party, p.duration.days, p.trigger])).toEqual([['buyer', 60, 'invoice']]);
    expect(mine.map((f) => f.ruleId).sort()).toEqual(['payment/one-way-break', 'payment/payment-days']);
    for (const f of mine) expect(f.docx?.paragraph).toBeGreaterThan(0);
    expect(mine.find((f) => f.ruleId === 'payment/payment-days')!.docx?.excerpt).toContain('60 days');
  });

  it('a payment schedule table: a prime fee in a cell under its row label, payment per referral with no forecast', async () => {
    const { mine } = await lintBuffer(
      await wordDocument([
        heading('Invitation to Tender: Advice Network', 1),
        heading('Schedule 3: Payment'),
        table([
          ['Item', 'Arrangement'],
          ['Payment basis', 'The provider is paid a set price per referral accepted.'],
          ['Lead provider management fee', '25% of the payments due to delivery partners'],
          ['Payment terms', 'Valid invoices are paid within 30 days of receipt.'],
          ['Payment to subcontractors', '45 days from receipt of a valid invoice'],
        ]),
      ]),
      { kind: 'itt', regime: 'pa2023' },
    );
    const byRule = Object.fromEntries(mine.map((f) => [f.ruleId, f]));
    expect(Object.keys(byRule).sort()).toEqual(['payment/flow-down', 'payment/management-fee', 'payment/volume-forecast']);
    expect(byRule['payment/flow-down']!.docx).toMatchObject({ table: 1, row: 5, cell: 2 });
    expect(byRule['payment/management-fee']!.docx).toMatchObject({ table: 1, row: 3, cell: 2 });
    expect(byRule['payment/volume-forecast']!.docx).toMatchObject({ table: 1, row: 2, cell: 2 });
  });

  it('fair terms in Word draw no payment finding', async () => {
    const { mine } = await lintBuffer(
      await wordDocument([
        heading('Terms and Conditions: Home Support Service', 1),
        table([
          ['Term', 'Detail'],
          ['Contract term', '3 years, with an option to extend for a further 2 years'],
          ['Payment terms', 'Valid, undisputed invoices are paid within 30 days of receipt.'],
          ['Subcontractors', 'The Provider shall pay its subcontractors within 30 days of receipt of a valid invoice and include a term to the same effect in each sub-contract.'],
          ['Payment model', 'A monthly service fee covers 70% of the price; the remaining 30% is paid as outcome payments.'],
        ]),
        para('Either party may terminate this Contract at any time without reason by giving the other six months’ written notice.'),
      ]),
      { kind: 'contract', regime: 'pcr2015' },
    );
    expect(mine).toEqual([]);
  });
});
