/**
 * lead-in/missing-deadline — an ITT or SQ with no identifiable submission deadline, or a deadline date
 * without a time.
 * Rationale: PA 2023 s.54 (time limits for participation and tenders must be set, and be the same for every
 * supplier, s.54(2)); seed 000 §4.17 (lead-in time for submission of tenders: bidders must know it to plan).
 */
import { defineRule } from '../../core/engine/define';
import { formatDay } from '../../core/facts/calendar';
import { findPhrases } from '../../core/engine/phrases';
import type { RuleContext } from '../../core/engine/types';
import type { TextBlock } from '../../core/model/types';

/** Wording that tells bidders how or when to submit. */
const SUBMISSION_WORDING: RegExp[] = [
  /\b(?:tenders?|bids?|quotes?|quotations?|proposals?|responses?|questionnaires?|SQs?)\s+(?:must|should|shall|are\s+to)\s+be\s+(?:submitted|returned|received|uploaded|delivered)\b/i,
  /\b(?:deadline|closing\s+date)\s+for\s+(?:the\s+)?(?:submission|receipt|return)\b/i,
  /\bsubmit\s+(?:your|a|their)\s+(?:tender|bid|quote|quotation|proposal|response|questionnaire)\b/i,
];

const DEADLINE_LABEL = /\b(?:deadline|closing\s+date|return\s+date)\b/i;
/**
 * A bracketed placeholder, TBC/TBA/TBD or XX. The bracket pair has no bracket inside, so the text is not re-read
 * from each `[` of a run; it is found in the same texts as `\[[^\]]*\]`. Exported for tests.
 */
export const PLACEHOLDER = /\[[^\][]*\]|\bTB[CAD]\b|\bXX+\b/;

const TIME = /\b\d{1,2}[:.]\d{2}\b|\bnoon\b|\bmidday\b|\b\d{1,2}\s*[ap]\.?m\b/i;

export default defineRule({
  id: 'lead-in/missing-deadline',
  description: 'An ITT or SQ with no identifiable submission deadline date and time',
  severity: 'warning',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    noDeadline: 'No submission deadline date was found in this {{kind}}: state the date and time by which {{what}} must be received, in the timetable.',
    noTime: 'The submission deadline ({{deadline}}) has no time of day: state the time (for example "12:00 noon") so that every bidder works to the same deadline.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Bidders plan backwards from the deadline: when it is missing, hidden in a portal or given without a time of day, small organisations without a bid team are the most likely to miss it, and a deadline that is not the same for every supplier breaches PA 2023 s.54(2).

The rule runs on documents whose kind is \`itt\` or \`sq\`. It warns when the timetable (a table, a list or a sentence such as "Tenders must be submitted by 12 noon on Friday 22 January 2027") gives no dated submission deadline although the document has a timetable or tells bidders how to submit ("Tenders must be submitted through the portal"); an annex, fragment or template that says neither is left alone, and a deadline written as a placeholder (\"[insert date]\", \"TBC\") is left to \`drafting/placeholder\`. It also warns when the latest deadline has a date but no time.`,
  sources: [
    { label: 'PA 2023 s.54(2)', text: 'Time limits must be the same for every supplier.' },
    { label: 'PA 2023 s.54(3)–(4)', text: 'Participation and tendering periods run to the deadline set for requests or tenders.' },
    { label: 'Seed 000 §4.17', text: 'Procurement process: increase lead in time for submission of tenders.' },
  ],
  examples: {
    invalid: [
      {
        title: 'An ITT without a deadline',
        text: '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\nTenders must be submitted through the portal. The Council will evaluate tenders against the criteria in section 4.\n',
      },
    ],
    valid: [
      {
        title: 'A deadline with date and time',
        text: '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\nTenders must be submitted through the portal by 12 noon on Monday 15 February 2027.\n',
      },
    ],
  },
  check(context) {
    const { kind } = context.settings;
    if (kind !== 'itt' && kind !== 'sq') return;
    const deadlines = context.facts.timetable.filter((e) => e.type === 'submission-deadline' && e.date.iso);
    // A fragment, an annex or a template may leave the deadline to another document: report only when this
    // one has a timetable or talks about submitting, so there is somewhere the deadline should have been.
    const timetable = context.facts.timetable.some((e) => e.type !== 'other');
    const mentions = deadlines.length === 0 ? findPhrases(context, { messageId: 'noDeadline', phrases: [...SUBMISSION_WORDING, DEADLINE_LABEL] }) : [];
    // A deadline left as "[insert date]" or "TBC" is drafting/placeholder's finding, not a second one here.
    if (mentions.some((m) => PLACEHOLDER.test(rowText(context, m.block)))) return;
    if (deadlines.length === 0 && (timetable || mentions.some((m) => SUBMISSION_WORDING.some((re) => re.test(m.text))))) {
      const anchor = context.doc.blocks.find((b) => b.kind === 'heading') ?? context.doc.blocks[0];
      if (anchor) {
        context.report({
          messageId: 'noDeadline',
          data: { kind: kind === 'itt' ? 'invitation to tender' : 'selection questionnaire', what: kind === 'itt' ? 'tenders' : 'completed questionnaires' },
          block: anchor,
        });
      }
      return;
    }
    if (deadlines.length === 0 || deadlines.some((e) => e.date.time)) return;
    const last = deadlines.reduce((a, b) => (b.date.iso! > a.date.iso! ? b : a));
    // A time written in a cell of its own beside the date ("| 22 January 2027 | 12:00 |").
    const row = context.doc.tables.flatMap((t) => t.rows).find((r) => r.some((c) => c.block === last.date.block));
    if (row?.some((c) => TIME.test(c.text))) return;
    context.report({ messageId: 'noTime', data: { deadline: formatDay(last.date.iso!) }, range: last.date.range });
  },
});

/** A block's text, or its whole table row's for a table cell. */
function rowText(context: RuleContext, block: TextBlock): string {
  if (block.kind !== 'tableCell' || block.table === undefined) return block.text;
  const row = context.doc.tables[block.table]?.rows[block.row ?? -1];
  return row ? row.map((c) => c.text).join(' | ') : block.text;
}
