/**
 * response/word-limit — an answer over its word or character limit (error), or within `nearLimitPercent` of it
 * (warning; off by default).
 * Rationale: seed 004, Bidding for Contracts, "Follow instructions exactly and always provide what is asked for".
 */
import { defineRule } from '../../core/engine/define';
import { countAgainstLimit, judgesResponse, limitAnchor } from '../../core/facts/response/index';

export default defineRule({
  id: 'response/word-limit',
  description: 'An answer over the word or character limit its question sets',
  severity: 'error',
  kinds: ['response'],
  regimes: 'all',
  messages: {
    over: 'This answer has {{count}} {{unit}} against a limit of {{limit}} ({{excess}} over): evaluators may stop reading at the limit or mark the answer non-compliant. Cut it to {{limit}} {{unit}} or fewer.',
    near: 'This answer has {{count}} {{unit}} against a limit of {{limit}}, within {{percent}}% of it: check the count the portal or form makes before submitting.',
  },
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { nearLimitPercent: { type: 'number', minimum: 0, maximum: 100 } } },
    defaults: { nearLimitPercent: 0 },
  },
  fixable: false,
  explanation: `A question that sets a word or character limit expects the answer to keep to it: evaluators may stop reading at the limit, and some tenders mark an answer over it as non-compliant. The source papers' first tip on bidding is to follow the instructions exactly and provide what is asked for.

The rule reads each question's limit in any common form ("maximum 500 words", "max. 500 words", "(500 words max)", "500-word limit", "no more than 1,500 characters", "Word limit: 300", "in no more than [500] words", a "[500]" in a word-limit column, an "answer type … max 100 words" line), or a limit the instructions state once for every answer ("each answer must not exceed 500 words", "a maximum of 300 words per question", applied to the questions that state none and reported at the question; a limit on the whole submission, a section or a lot is not one), and counts the answer under it, up to the next question, as evaluators do: words are runs of characters separated by white space, and tables, lists and subheadings in the answer count too; characters include spaces, each run of white space counted as one. An answer exactly at the limit is within it. Page limits ("max. 2 sides of A4") are noted but not counted, since pages depend on the layout. With \`nearLimitPercent\` above 0, an answer within that share of its limit is reported as a warning.`,
  sources: [
    { label: 'Seed 004, Bidding for Contracts: Tips for winning public sector contracts', text: 'Follow instructions exactly and always provide what is asked for (up to 1 in 5 bids are rejected because of bad photocopying etc).' },
    { label: 'Seed 004, Bidding for Contracts: The Bidding Process in detail', text: 'Make sure you are aware of criteria and the scoring framework before you start writing your bid.' },
  ],
  examples: {
    invalid: [
      {
        title: 'An answer over a 20-word limit',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Youth Mentoring\n\n## Question 2: Safeguarding (maximum 20 words)\n\nEvery mentor holds an enhanced DBS check, completes our two-day safeguarding course before matching and attends a refresher session every year with our lead.\n',
      },
    ],
    valid: [
      {
        title: 'An answer within its limit',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Youth Mentoring\n\n## Question 2: Safeguarding (maximum 20 words)\n\nEvery mentor holds an enhanced DBS check and completes our two-day safeguarding course before matching.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesResponse(settings.kind)) return;
    const percent = context.options.nearLimitPercent as number;
    for (const q of facts.response.questions) {
      const c = countAgainstLimit(q);
      if (!c || q.state !== 'answered') continue;
      const data = { count: c.count, unit: c.unit, limit: c.limit, excess: c.count - c.limit, percent };
      const related = [{ range: q.answerRange, message: `The answer: ${c.count} ${c.unit}` }];
      const factsLine = [`Limit ${c.limit} ${c.unit} ("${q.limit!.text}"); answer ${c.count} ${c.unit} — question "${q.text.replace(/\s+/g, ' ').slice(0, 80)}"`];
      if (c.count > c.limit) context.report({ messageId: 'over', data, range: limitAnchor(q), related, facts: factsLine });
      else if (percent > 0 && c.count >= c.limit * (1 - percent / 100)) context.report({ messageId: 'near', data, range: limitAnchor(q), related, facts: factsLine, severity: 'warning' });
    }
  },
});
