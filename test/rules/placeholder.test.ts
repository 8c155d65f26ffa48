import rule from '../../rules/drafting/placeholder';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    { name: 'sound timetable sentence', text: '# ITT\n\nTenders must be returned by 12 noon on Friday 22 January 2027 through the Council\'s e-tendering portal.\n' },
    { name: 'legal citations in square brackets', text: 'See R (on the application of X) v Council [2019] EWHC 123 (TCC) and footnote [1].\n' },
    { name: 'task list checkboxes', text: '## Checklist\n\n- [x] Form of Tender signed\n- [ ] Pricing schedule attached\n' },
    { name: 'checkbox in a table cell', text: '| Document | Enclosed |\n| --- | --- |\n| Insurance certificate | [ ] |\n| Policies | [x] |\n' },
    { name: 'lower-case "to be confirmed" in prose', text: 'Site visits are to be confirmed with each bidder by email after the clarification period.\n' },
    { name: 'numbers, money and percentages', text: 'The budget is £60,000 per annum and social value carries 10% of the marks; allow 30 days.\n' },
    { name: 'Markdown links', text: 'Read the [Procurement Act 2023](https://www.legislation.gov.uk/ukpga/2023/54) guidance.\n' },
    { name: 'an X in a name or code', text: 'Contact Xavier at Box X, or use form XR-2.\n' },
  ],
  invalid: [
    { name: '[insert date]', text: 'Tenders must be returned by 12 noon on [insert date].\n', errors: [{ messageId: 'placeholder', line: 1, column: 40, endColumn: 53, message: '"[insert date]"' }] },
    { name: '[Insert name of Authority]', text: '[Insert name of Authority] invites tenders.\n', errors: [{ messageId: 'placeholder', line: 1, column: 1 }] },
    { name: 'bullet placeholder [●]', text: 'The contract value is £[●].\n', errors: [{ messageId: 'placeholder', line: 1, column: 24 }] },
    { name: 'TBC and TBA', text: '| Event | Date |\n| --- | --- |\n| Award | TBC |\n| Start | TBA |\n', errors: [{ messageId: 'placeholder', line: 3, column: 11 }, { messageId: 'placeholder', line: 4, column: 11 }] },
    { name: 'XX% and £X', text: 'Social value is worth XX% of the marks and the budget is £X per year.\n', errors: [{ messageId: 'placeholder', line: 1, column: 23 }, { messageId: 'placeholder', line: 1, column: 58 }] },
    { name: 'template tags', text: 'This agreement is between the Council and {{ supplier_name }}.\n', errors: [{ messageId: 'placeholder', line: 1, column: 43 }] },
    { name: 'dd/mm/yyyy', text: 'Return by dd/mm/yyyy.\n', errors: [{ messageId: 'placeholder', line: 1, column: 11 }] },
    { name: 'inside emphasis, range mapped back to the source', text: 'The deadline is **[insert date]** at noon.\n', errors: [{ messageId: 'placeholder', line: 1, column: 19, endColumn: 32 }] },
  ],
});

// Templates: well-formed placeholders are fields; other styles, malformed and mixed ones, and gaps in fixed clauses are not.
const template = { template: true } as const;
testRule(rule, {
  valid: [
    { name: 'template: bracketed fields', settings: template, text: '# ITT\n\nTenders must be returned to [insert name of authority] by 12 noon on [insert deadline date].\n' },
    { name: 'template: tag fields', settings: template, text: 'This agreement is between {{ authority_name }} and {{ supplier_name }}.\n' },
    { name: 'template in front matter', text: '---\ntenderlint:\n  template: true\n---\n# ITT\n\nReturn to [insert name of authority].\n' },
    { name: 'template: a style allowed by the option', settings: template, options: { styles: ['merge-field'] }, text: 'Signed for <<Supplier Name>> on <<Date>>.\n' },
    { name: 'template: the date of a standstill period is not fixed', settings: template, text: 'The standstill period ends at midnight on [insert date].\n' },
    { name: 'template: a payment method is not fixed', settings: template, text: 'Payment is made monthly in arrears by [insert method of payment].\n' },
    { name: 'template: fixed clauses stated in full', settings: template, text: 'The Authority will pay valid invoices within 30 days of receipt to [insert supplier bank details].\n' },
  ],
  invalid: [
    {
      name: 'template: placeholders in another style',
      settings: template,
      text: 'Contract start: TBC. Budget £X. Value £[●]. Return by dd/mm/yyyy to [insert address].\n',
      errors: [
        { messageId: 'otherStyle', column: 17, message: '"TBC"' },
        { messageId: 'otherStyle', column: 29, message: '"£X"' },
        { messageId: 'otherStyle', column: 40, message: '"[●]"' },
        { messageId: 'otherStyle', column: 55, message: '"dd/mm/yyyy"' },
      ],
    },
    { name: 'template: "[TBC]" once, not twice', settings: template, text: 'Award: [TBC] and [insert start date].\n', errors: [{ messageId: 'otherStyle', column: 8 }] },
    { name: 'template: unclosed bracket', settings: template, text: 'Return it to [insert address by noon.\n', errors: [{ messageId: 'unbalanced', column: 14, message: '"[insert address by noon"' }] },
    { name: 'template: unopened bracket', settings: template, text: 'Return it by insert date] at noon.\n', errors: [{ messageId: 'unbalanced', column: 14 }] },
    { name: 'template: unclosed tag', settings: template, text: 'Dear {{ contact_name },\n', errors: [{ messageId: 'unbalanced', column: 6 }] },
    { name: 'template: nothing to insert', settings: template, text: 'Return it to [insert].\n', errors: [{ messageId: 'empty', column: 14 }] },
    {
      name: 'template: mixed styles, the minority reported',
      settings: template,
      text: 'Return to [insert name of authority] by [insert date]; questions to {{ officer_email }}.\n',
      errors: [{ messageId: 'mixedStyles', column: 69, message: 'mostly uses "[insert …]"' }],
    },
    {
      name: 'template: option narrows the styles',
      settings: template,
      options: { styles: ['mustache'] },
      text: 'Between {{ authority_name }} and [insert supplier].\n',
      errors: [{ messageId: 'otherStyle', column: 34 }],
    },
    { name: 'template: payment period left open', settings: template, text: 'The Authority will pay valid invoices within [insert number] days of receipt.\n', errors: [{ messageId: 'fixedClause', column: 46, message: 'payment period' }] },
    { name: 'template: standstill left open', settings: template, text: 'A standstill period of [insert number] working days applies after notice.\n', errors: [{ messageId: 'fixedClause', column: 24, message: 'standstill period' }] },
    { name: 'not a template: unbalanced brackets are not read', text: 'Return it to [insert address by [insert date].\n', errors: [{ messageId: 'placeholder', column: 33 }] },
  ],
});
