/**
 * response/unanswered — a required question left empty or holding only a placeholder ("TBC", "[answer]", "N/A").
 * Rationale: seed 004, Bidding for Contracts, "always provide what is asked for".
 */
import { defineRule } from '../../core/engine/define';
import { isBlankForm, judgesResponse } from '../../core/facts/response/index';

export default defineRule({
  id: 'response/unanswered',
  description: 'A question with no answer, or only a placeholder, in a bid under way',
  severity: 'error',
  kinds: ['response'],
  regimes: 'all',
  messages: {
    empty: 'Question "{{question}}" has no answer: an unanswered question scores nothing and may make the bid non-compliant. Answer it, or say why it does not apply.',
    placeholder: 'Question "{{question}}" holds only "{{answer}}": replace the placeholder with the answer before submitting.',
  },
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { blankForms: { type: 'boolean' } } },
    defaults: { blankForms: false },
  },
  fixable: false,
  explanation: `Every question in a tender is scored, and a question left blank scores nothing; a required one may make the whole bid non-compliant. The source papers' advice is to provide exactly what is asked for.

The rule reports a question whose answer is empty, or holds only a placeholder ("TBC", "to follow", "[answer]", "[insert …]", "N/A" or "not applicable", "xx", "…"). Questions are headings that state a question ("Question 4.1 …", a heading with a limit or asking the bidder something), numbered paragraphs and list items asking the bidder something, "Question:" lines of a rendered form, and questionnaire table rows: a question cell with a "Response" cell beside it, or a question row with the rows under it. The answer runs to the next question; limit lines, "Supplier response" labels, hints, advice and template tags are the form's, not the answer. Questions marked optional or "if applicable" are not reported, so "N/A" is a fine answer to them.

A blank form — fewer than half its required questions answered, such as a template or a bid not yet started — is not reported unless \`blankForms\` is true: the findings would only list every question.`,
  sources: [
    { label: 'Seed 004, Bidding for Contracts: Tips for winning public sector contracts', text: 'Follow instructions exactly and always provide what is asked for.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A question left at TBC in a bid under way',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Carers Support\n\n## Question 1: Experience (maximum 300 words)\n\nWe have supported unpaid carers in the district since 2011 and work with 420 carers a year.\n\n## Question 2: Staffing (maximum 300 words)\n\nOur team of six support workers is led by a registered social worker.\n\n## Question 3: Mobilisation (maximum 300 words)\n\nTBC\n',
      },
    ],
    valid: [
      {
        title: 'Every question answered; an optional one marked not applicable',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Carers Support\n\n## Question 1: Experience (maximum 300 words)\n\nWe have supported unpaid carers in the district since 2011 and work with 420 carers a year.\n\n## Question 2: Subcontractors (if applicable)\n\nN/A\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesResponse(settings.kind)) return;
    const questions = facts.response.questions;
    if (!context.options.blankForms && isBlankForm(questions)) return;
    for (const q of questions) {
      if (q.optional || q.state === 'answered') continue;
      const question = q.text.replace(/\s+/g, ' ').trim().slice(0, 80);
      const answer = q.answerBlocks.map((id) => context.doc.blocks[id]!.text.trim()).join(' ').slice(0, 40);
      context.report({
        messageId: q.state,
        data: { question, answer },
        range: q.state === 'placeholder' ? q.answerRange : q.range,
        facts: [`Question "${question}": ${q.state === 'empty' ? 'no answer' : `placeholder "${answer}"`}`],
      });
    }
  },
});
