/**
 * Proportionality shapes as Word documents: questionnaire forms (certificates to upload, requirement tables,
 * lists of reasons to reject a request to participate) and contract clauses (indemnities outside the cap, broad
 * indemnities with no cap), built with the `docx` package and read as the CLI reads them.
 */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { frontMatterSettings } from '../../core/config/settings';
import { lintDocument } from '../../core/engine/linter';
import { parseMarkdown } from '../../core/model/markdown';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { markdownToDocx } from './helpers';

/** "ruleId paragraph" for each proportionality finding on the Word twin of `markdown`. */
async function findings(kind: string, regime: string, markdown: string): Promise<string[]> {
  const settings = frontMatterSettings(parseMarkdown(`---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n---\n`).frontMatter).settings;
  const config = resolveFileConfig(rules, null, 'form.docx', {
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id.startsWith('proportionality/') ? r.meta.severity : 'off'])),
    settings,
  });
  const built = await markdownToDocx(markdown);
  const doc = await readDocx(built.buffer, 'form.docx');
  return lintDocument(doc, config, rules)
    .findings.filter((f) => !f.fatal)
    .map((f) => `${f.ruleId} ${f.docx?.paragraph}`);
}

describe('proportionality in Word forms', () => {
  it('reports certificates to upload in a questionnaire table, not the question that admits equivalents', async () => {
    const form = [
      '# Section 4: Mandatory questions for lot 2',
      '',
      '| Question | Guidance | Response type |',
      '| --- | --- | --- |',
      '| Provide your ISO 9001 certification |  | Upload |',
      '| Provide your ISO 27001 |  | Upload |',
      '| Will you hold Cyber Essentials (or an equivalent scheme) from the contract start? |  | Yes/No |',
      '',
    ].join('\n');
    // Paragraphs: heading 1, header row 2-4, then one paragraph per cell.
    expect(await findings('sq', 'pcr2015', form)).toEqual(['proportionality/or-equivalent 5', 'proportionality/or-equivalent 8']);
  });

  it('reports a standard marked mandatory in a requirements table', async () => {
    const form = '# Lot 1 certificates\n\n| Standard | Status |\n| --- | --- |\n| ISO 20000-1 | Mandatory |\n| ISO 14001 | Desirable |\n';
    expect(await findings('sq', 'pcr2015', form)).toEqual(['proportionality/or-equivalent 4']);
  });

  it('reports insurance a numbered list of rejection reasons wants held already, except employer’s liability', async () => {
    const text = [
      '# Reasons we reject a request to participate',
      '',
      'We will reject your request to participate if you:',
      '',
      "1. do not confirm that you have employer's liability insurance of £5,000,000 minimum;",
      '2. do not confirm that you have public liability insurance of £2,000,000 minimum;',
      '3. do not sign the declaration.',
      '',
    ].join('\n');
    expect(await findings('sq', 'pcr2015', text)).toEqual(['proportionality/insurance-before-award 4']);
  });

  it('leaves the standard wording alone: have, or can commit to obtain before the contract starts', async () => {
    const text = [
      '# Insurance',
      '',
      'Please confirm that you already have, or can commit to obtain, prior to the commencement of the contract, the levels of cover below:',
      '',
      '| Insurance | Minimum cover | Answer |',
      '| --- | --- | --- |',
      '| Public liability | £2,000,000 | Yes/No |',
      '',
    ].join('\n');
    expect(await findings('sq', 'pcr2015', text)).toEqual([]);
  });
});

describe('proportionality in Word contracts', () => {
  it('reports indemnities taken outside the cap, not the buyer’s', async () => {
    const text = [
      '# 12 Limits on liability',
      '',
      "1. The Provider's total liability under each contract year shall not exceed £500,000.",
      '2. Despite clause 12.1, the Provider does not limit or exclude its liability for any indemnity given under clauses 7.3 and 9.2.',
      '3. Despite clause 12.1, the Council does not limit or exclude its liability for any indemnity given under clause 7.',
      '',
    ].join('\n');
    expect(await findings('contract', 'pcr2015', text)).toEqual(['proportionality/unlimited-liability 3']);
  });

  it('reports an indemnity against all losses in a schedule that caps nothing', async () => {
    const text = [
      '# Schedule 6: Staff transfer',
      '',
      '1. The Provider shall indemnify and keep indemnified the Council from and against all and any losses whatsoever arising from any claim by a transferring employee.',
      '2. Neither party shall be liable for any indirect or consequential loss.',
      '',
    ].join('\n');
    expect(await findings('contract', 'pcr2015', text)).toEqual(['proportionality/unlimited-liability 2']);
  });

  it('leaves an indemnity alone when the schedule refers to the limitation clause', async () => {
    const text = [
      '# Schedule 6: Staff transfer',
      '',
      '1. The Provider shall indemnify the Council against all losses arising from any claim by a transferring employee.',
      '2. Clause 12 (Limitation of Liability) of the Conditions applies to this schedule.',
      '',
    ].join('\n');
    expect(await findings('contract', 'pcr2015', text)).toEqual([]);
  });
});
