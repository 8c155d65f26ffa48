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
