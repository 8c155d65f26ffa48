/**
 * payment/short-term — a service contract with a term under `minMonths` and no extension.
 * Rationale: seed 004 (three-year agreements as the norm; full cost recovery); seed 002 Section 6 (length of
 * contract; short-term contracts to smaller providers); seed 000 Appendix 2 (contracts too small to sustain).
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

/** Wording that makes a stated term a limit rather than the term ("cannot last for more than 2 years"). */
const LIMIT = /\b(?:cannot|can\s*not|must\s+not|may\s+not|will\s+not|shall\s+not)\s+(?:last|run|exceed|be\s+longer)\b|\b(?:maximum|up\s+to|no\s+(?:more|longer)\s+than|not\s+(?:more|longer)\s+than|at\s+most)\b/i;

export default defineRule({
  id: 'payment/short-term',
  description: 'A service contract shorter than two years with no extension',
  severity: 'info',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    short:
      'The contract runs for {{term}} with no extension: a provider cannot recover its set-up, recruitment and mobilisation costs over so short a term. Consider a term of at least {{min}} months (three-year agreements are the norm the source papers recommend), or an option to extend.',
  },
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { minMonths: { type: 'integer', minimum: 1 } } },
    defaults: { minMonths: 24 },
  },
  fixable: false,
  explanation: `Short contracts cost small and voluntary providers most: recruitment, premises, training and mobilisation must be recovered within the term, and staff are lost at each re-tender. The source papers recommend three-year agreements as the norm, full cost recovery and proper notice of funding changes, and find that short-term contracts are the ones most often given to smaller providers.

The rule reports a contract term (read by the contract facts from the duration facts next to "contract term", "initial period", "the contract will run for"…) shorter than \`minMonths\` (24 by default) when the document gives no extension, either as a period or as wording such as "may be extended" or "option to extend". A term written as a limit ("cannot last for more than 18 months", "up to 12 months") is not reported. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 004', text: 'Three-year agreements as the norm; full cost recovery; twelve months\' notice of funding changes.' },
    { label: 'Seed 002, Section 6', text: 'Length of contract and notice period; short-term contracts are given to smaller providers.' },
    { label: 'Seed 000, Appendix 2', text: 'Contracts too small to sustain a provider.' },
  ],
  examples: {
    invalid: [
      { title: 'A 12-month contract', text: '# Invitation to Tender: Befriending Service\n\nThe contract term is 12 months from 1 April 2027.\n' },
    ],
    valid: [
      { title: 'Three years with an extension', text: '# Invitation to Tender: Befriending Service\n\nThe contract term is 3 years from 1 April 2027, with an option to extend for a further 2 years.\n' },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const { initial, extensions } = facts.term;
    const min = context.options.minMonths as number;
    if (!initial || initial.months === null || initial.months >= min) return;
    if (extensions.length || facts.payment.extension.length) return;
    const at = initial.sentence.indexOf(initial.text);
    // "12 Months before the end of the Contract Period", "in any 6 Month period": a point in time, not the term.
    if (at >= 0 && /^\W*(?:before|after|prior|following|from\s+the\s+end|period\b)/i.test(initial.sentence.slice(at + initial.text.length))) return;
    const before = initial.sentence.slice(0, Math.max(0, initial.sentence.indexOf(initial.text)));
    if (LIMIT.test(before.slice(-50)) || LIMIT.test(initial.sentence.slice(initial.sentence.indexOf(initial.text) + initial.text.length).slice(0, 20))) return;
    context.report({ messageId: 'short', data: { term: phrase(initial.text), min: String(min) }, range: initial.range, facts: [`Contract term ${phrase(initial.text)} (${initial.months} months); no extension`] });
  },
});
