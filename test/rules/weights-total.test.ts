import rule from '../../rules/social-value/weights-total';
import { testRule } from '../helpers/rule-tester';

const itt = '---\ntenderlint:\n  kind: itt\n---\n\n# Invitation to Tender\n\n## Evaluation criteria\n\n';
// Content after `itt` starts on line 10.

testRule(rule, {
  valid: [
    {
      name: 'three criteria adding up to 100%',
      text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 45% |\n| Social value | 15% |\n`,
    },
    {
      name: 'sub-weights adding up to their parent, with a reference column and a total row',
      text: `${itt}| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 45% |\n| 2.1 | Service delivery | 25% |\n| 2.2 | Staffing | 20% |\n| 3 | Social value | 15% |\n| | Total | 100% |\n`,
    },
    {
      name: 'sub-weights given as percentages of the parent',
      text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| 1 Price | 60% |\n| 2 Quality | 40% |\n| 2.1 Approach | 50% |\n| 2.2 Team | 50% |\n`,
    },
    {
      name: 'weights in a list under an evaluation heading',
      text: `${itt}- Price: 50%\n- Quality: 40%\n  - Delivery plan: 25%\n  - Safeguarding: 15%\n- Social value: 10%\n`,
    },
    {
      name: 'marks matching a stated total',
      text: `${itt}| Question | Marks available |\n| --- | --- |\n| Q1 Approach | 20 |\n| Q2 Team | 20 |\n| Q3 Social value | 10 |\n| Total | 50 |\n`,
    },
    {
      name: 'weights stated in prose that add up',
      text: `${itt}Price will account for 40% of the total score, quality for 50% and social value for 10%.\n`,
    },
    {
      name: 'one weight stated in prose is not the whole split',
      text: `${itt}Social value will account for 10% of the total score.\n`,
    },
    {
      name: 'pass/fail rows without weights are left out of the sum',
      text: `${itt}| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Insurance | Pass/fail | N/A |\n| Price | Scored | 40% |\n| Quality | Scored | 60% |\n`,
    },
    {
      name: 'a quality table with its maximum score row',
      text: `${itt}| Question | Weighting |\n| --- | --- |\n| Approach | 40% |\n| Team | 40% |\n| Social value | 10% |\n| Maximum quality score | 90% |\n`,
    },
    {
      name: 'a worked example whose header holds a value',
      text: `${itt}| Bidder A discount of 20% | Bidder B discount of 15% |\n| --- | --- |\n| Price score 80% | Price score 60% |\n`,
    },
    {
      name: 'a pricing table is not an evaluation table',
      text: '---\ntenderlint:\n  kind: itt\n---\n\n## Pricing schedule\n\n| Item | Cost |\n| --- | --- |\n| Staff | £40,000 |\n| Overheads | £6,000 |\n',
    },
    {
      name: 'weight lines adding up, one split per lot',
      text: `${itt}For Lot 1 the weightings are:\n\nQuality 70%\n\nPrice 20%\n\nSocial value 10%\n\nFor Lot 2 the weightings are:\n\nQuality 30%\n\nPrice 60%\n\nSocial value 10%\n`,
    },
    {
      name: 'weight ranges are not added up',
      text: `${itt}| Criteria | Weighting range |\n| --- | --- |\n| Quality | 10% to 75% |\n| Team fit | 5% to 20% |\n| Price | 20% to 85% |\n\nThe weightings you choose must add up to 100%.\n`,
    },
    {
      name: "a buyer's form of ranges is not added up",
      text: `${itt}### Evaluation weighting\n\n#### Technical competence\n\nYou can choose between 15% and 70%.\n\n#### Price\n\nYou can choose between 25% and 80%.\n`,
    },
    {
      name: 'a criterion split off from its lines: say nothing rather than a wrong total',
      text: `${itt}Price: 30%  \nQuality: 60%\n\nQuality answers are marked by a panel of three.\n\nSocial value: 10%\n`,
    },
    {
      name: 'quality lines with no price are one part of the split',
      text: `${itt}Approach: 30%  \nTeam: 20%\n`,
    },
  ],
  invalid: [
    {
      name: 'weights adding up to 95%',
      text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 50% |\n| Quality | 35% |\n| Social value | 10% |\n`,
      errors: [{ messageId: 'total', line: 10, column: 1, message: 'add up to 95%, not 100%', related: 3 }],
    },
    {
      name: 'weights adding up to 110% in a list',
      text: `${itt}- Price: 60%\n- Quality: 40%\n- Social value: 10%\n`,
      errors: [{ messageId: 'total', line: 10, message: '110%' }],
    },
    {
      name: 'tab-separated weight lines adding up to 95%',
      text: `${itt}The weightings are:\n\nQuality\t55%\nPrice\t30%\nSocial value\t10%\n`,
      errors: [{ messageId: 'total', line: 12, message: 'add up to 95%, not 100%', related: 3 }],
    },
    {
      name: 'a total line that disagrees with the weight lines',
      text: `${itt}Quality: 50%  \nPrice: 40%  \nSocial value: 5%  \nTotal: 100%\n`,
      errors: [{ messageId: 'statedTotal', line: 13, message: 'says 100% but the weights above it add up to 95%' }],
    },
    {
      name: 'a total row that disagrees with the weights',
      text: `${itt}| Criterion | Weighting |\n| --- | --- |\n| Price | 50% |\n| Quality | 40% |\n| Social value | 5% |\n| Total | 100% |\n`,
      errors: [{ messageId: 'statedTotal', line: 15, message: 'says 100% but the weights above it add up to 95%' }],
    },
    {
      name: 'sub-weights that match neither the parent nor 100%',
      text: `${itt}| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 50% |\n| 2.1 | Delivery | 30% |\n| 2.2 | Staffing | 15% |\n| 3 | Social value | 10% |\n`,
      errors: [{ messageId: 'subTotal', line: 13, message: 'under "Quality" add up to 45%', related: 2 }],
    },
    {
      name: 'weights stated in prose adding up to 90%',
      text: `${itt}Price will account for 40% of the total score and quality for 50%.\n`,
      errors: [{ messageId: 'total', line: 10, message: 'add up to 90%', related: 2 }],
    },
    {
      name: 'marks not matching the stated total',
      text: `${itt}| Question | Marks available |\n| --- | --- |\n| Q1 Approach | 20 |\n| Q2 Team | 25 |\n| Total | 40 |\n`,
      errors: [{ messageId: 'statedTotal', line: 14 }],
    },
  ],
});
