/** Table-driven tests for the award facts: criteria categories, pass/fail, unweighted criteria, prose weights, scales, importance, social value questions. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { awardSplits, classifyCriterion, effectiveShares, isPassFail } from '../../core/facts/evaluation';

const facts = (text: string) => extractFacts(parseMarkdown(text));

describe('classifyCriterion', () => {
  it.each([
    ['Price', 'price'],
    ['Commercial', 'price'],
    ['Whole-life cost', 'price'],
    ['Quality', 'quality'],
    ['Technical merit', 'quality'],
    ['Social value', 'social-value'],
    ['Community benefits', 'social-value'],
    ['Fighting climate change', 'social-value'],
    ['Social value and cost', 'social-value'],
    ['Service delivery', 'other'],
    ['Value for money', 'other'],
  ])('%s → %s', (name, category) => {
    expect(classifyCriterion(name)).toBe(category);
  });
});

describe('isPassFail', () => {
  it.each([
    ['Pass/Fail', true],
    ['Safeguarding policy (pass or fail)', true],
    ['Pass / fail', true],
    ['A pass/fail threshold of 2 applies', false],
    ['Minimum score of 2 (pass/fail)', false],
    ['Scored 0–5', false],
  ])('%s → %s', (text, expected) => {
    expect(isPassFail(text)).toBe(expected);
  });
});

describe('evaluation criteria beyond weighted tables', () => {
  it.each([
    {
      name: 'categories and pass/fail rows in a table',
      text: '## Evaluation\n\n| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Safeguarding policy | Pass/fail | |\n| Price | Scored | 40% |\n| Quality | Scored | 50% |\n| Social value | Scored | 10% |\n',
      expected: [['Safeguarding policy', null, 'other', true], ['Price', 40, 'price', false], ['Quality', 50, 'quality', false], ['Social value', 10, 'social-value', false]],
    },
    {
      name: 'an unweighted criteria table under an evaluation heading',
      text: '## Evaluation criteria\n\n| Criterion | What we look for |\n| --- | --- |\n| Service delivery | A clear model |\n| Staffing | Supervision |\n',
      expected: [['Service delivery', null, 'other', false], ['Staffing', null, 'other', false]],
    },
    {
      name: 'a list of criteria introduced as the award criteria',
      text: '# ITT\n\n## Award\n\nTenders will be evaluated against the following criteria:\n\n- Price\n- Service delivery\n- Social value\n',
      expected: [['Price', null, 'price', false], ['Service delivery', null, 'other', false], ['Social value', null, 'social-value', false]],
    },
    {
      name: 'numbered factors named after a colon',
      text: '## Evaluation criteria\n\nThe evaluation factors for award are as follows:\n\n- Factor 1: Technical approach\n- Factor 2: Price\n',
      expected: [['Technical approach', null, 'quality', false], ['Price', null, 'price', false]],
    },
    {
      name: 'weights stated in prose',
      text: '# ITT\n\n## How we will evaluate\n\nPrice will account for 40% of the total score. Quality is weighted at 50% and social value carries a weighting of 10%.\n',
      expected: [['Price', 40, 'price', false], ['Quality', 50, 'quality', false], ['Social value', 10, 'social-value', false]],
    },
    {
      name: 'prose with the percentage first',
      text: '# ITT\n\nTenders will be evaluated on the basis of 60% quality and 40% price.\n',
      expected: [['Quality', 60, 'quality', false], ['Price', 40, 'price', false]],
    },
  ])('$name', ({ text, expected }) => {
    const evaluation = facts(text).evaluation;
    expect(evaluation).toHaveLength(1);
    expect(evaluation[0]!.criteria.map((c) => [c.name, c.weight, c.category, c.passFail])).toEqual(expected);
  });

  it.each([
    ['a minimum quality threshold', '# ITT\n\n## Evaluation\n\nBidders must score at least 60% on quality to proceed.\n'],
    ['a price increase', '# Contract\n\nPrices may increase by no more than 3% each year.\n'],
    ['a list of steps under an evaluation heading', '## Evaluation\n\n1. We check each bid is complete and was submitted on time.\n2. Three officers score each answer on their own and then agree a score.\n'],
    ['a buyer form listing sub-criteria types', '## Evaluation\n\nEvaluate suppliers’ technical competence using criteria for:\n\n- essential skills\n- proposal\n'],
    ['a score-descriptor table', '## Scoring\n\n| Score | Descriptor |\n| --- | --- |\n| 5 | Excellent |\n| 0 | Unacceptable |\n'],
  ])('no criteria from %s', (_name, text) => {
    expect(facts(text).evaluation).toEqual([]);
  });

  it('a prose statement is not added when a table gives the weights', () => {
    const text = '## Evaluation\n\nPrice will account for 40% of the total score.\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 60% |\n';
    expect(facts(text).evaluation.map((t) => t.origin)).toEqual(['table']);
  });

  it('a "Maximum quality score" row makes the table one part of the split', () => {
    const text = '## Evaluation\n\n| Question | Weighting |\n| --- | --- |\n| Approach | 40% |\n| Team | 50% |\n| Maximum quality score | 90% |\n';
    const [table] = facts(text).evaluation;
    expect(table).toMatchObject({ partial: true, statedTotal: { value: 90 } });
  });
});

describe('awardSplits and effectiveShares', () => {
  it.each([
    ['top-level social value', '| 1 | Price | 40% |\n| 2 | Quality | 50% |\n| 3 | Social value | 10% |\n', 10],
    ['sub-weights adding up to the parent', '| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | 52% |\n| 2.2 | Social value | 8% |\n', 8],
    ['sub-weights as shares of the parent', '| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | 80% |\n| 2.2 | Social value | 20% |\n', 12],
  ])('%s', (_name, rows, share) => {
    const text = `## Evaluation\n\n| Ref | Criterion | Weighting |\n| --- | --- | --- |\n${rows}`;
    const splits = awardSplits(facts(text).evaluation);
    expect(splits).toHaveLength(1);
    const shares = effectiveShares(splits[0]!);
    const sv = [...shares.entries()].find(([c]) => c.category === 'social-value')!;
    expect(sv[1]).toBeCloseTo(share);
  });

  it('a quality-only marks table is not the award split', () => {
    const text = '## Scoring\n\n| Question | Marks available |\n| --- | --- |\n| Q1 Approach | 20 |\n| Q2 Team | 20 |\n';
    expect(awardSplits(facts(text).evaluation)).toEqual([]);
  });
});

describe('scoring scales', () => {
  it.each([
    ['Quality answers are scored 0 to 5 using the descriptors in Annex C.', [[0, 5, 'annex', 'Annex C']]],
    ['Each answer is scored out of 10.', [[null, 10, null, null]]],
    ['Answers will be scored on a 0–4 scale.', [[0, 4, null, null]]],
    ['Responses are evaluated using the scoring matrix in Appendix 2.', [[null, null, 'annex', 'Appendix 2']]],
    ['The contract will run for 2 to 3 years.', []],
    ['Answers should be between 300 and 500 words.', []],
  ])('%s', (sentence, expected) => {
    expect(facts(`## Evaluation\n\n${sentence}\n`).award.scales.map((s) => [s.min, s.max, s.descriptors, s.reference])).toEqual(expected);
  });

  it('reads a table of scores and descriptors', () => {
    const text = '## Scoring\n\n| Score | Descriptor |\n| --- | --- |\n| 5 | Excellent: fully meets the requirement |\n| 3 | Good |\n| 0 | Unacceptable |\n';
    expect(facts(text).award.scales.map((s) => [s.min, s.max, s.descriptors])).toEqual([[0, 5, 'table']]);
  });

  it('reads a descriptor table inside a larger question table', () => {
    const text = '## Quality\n\n| Question 1 | |\n| --- | --- |\n| Describe your approach. | |\n| 100 | The response fully addresses both sub-criteria. |\n| 50 | The response addresses one of the sub-criteria. |\n| 0 | No response. |\n';
    expect(facts(text).award.scales.map((s) => [s.min, s.max, s.descriptors])).toEqual([[0, 100, 'table']]);
  });

  it('does not read a numbered table of steps as a scale', () => {
    const text = '## Evaluation process\n\n| Step | What happens |\n| --- | --- |\n| 1 | We check compliance with the rules |\n| 2 | Evaluators score the quality answers |\n';
    expect(facts(text).award.scales).toEqual([]);
  });

  it('reads a run of descriptor lines', () => {
    const text = '## Scoring\n\n- 5 – Excellent: exceeds the requirement\n- 3 – Good: meets the requirement\n- 1 – Poor: major gaps\n- 0 – No response\n';
    expect(facts(text).award.scales.map((s) => [s.min, s.max, s.descriptors])).toEqual([[0, 5, 'text']]);
  });
});

describe('relative importance', () => {
  it.each([
    ['The criteria are listed in descending order of importance.', 'ranking'],
    ['All questions are equally weighted.', 'equal'],
    ['Technical factors combined are significantly more important than price.', 'description'],
    ['The contract is important to the Council.', null],
  ])('%s → %s', (sentence, kind) => {
    expect(facts(`# ITT\n\n${sentence}\n`).award.importance.map((i) => i.kind)).toEqual(kind ? [kind] : []);
  });
});

describe('social value questions', () => {
  it.each([
    ['Q5. Please demonstrate your commitment to social value.', false, false],
    ['Describe how you will support local employment through this contract.', false, true],
    ['Describe the employment opportunities you will create for local residents, with the number of opportunities each year and how you will report them.', true, true],
    ['How will you reduce carbon emissions from service delivery, and what targets will you set?', true, true],
  ])('%s', (question, measurable, specific) => {
    const found = facts(`# ITT\n\n## Social value\n\n${question}\n`).award.socialValueQuestions;
    expect(found.map((q) => [q.measurable, q.specific])).toEqual([[measurable, specific]]);
  });

  it.each([
    ['guidance in a social value section', '## Social value\n\nSocial value is worth 10% of the total score.\n'],
    ['a quality question outside social value', '## Quality\n\nDescribe how you will mobilise the service in the first three months.\n'],
    ['a word limit', '## Social value\n\nPlease provide your answer in no more than 500 words.\n'],
  ])('none from %s', (_name, text) => {
    expect(facts(`# ITT\n\n${text}`).award.socialValueQuestions).toEqual([]);
  });
});
