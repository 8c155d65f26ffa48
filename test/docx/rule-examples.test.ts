/**
 * Every rule's metadata `invalid` examples (Markdown) are rebuilt as Word documents — headings with Word heading
 * styles, paragraphs, lists, tables, CriticMarkup as real tracked changes and comments — and the rule must fire
 * on the DOCX at the Word paragraphs that correspond to the Markdown blocks it fires on. This covers every
 * registered rule, including rules added after this test was written.
 */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { frontMatterSettings } from '../../core/config/settings';
import { lintDocument, lintText } from '../../core/engine/linter';
import { blockAtOffset } from '../../core/model/docx-location';
import { parseMarkdown } from '../../core/model/markdown';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { markdownToDocx } from './helpers';

const cases = rules.flatMap((rule) => rule.meta.examples.invalid.map((example) => [rule.meta.id, example.title, rule, example] as const));

describe('rule examples as Word documents', () => {
  it('cover every rule', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBe(rules.length);
  });

  it.each(cases)('%s: "%s" fires at the same paragraphs in DOCX', async (_id, _title, rule, example) => {
    // Front matter has no Word form: its settings are given as config instead.
    const settings = frontMatterSettings(parseMarkdown(example.text).frontMatter).settings;
    const config = resolveFileConfig(rules, null, 'example.docx', {
      rules: Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? { severity: rule.meta.severity, options: example.options ?? {} } : 'off'])),
      settings,
    });
    const markdown = lintText(example.text, 'example.md', config, rules);
    const mdFindings = markdown.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressions);
    expect(mdFindings.length).toBeGreaterThan(0);

    const built = await markdownToDocx(example.text);
    const doc = await readDocx(built.buffer, 'example.docx');
    const docx = lintDocument(doc, config, rules);
    const docxFindings = docx.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressions);
    expect(docx.findings.filter((f) => f.fatal)).toEqual([]);

    // Where the Markdown finding sits, as the Word paragraph its block became.
    const expected = mdFindings
      .map((f) => {
        const block = blockAtOffset(built.doc, f.range.start.offset);
        return `${built.paragraphOf.get(block?.id ?? -1) ?? 1} ${f.messageId}`;
      })
      .sort();
    const actual = docxFindings.map((f) => `${f.docx?.paragraph} ${f.messageId}`).sort();
    expect(actual, docxFindings.map((f) => `${f.docx?.paragraph}: ${f.message}`).join('\n')).toEqual(expected);
  });
});
