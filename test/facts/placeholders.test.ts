import { describe, expect, it } from 'vitest';
import { extractPlaceholders, fixedClauseOf, buildPlaceholders, describePlaceholders, placeholderField } from '../../core/facts/placeholders';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import type { PlaceholderValue } from '../../core/facts/placeholder-types';

type Pinned = Pick<PlaceholderValue, 'text' | 'style' | 'problem' | 'field'>;
const p = (text: string, style: Pinned['style'], field: string, problem: Pinned['problem'] = null): Pinned => ({ text, style, field, problem });

const cases: Array<{ input: string; expected: Pinned[] }> = [
  // The bracketed instruction family
  { input: 'Return it by [insert date].', expected: [p('[insert date]', 'bracket', 'insert date')] },
  { input: '[Insert  name of Authority] invites tenders', expected: [p('[Insert  name of Authority]', 'bracket', 'insert name of authority')] },
  { input: 'Budget: [amount] a year', expected: [p('[amount]', 'bracket', 'amount')] },
  // Template tags and merge fields
  { input: 'Between us and {{ supplier_name }}.', expected: [p('{{ supplier_name }}', 'mustache', 'supplier_name')] },
  { input: 'Dear {{ contact | title }},', expected: [p('{{ contact | title }}', 'mustache', 'contact')] },
  { input: 'Signed for <<Supplier Name>>', expected: [p('<<Supplier Name>>', 'merge-field', 'supplier name')] },
  // Other styles
  { input: 'Value £[●] in total', expected: [p('[●]', 'blank', '●')] },
  { input: 'Start: TBC', expected: [p('TBC', 'tbc', 'tbc')] },
  { input: 'Start: [to be confirmed]', expected: [p('[to be confirmed]', 'tbc', 'to be confirmed')] },
  { input: 'Budget £X, weight XX%', expected: [p('£X', 'x-value', '£x'), p('XX%', 'x-value', 'xx%')] },
  { input: 'Return by dd/mm/yyyy', expected: [p('dd/mm/yyyy', 'date-mask', 'dd/mm/yyyy')] },
  // Malformed: nothing to insert, brackets never closed or never opened
  { input: 'Return it by [insert].', expected: [p('[insert]', 'bracket', 'insert', 'empty')] },
  { input: 'Dear {{ }},', expected: [p('{{ }}', 'mustache', '', 'empty')] },
  { input: 'Return it by [insert date at noon', expected: [p('[insert date at noon', 'bracket', 'insert date at noon', 'unbalanced')] },
  { input: 'Return it by insert date] at noon', expected: [p('insert date]', 'bracket', 'insert date', 'unbalanced')] },
  { input: 'Dear {{ contact_name },', expected: [p('{{ contact_name },', 'mustache', 'contact_name', 'unbalanced')] },
  { input: 'Dear contact_name}} and team', expected: [p('contact_name}}', 'mustache', 'contact_name', 'unbalanced')] },
  // Not placeholders
  { input: 'See [2019] EWHC 123 (TCC) and note [1].', expected: [] },
  { input: 'Sites are to be confirmed by email.', expected: [] },
  { input: '{% if lots %}Lots apply{% endif %}', expected: [] },
  { input: 'An unrelated [note without an instruction', expected: [] },
];

describe('extractPlaceholders', () => {
  for (const { input, expected } of cases) {
    it(JSON.stringify(input), () => {
      const found = extractPlaceholders(input).map(({ text, style, problem, field }) => ({ text, style, problem, field }));
      expect(found).toEqual(expected);
      for (const m of extractPlaceholders(input)) expect(input.slice(m.start, m.end)).toBe(m.text);
    });
  }
});

describe('placeholderField', () => {
  it.each([
    ['[insert date.]', 'bracket', 'insert date'],
    ['{{supplier_name}}', 'mustache', 'supplier_name'],
    ['{{ Lot }}', 'mustache', 'Lot'],
  ] as const)('%s', (text, style, field) => expect(placeholderField(text, style)).toBe(field));
});

describe('fixedClauseOf', () => {
  it.each([
    ['The Authority will pay valid invoices within [insert number] days of receipt.', '[insert number]', 'payment period'],
    ['Payment will be made within [insert payment period] of a valid invoice.', '[insert payment period]', 'payment period'],
    ['Invoices are paid within [insert number of days].', '[insert number of days]', 'payment period'],
    ['A standstill period of [insert standstill period] applies.', '[insert standstill period]', 'standstill period'],
    // The gap is not the clause's term
    ['Suppliers pay for their own travel within [insert area].', '[insert area]', null],
    ['Invoices are sent to [insert address] within 5 days of the month end.', '[insert address]', null],
    ['Payment will be made within [insert] of a valid invoice.', '[insert]', null],
    ['A standstill period of [insert number] working days applies.', '[insert number]', 'standstill period'],
    // Varies by tender: not a fixed clause
    ['The standstill period ends at midnight on [insert date].', '[insert date]', null],
    ['Payment is made monthly by [insert method].', '[insert method]', null],
    ['Tenders must be returned by [insert date].', '[insert date]', null],
  ] as const)('%s', (sentence, placeholder, topic) => expect(fixedClauseOf(sentence, placeholder)).toBe(topic));
});

describe('buildPlaceholders', () => {
  const text = '# ITT\n\nReturn to [insert name of authority] by [insert date].\n\nQuestions to [Insert name of authority].\n\n```\n[insert code]\n```\n\nStart: [insert].\n';
  const facts = buildPlaceholders(parseMarkdown(text, 't.md'));
  it('groups a template\'s fields with their lines and counts, leaving code blocks alone', () => {
    expect(facts.items.map((i) => i.text)).toEqual(['[insert name of authority]', '[insert date]', '[Insert name of authority]', '[insert]']);
    expect(facts.fields.map((f) => [f.text, f.count, f.lines])).toEqual([
      ['[insert name of authority]', 2, [3, 5]],
      ['[insert date]', 1, [3]],
    ]);
  });
  it('describes the fields for --print-facts', () => {
    expect(describePlaceholders(facts)).toEqual([
      'Template fields: 2 (3 placeholders)',
      '  [insert name of authority] (bracket): 2 times, lines 3, 5',
      '  [insert date] (bracket): 1 time, line 3',
      '  malformed (empty): [insert], line 11',
    ]);
  });
});

describe('placeholder values in a template are unknown', () => {
  const text = '# ITT\n\nIssued on [insert date of issue, for example 2 March 2027]; budget [insert budget, for example £40,000]. Weight 20%.\n';
  const doc = () => parseMarkdown(text, 't.md');
  it('reads the sample values of an ordinary document', () => {
    const facts = extractFacts(doc());
    expect(facts.dates.map((d) => d.iso)).toEqual(['2027-03-02']);
    expect(facts.money.map((m) => m.amount)).toEqual([40000]);
  });
  it('reads none inside a template\'s placeholders, and keeps the values outside them', () => {
    const facts = extractFacts(doc(), undefined, { template: true });
    expect(facts.dates).toEqual([]);
    expect(facts.money).toEqual([]);
    expect(facts.percentages.map((p) => p.value)).toEqual([20]);
  });
});
