/**
 * drafting/placeholder — template text left in a document: "[insert date]", "[●]", TBC, TBA, "XX%", "£X",
 * "{{ supplier_name }}".
 * Rationale: bidders cannot price or plan against a blank; a published tender with gaps draws clarification
 * questions and shortens everyone's bidding time (seed 000 §4.17 on lead-in time; seed 004, bidding tips:
 * "follow instructions exactly").
 * In a template (`template: true`) well-formed placeholders are its fields: the rule reports instead placeholders
 * in another style, malformed or mixed ones, and gaps left in clauses the law fixes (docs/templates.md).
 * Placeholders are facts (`core/facts/placeholders.ts`), read here, never re-parsed.
 */
import { defineRule } from '../../core/engine/define';
import { PLACEHOLDER_STYLES, type PlaceholderFact, type PlaceholderStyle } from '../../core/facts/placeholder-types';

/** How each style is shown in messages. */
const STYLE_EXAMPLE: Record<PlaceholderStyle, string> = {
  bracket: '"[insert …]"',
  mustache: '"{{ field }}"',
  'merge-field': '"<<field>>"',
  blank: 'a bare blank such as "[●]"',
  tbc: '"TBC"',
  'x-value': 'an X value such as "£X" or "XX%"',
  'date-mask': '"dd/mm/yyyy"',
};

const DEFAULT_STYLES: PlaceholderStyle[] = ['bracket', 'mustache'];

/** Placeholders not lying inside another (the "TBC" of "[TBC]"). */
function outermost(items: readonly PlaceholderFact[]): PlaceholderFact[] {
  return items.filter((p) => !items.some((o) => o !== p && o.block === p.block && o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start));
}

export default defineRule({
  id: 'drafting/placeholder',
  description: 'Placeholders and template text left in the document',
  severity: 'error',
  kinds: 'all',
  regimes: 'all',
  messages: {
    placeholder: 'Placeholder "{{phrase}}" left in the document: replace it with the real wording or value before publication.',
    otherStyle: 'Placeholder "{{phrase}}" is written as {{style}}, not in this template\'s placeholder style ({{styles}}): whoever fills the template may not find it.',
    unbalanced: 'Malformed placeholder "{{phrase}}": its bracket is never closed (or never opened), so whoever fills the template may miss it or leave a stray bracket.',
    empty: 'Placeholder "{{phrase}}" does not say what to insert: name the field, as in "[insert date of issue]".',
    mixedStyles: 'Placeholder "{{phrase}}" is written as {{style}} while this template mostly uses {{main}}: use one style throughout.',
    fixedClause: 'Placeholder "{{phrase}}" left in the {{topic}} clause, which the law fixes: state it in the template rather than leave it to each tender.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        styles: {
          type: 'array',
          items: { enum: [...PLACEHOLDER_STYLES] },
          uniqueItems: true,
          minItems: 1,
          description: 'In a template (`template: true`), the placeholder styles its fields are written in: bracket ("[insert …]"), mustache ("{{ field }}"), merge-field ("<<field>>"), blank ("[●]"), tbc, x-value ("£X"), date-mask ("dd/mm/yyyy").',
        },
      },
    },
    defaults: { styles: DEFAULT_STYLES },
  },
  fixable: false,
  explanation: `Templates carry gaps such as \`[insert date]\`, \`[●]\`, \`TBC\`, \`XX%\`, \`£X\` or \`{{ supplier_name }}\`. Left in a published tender they leave bidders guessing at a date, a price basis or a requirement; every clarification question they raise eats into a bidding window that is already too short for small and voluntary organisations.

**Templates.** A document with \`template: true\` (front matter, config, an \`overrides\` entry for a templates folder, or \`--template\`) is made of placeholders by design, so a well-formed one is a field, not a gap. In a template the rule reports instead what makes a template hard to fill: a placeholder in a style other than the configured \`styles\` (by default the bracketed "[insert …]" family and \`{{ field }}\`), a malformed one (a bracket never closed or never opened, "[insert]" with nothing to insert), a second style mixed into a file that mostly uses one, and a placeholder left in a clause whose wording the law fixes (the 30-day payment period, the standstill period), which every tender copied from the template would carry. Other rules read a template's facts with every placeholder value unknown: a sample date in "[insert date, for example 3 March 2027]" is never read as the date.

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
      {
        title: 'A template with a gap in a fixed clause and a malformed field',
        text: '---\ntenderlint:\n  template: true\n---\n# Invitation to Tender\n\nThe Authority will pay valid invoices within [insert number] days of receipt.\n\nTenders must be returned by [insert deadline.\n',
      },
    ],
    valid: [
      {
        title: 'A template whose fields are well-formed placeholders',
        text: '---\ntenderlint:\n  template: true\n---\n# Invitation to Tender\n\nTenders must be returned to [insert name of authority] by 12 noon on [insert deadline date].\n',
      },
      { title: 'Citations and checkboxes are not placeholders', text: '# Invitation to Tender\n\nSee the judgment in [2019] EWHC 123 (TCC) and note [1].\n\n- [x] Form of Tender signed\n- [ ] Pricing schedule attached\n' },
    ],
  },
  check(context) {
    const items = context.facts.placeholders.items;
    if (!context.settings.template) {
      // A finished document: every placeholder is a gap (unbalanced brackets are only read in templates).
      for (const p of items) if (p.problem !== 'unbalanced') context.report({ messageId: 'placeholder', data: { phrase: p.text }, range: p.range });
      return;
    }
    const styles = (context.options['styles'] as PlaceholderStyle[] | undefined) ?? DEFAULT_STYLES;
    const fields = outermost(items);
    // The main style: the configured style used most (the first used on a tie).
    const counts = new Map<PlaceholderStyle, number>();
    for (const p of fields) if (!p.problem && styles.includes(p.style)) counts.set(p.style, (counts.get(p.style) ?? 0) + 1);
    let main: PlaceholderStyle | null = null;
    for (const [style, n] of counts) if (main === null || n > counts.get(main)!) main = style;
    for (const p of fields) {
      const phrase = p.text;
      if (p.problem) context.report({ messageId: p.problem, data: { phrase }, range: p.range });
      else if (!styles.includes(p.style)) {
        context.report({ messageId: 'otherStyle', data: { phrase, style: STYLE_EXAMPLE[p.style], styles: styles.map((s) => STYLE_EXAMPLE[s]).join(' or ') }, range: p.range });
      } else if (p.fixedClause) context.report({ messageId: 'fixedClause', data: { phrase, topic: p.fixedClause }, range: p.range });
      else if (main && p.style !== main) {
        context.report({ messageId: 'mixedStyles', data: { phrase, style: STYLE_EXAMPLE[p.style], main: STYLE_EXAMPLE[main] }, range: p.range });
      }
    }
  },
});
