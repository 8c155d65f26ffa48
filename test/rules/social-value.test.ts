/** Rule tests for the social-value family (weights-total has its own file). */
import missing from '../../rules/social-value/missing';
import weightMinimum from '../../rules/social-value/weight-minimum';
import noWeighting from '../../rules/social-value/no-weighting';
import priceDominant from '../../rules/social-value/price-dominant';
import scoringScale from '../../rules/social-value/scoring-scale';
import vagueCriterion from '../../rules/social-value/vague-criterion';
import communityEngagement from '../../rules/social-value/community-engagement';
import passFailWeighted from '../../rules/social-value/pass-fail-weighted';
import { testRule } from '../helpers/rule-tester';

const itt = '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Carers Support Service\n\n## 5. Evaluation criteria\n\n';
// Content after `itt` starts on line 10.

/** A sound evaluation section: weights, sub-weights, a scale with descriptors, a measurable social value question. */
const SOUND = `${itt}| Ref | Criterion | Weighting |
| --- | --- | --- |
| 1 | Price | 40% |
| 2 | Quality | 45% |
| 2.1 | Service delivery and outcomes | 25% |
| 2.2 | Carer involvement and community engagement | 20% |
| 3 | Social value | 15% |
| | Total | 100% |

Quality and social value answers are scored 0 to 5 using the descriptors in Annex C.

## 6. Social value

Q6. Describe the volunteering and employment opportunities you will create for local residents over the contract term, with the number of opportunities each year and how you will report them to the Council.
`;

const table = (rows: string) => `${itt}| Criterion | Weighting |\n| --- | --- |\n${rows}\nAnswers are scored 0 to 5 against the descriptors in Annex B.\n`;

testRule(missing, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'social value as a sub-criterion', text: `${itt}| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | 50% |\n| 2.2 | Social value | 10% |\n` },
    { name: 'a quality-only marks table (price is elsewhere)', text: `${itt}| Question | Marks available |\n| --- | --- |\n| Q1 Approach | 20 |\n| Q2 Team | 20 |\n` },
    { name: 'unweighted criteria (no split to judge)', text: `${itt}Tenders will be evaluated against the following criteria:\n\n- Price\n- Quality\n` },
    { name: 'social value among weight lines', text: `${itt}The weightings are:\n\nQuality\t60%\nPrice\t30%\nSocial value\t10%\n` },
    { name: 'weight ranges including social value', text: `${itt}| Criteria | Weighting range |\n| --- | --- |\n| Quality, including social value | 10% to 90% |\n| Price | 10% to 90% |\n` },
    { name: 'a pass/fail questionnaire has no award criteria', text: '---\ntenderlint:\n  kind: sq\n---\n\n# Selection questionnaire\n\n## Part 7\n\n| Question | Response |\n| --- | --- |\n| Do you hold the insurance required? | Pass/fail |\n| Do you pay the living wage? | Pass/fail |\n' },
    { name: 'contract terms are not an award', text: '---\ntenderlint:\n  kind: contract\n---\n\n# Terms\n\n## Evaluation weighting\n\nQuality\t60%\nPrice\t40%\n' },
  ],
  invalid: [
    { name: 'price and quality only, in a table', text: table('| Price | 70% |\n| Quality | 30% |'), errors: [{ messageId: 'missing', severity: 'warning', line: 10, column: 1, message: 'Price 70%, Quality 30%' }] },
    { name: 'price and quality only, in prose', text: `${itt}Price will account for 40% of the total score and quality for 60%.\n`, errors: [{ messageId: 'missing', line: 10 }] },
    {
      name: 'a central-government buyer (front matter) makes it required',
      text: '---\ntenderlint:\n  kind: itt\n  buyer: central-government\n---\n\n# Invitation to Tender: Carers Support Service\n\n## 5. Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 60% |\n| Quality | 40% |\n',
      errors: [{ messageId: 'missingRequired', severity: 'error', line: 11 }],
    },
    { name: 'required by the buyer', options: { required: true }, text: table('| Price | 60% |\n| Quality | 40% |'), errors: [{ messageId: 'missingRequired', severity: 'error', line: 10, message: 'at least 10%' }] },
    { name: 'tab-separated weight lines', text: `${itt}The weightings are:\n\nQuality\t60%\nPrice\t40%\n`, errors: [{ messageId: 'missing', line: 12, message: 'Quality 60%, Price 40%' }] },
    {
      name: "weight ranges in a buyer's brief form",
      text: `${itt}### Evaluation weighting\n\nThe weightings must add up to 100%.\n\n#### Technical competence\n\nYou can choose between 15% and 70%.\n\n#### Team fit\n\nYou can choose between 5% and 25%.\n\n#### Price\n\nYou can choose between 25% and 80%.\n`,
      errors: [{ messageId: 'missing', line: 14, message: 'Technical competence 15–70%, Team fit 5–25%, Price 25–80%' }],
    },
  ],
});

testRule(weightMinimum, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'exactly 10%', text: table('| Price | 50% |\n| Quality | 40% |\n| Social value | 10% |') },
    { name: 'a lower minimum set by option', options: { minWeight: 5 }, text: table('| Price | 50% |\n| Quality | 45% |\n| Social value | 5% |') },
  ],
  invalid: [
    { name: 'a token 5% in a table', text: table('| Price | 50% |\n| Quality | 45% |\n| Social value | 5% |'), errors: [{ messageId: 'belowMinimum', line: 14, column: 18, message: 'is 5% of the total score, below 10%' }] },
    {
      name: '10% of a 60% quality weighting is 6% of the total',
      text: `${itt}| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | 90% |\n| 2.2 | Social value | 10% |\n`,
      errors: [{ messageId: 'belowMinimum', line: 15, message: 'is 6% of the total' }],
    },
    { name: 'stated in prose', text: `${itt}Price will account for 50% of the total score, quality for 45% and social value for 5%.\n`, errors: [{ messageId: 'belowMinimum', line: 10 }] },
    { name: 'required', options: { required: true }, text: table('| Price | 52% |\n| Quality | 40% |\n| Social value | 8% |'), errors: [{ messageId: 'belowMinimumRequired', severity: 'error', line: 14 }] },
  ],
});

testRule(noWeighting, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'criteria in descending order of importance', text: `${itt}Tenders will be evaluated against the following criteria, listed in descending order of importance:\n\n- Service delivery\n- Price\n- Social value\n` },
    { name: 'equally weighted questions', text: `${itt}| Question | Word limit |\n| --- | --- |\n| Q1 Approach | 500 |\n| Q2 Staffing | 500 |\n\nAll questions are equally weighted.\n` },
    { name: 'pass/fail criteria need no weight', text: `${itt}| Criterion | Method |\n| --- | --- |\n| Insurance | Pass/fail |\n| Safeguarding policy | Pass/fail |\n` },
    { name: 'weight ranges are a weighting', text: `${itt}| Criteria | Weighting range |\n| --- | --- |\n| Quality | 10% to 90% |\n| Price | 10% to 90% |\n` },
    { name: 'weight lines', text: `${itt}The weightings are:\n\nQuality\t60%\nPrice\t30%\nSocial value\t10%\n` },
    { name: 'steps of the process are not criteria', text: `${itt}The evaluation will take place in three stages.\n\n1. We check each bid is complete and was submitted on time.\n2. Three officers score each answer on their own, then agree a score.\n` },
  ],
  invalid: [
    { name: 'a list of criteria with no weights', text: `${itt}Tenders will be evaluated against the following criteria:\n\n- Price\n- Service delivery\n- Social value\n`, errors: [{ messageId: 'criteria', line: 12, message: 'Price, Service delivery, Social value' }] },
    {
      name: 'bullets under an award criteria heading',
      text: `${itt}### Award criteria\n\n- Service model and staffing\n- Partnership with local groups\n- Price\n`,
      errors: [{ messageId: 'criteria', line: 12, message: 'Service model and staffing, Partnership with local groups, Price' }],
    },
    { name: 'a criteria table with no weights', text: `${itt}| Criterion | What we look for |\n| --- | --- |\n| Service delivery | A clear model |\n| Price | Best value |\n`, errors: [{ messageId: 'criteria', line: 10 }] },
    {
      name: 'sub-criteria with no sub-weights',
      text: `${itt}| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | |\n| 2.2 | Staffing | |\n`,
      errors: [{ messageId: 'subCriteria', line: 13, message: 'under "Quality" (Delivery, Staffing)' }],
    },
  ],
});

testRule(priceDominant, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'exactly 60%', text: table('| Price | 60% |\n| Quality | 30% |\n| Social value | 10% |') },
    { name: 'each lot judged on its own', text: `${itt}Lot 1 will be weighted as follows:\n\nQuality 60%\n\nPrice 30%\n\nSocial value 10%\n\nLot 2 will be weighted as follows:\n\nQuality 45%\n\nPrice 45%\n\nSocial value 10%\n` },
    { name: 'ranges a buyer chooses from are not weights', text: `${itt}| Criteria | Weighting range |\n| --- | --- |\n| Quality | 10% to 30% |\n| Price | 70% to 90% |\n` },
    { name: 'a goods contract', text: `---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender: Supply of equipment\n\nThis is a contract for the supply of equipment to day centres.\n\n## Evaluation\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 80% |\n| Quality | 10% |\n| Social value | 10% |\n` },
  ],
  invalid: [
    { name: '70% price in a table', text: table('| Price | 70% |\n| Quality | 20% |\n| Social value | 10% |'), errors: [{ messageId: 'dominant', line: 12, column: 11, message: 'Price is 70% of the total score, above 60%' }] },
    { name: 'in prose', text: `${itt}Price will account for 80% of the total score and quality for 20%.\n`, errors: [{ messageId: 'dominant', line: 10, column: 24 }] },
    {
      name: 'one lot of two with price above the maximum',
      text: `${itt}Lot 1 will be weighted as follows:\n\nQuality 60%\n\nPrice 30%\n\nSocial value 10%\n\nLot 2 will be weighted as follows:\n\nQuality 15%\n\nPrice 75%\n\nSocial value 10%\n`,
      errors: [{ messageId: 'dominant', line: 22, column: 7, message: 'Price is 75% of the total score' }],
    },
    {
      name: "the bidder's existing supply contracts do not make this a goods contract",
      text: `${itt}Subcontractors do not include suppliers under an existing supply contract.\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 70% |\n| Quality | 20% |\n| Social value | 10% |\n`,
      errors: [{ messageId: 'dominant', line: 14 }],
    },
    { name: 'a lower maximum set by option', options: { maxPriceWeight: 40 }, text: table('| Price | 50% |\n| Quality | 40% |\n| Social value | 10% |'), errors: [{ messageId: 'dominant', line: 12 }] },
  ],
});

testRule(scoringScale, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'a descriptor table', text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 60% |\n\n## Scoring\n\n| Score | Descriptor |\n| --- | --- |\n| 5 | Excellent: exceeds the requirement |\n| 3 | Good: meets the requirement |\n| 0 | Unacceptable |\n` },
    { name: 'price only', text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 100% |\n` },
  ],
  invalid: [
    { name: 'weights and no scale', text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 50% |\n| Social value | 10% |\n`, errors: [{ messageId: 'noScale', line: 10, message: 'Quality, Social value' }] },
    { name: 'a bare scale with no descriptors', text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 60% |\n\nEach quality answer is scored out of 10.\n`, errors: [{ messageId: 'noDescriptors', line: 15 }] },
  ],
});

testRule(vagueCriterion, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'a question with targets', text: `${itt}## Social value\n\nHow will you reduce carbon emissions from delivering the service, and what targets will you set for each year of the contract?\n` },
    { name: 'guidance is not a question', text: `${itt}## Social value\n\nSocial value is worth 15% of the total score and is evaluated by two officers.\n` },
  ],
  invalid: [
    { name: 'a generic question', text: `${itt}## Social value\n\nQ6. Please demonstrate your commitment to social value.\n`, errors: [{ messageId: 'vague', line: 12, column: 1 }] },
    {
      name: 'unweighted bullets and a generic social value question',
      text: `${itt}### Award criteria\n\n- Service model\n- Price\n- Social value\n\n## Social value\n\nQ7. Explain how your organisation will add social value.\n`,
      errors: [{ messageId: 'vague', line: 18 }],
    },
    { name: 'a theme with no measure', text: `${itt}## Social value\n\nDescribe how you will support local employment through this contract.\n`, errors: [{ messageId: 'noMeasure', line: 12 }] },
    { name: 'a social value question in an evaluation table', text: `${itt}| Question | Weighting |\n| --- | --- |\n| Explain how you will deliver social value through this contract | 10% |\n| Describe your service model and how it meets the specification | 90% |\n`, errors: [{ messageId: 'vague', line: 12 }] },
  ],
});

testRule(communityEngagement, {
  valid: [
    { name: 'a sound evaluation section', options: { enabled: true }, text: SOUND },
    { name: 'off unless enabled', text: table('| Price | 40% |\n| Service delivery | 45% |\n| Social value | 15% |') },
    { name: 'service-user involvement asked for in a question', options: { enabled: true }, text: `${table('| Price | 40% |\n| Quality | 45% |\n| Social value | 15% |')}\nQ3. Describe how people who use the service will be involved in shaping it, and how you will report back to them.\n` },
  ],
  invalid: [
    { name: 'nothing about the community', options: { enabled: true }, text: table('| Price | 40% |\n| Service delivery | 45% |\n| Social value | 15% |'), errors: [{ messageId: 'missing', line: 10 }] },
  ],
});

testRule(passFailWeighted, {
  valid: [
    { name: 'a sound evaluation section', text: SOUND },
    { name: 'pass/fail rows without weights', text: `${itt}| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Insurance | Pass/fail | N/A |\n| Price | Scored 0–100 | 40% |\n| Quality | Scored 0–5 | 60% |\n` },
    { name: 'a minimum threshold on a weighted question', text: `${itt}| Criterion | Notes | Weighting |\n| --- | --- | --- |\n| Price | | 40% |\n| Quality | Minimum score of 2 on each question (pass/fail threshold) | 60% |\n` },
  ],
  invalid: [
    { name: 'a pass/fail criterion with a weight', text: `${itt}| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Price | Scored | 40% |\n| Quality | Scored | 50% |\n| Safeguarding policy | Pass/fail | 10% |\n`, errors: [{ messageId: 'weighted', line: 14, message: '"Safeguarding policy" is marked pass/fail but also carries a weight of 10%' }] },
    { name: 'in a list', text: `${itt}- Price: 40%\n- Quality: 50%\n- Insurance (pass/fail): 10%\n`, errors: [{ messageId: 'weighted', line: 12 }] },
  ],
});
