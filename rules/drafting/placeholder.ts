/**
 * drafting/placeholder — template text left in a document: "[insert date]", "[●]", TBC, TBA, "XX%", "£X",
 * "{{ supplier_name }}".
 * Rationale: bidders cannot price or plan against a blank; a published tender with gaps draws clarification
 * questions and shortens everyone's bidding time (seed 000 §4.17 on lead-in time; seed 004, bidding tips:
 * "follow instructions exactly").
 */
import { defineRule } from '../../core/engine/define';
import { checkPhrases } from '../../core/engine/phrases';

/** Placeholder shapes, as data. Square brackets only count when their content reads as an instruction. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // [insert date], [Insert name of Authority], [enter value], [TBC], [date], [name of organisation]
  /\[\s*(?:insert|enter|add|specify|state|tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|determined|advised)|name\s+of|date|amount|value|number|details?|supplier|authority|organisation)\b[^\][]{0,120}\]/gi,
  // [●], [•], [...], […], [___], [XX], [?]
  /\[\s*(?:[●•]+|\.{3,}|…|_{2,}|X{1,}|x{2,}|\?+)\s*\]/g,
  // TBC / TBA / TBD as words, in capitals
  /\b(?:TBC|TBA|TBD)\b/g,
  // £X, £XX, £X,XXX, £xx.xx
  /£\s?[Xx]+(?:[,.][Xx]+)*(?![A-Za-z])/g,
  // XX%, XX days, XX weeks
  /\b[Xx]{2,}\s?(?:%|per\s?cent\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b)/g,
  // {{ template_field }}, <<merge field>> (template logic such as {% if %} is left alone: it is not a gap)
  /\{\{[^{}]{0,80}\}\}|<<[^<>]{1,60}>>/g,
  // dd/mm/yyyy, DD/MM/YY
  /\b(?:dd|DD)\/(?:mm|MM)\/(?:yy|YY){1,2}\b/g,
];

export default defineRule({
  id: 'drafting/placeholder',
  description: 'Placeholders and template text left in the document',
  severity: 'error',
  kinds: 'all',
  regimes: 'all',
  messages: {
    placeholder: 'Placeholder "{{phrase}}" left in the document: replace it with the real wording or value before publication.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Templates carry gaps such as \`[insert date]\`, \`[●]\`, \`TBC\`, \`XX%\`, \`£X\` or \`{{ supplier_name }}\`. Left in a published tender they leave bidders guessing at a date, a price basis or a requirement; every clarification question they raise eats into a bidding window that is already too short for small and voluntary organisations.

The rule looks for bracketed instructions ("[insert …]", "[name of …]", "[date]"), bullet and ellipsis placeholders in square brackets, TBC/TBA/TBD in capitals, money and percentages written with X, template tags and "dd/mm/yyyy". Ordinary square brackets are left alone: citations such as "[1]" or "[2019] EWHC 123", task-list boxes "[ ]" and "[x]", and lower-case "to be confirmed" in a sentence.`,
  sources: [
    { label: 'Seed 000 §4.17', text: 'Increase lead-in time for submission of tenders.' },
    { label: 'Seed 004, Bidding for Contracts: some top tips', text: 'Follow instructions exactly and always provide what is asked for.' },
    { label: 'PA 2023 s.54(2)', text: 'Time limits must be the same for every supplier; an unclear document favours whoever already knows the answer.' },
  ],
  examples: {
    invalid: [
      { title: 'A bracketed instruction left in the timetable', text: '# Invitation to Tender\n\nTenders must be returned by 12 noon on [insert date].\n' },
      { title: 'Values not yet filled in', text: '# Invitation to Tender\n\nThe estimated contract value is £X per annum and social value carries XX% of the marks. Contract start: TBC.\n' },
    ],
    valid: [
      { title: 'Citations and checkboxes are not placeholders', text: '# Invitation to Tender\n\nSee the judgment in [2019] EWHC 123 (TCC) and note [1].\n\n- [x] Form of Tender signed\n- [ ] Pricing schedule attached\n' },
    ],
  },
  check(context) {
    checkPhrases(context, {
      messageId: 'placeholder',
      phrases: PLACEHOLDER_PATTERNS,
      data: (m) => ({ phrase: m.text }),
    });
  },
});
