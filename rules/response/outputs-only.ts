/**
 * response/outputs-only — an outcomes question answered with activity counts only, and no change for people.
 * Rationale: seed 004, Bidding for Contracts: evidence of outcomes, activities and outputs; "the dialogue is moving
 * on from outputs and activities to outcomes".
 */
import { defineRule } from '../../core/engine/define';
import { testText } from '../../core/model/memo';
import { judgesResponse } from '../../core/facts/response/index';

/** Wording that describes a change for people, not only work done. */
const CHANGE =
  /\b(?:outcomes?\s+(?:for|of|were|was|included|achieved)|reported\s+(?:feeling|being|that|an?\s+improve)|(?:felt|feel|feeling|became|become)\s+(?:less|more|better|safer|able|confident|independent)|improv(?:ed|ement|ing)|increas(?:ed|e\s+in)|reduc(?:ed|tion)|fewer|less\s+(?:lonely|isolated|anxious)|more\s+(?:confident|independent|able)|moved\s+(?:into|on\s+to)|into\s+(?:work|employment|education|training|housing)|sustain(?:ed|ing)|gained|achieved|progress(?:ed)?|now\s+(?:able|live|lives|manage|has|have)|able\s+to|went\s+on\s+to|stayed|remained|prevent(?:ed|ing)|avoid(?:ed|ing)|wellbeing\s+scores?|change[sd]?\s+(?:for|in)|difference)\b/i;

export default defineRule({
  id: 'response/outputs-only',
  description: 'An outcomes question answered with activity counts only',
  severity: 'info',
  kinds: ['response'],
  regimes: 'all',
  messages: {
    outputs: 'This question asks about outcomes, but the answer counts only activity ({{counts}} count(s) of people, sessions or contacts) and says nothing about what changed for people: add the outcomes, such as how many moved into work, felt less isolated or stayed safely at home, and how you measured them.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Commissioners buy outcomes: what changed for the people served. Counts of sessions, calls or referrals are outputs; they show work done, not the difference it made. The source papers note that the dialogue has moved on from outputs and activities to outcomes, and ask for a paragraph structure that evidences outcomes as well as activities and outputs.

The rule reports, as information, an answer to a question about outcomes, impact or difference made that states counts of activity ("212 older people", "9,812 calls", "40 sessions") and no change for people ("reported feeling less lonely", "moved into work", "improved", "reduced", "able to", "sustained"). An answer with no counts at all is not reported by this rule, nor is any answer to a question that does not ask about outcomes.`,
  sources: [
    { label: 'Seed 004, Bidding for Contracts: Evidence', text: 'Make sure you use a sentence and paragraph structure which provides evidence of your outcomes, your activities and your outputs.' },
    { label: 'Seed 004, Full value', text: 'The dialogue is moving on from outputs and activities to outcomes.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Outputs given for an outcomes question',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Employment Support\n\n## Question 5: What outcomes will the service achieve?\n\nLast year our advisers held 1,240 sessions with 310 participants and ran 48 workshops.\n',
      },
    ],
    valid: [
      {
        title: 'Outcomes beside the outputs',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Employment Support\n\n## Question 5: What outcomes will the service achieve?\n\nLast year our advisers held 1,240 sessions with 310 participants; 96 of them moved into paid work and 71 were still in work six months later.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings, doc } = context;
    if (!judgesResponse(settings.kind)) return;
    const paragraphs = new Map(facts.response.paragraphs.map((p) => [p.block, p]));
    for (const q of facts.response.questions) {
      if (!q.outcomes || q.state !== 'answered') continue;
      let counts = 0;
      let change = false;
      for (const id of q.answerBlocks) {
        counts += paragraphs.get(id)?.activityCounts ?? 0;
        if (testText(CHANGE, doc.blocks[id]!.text)) change = true;
      }
      if (counts === 0 || change) continue;
      context.report({ messageId: 'outputs', data: { counts }, range: q.range, related: [{ range: q.answerRange, message: 'The answer' }] });
    }
  },
});
