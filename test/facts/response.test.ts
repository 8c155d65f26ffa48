/** Table-driven tests for the bid response facts: limits, questions and their answers, counts, states and evidence markers. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { detectSettings } from '../../core/facts/detect';
import { countCharacters, countWords, eachAnswerLimit, extractLimits, limitAnchor } from '../../core/facts/response/index';
import { isLimitLine } from '../../core/facts/response/limits';

const r = (text: string) => extractFacts(parseMarkdown(text)).response;

describe('limits', () => {
  it.each([
    ['Describe your approach (maximum 500 words).', 500, 'words'],
    ['Describe your approach (max. 500 words)', 500, 'words'],
    ['Describe your approach (500 words max)', 500, 'words'],
    ['Describe your approach in no more than 1,500 characters.', 1500, 'characters'],
    ['Your answer must not exceed 750 words.', 750, 'words'],
    ['Please use no more than [500] words.', 500, 'words'],
    ['Word limit: 300', 300, 'words'],
    ['Character limit – 2000', 2000, 'characters'],
    ['Provide a method statement of max. 2 sides of A4.', 2, 'pages'],
    ['Provide a method statement of no more than two sides of A4.', 2, 'pages'],
    ['answer type: textbox_large; max 100 words', 100, 'words'],
    ['Summarise your offer in a 250-word limit.', 250, 'words'],
    ['Answers of up to 400 words will be accepted.', 400, 'words'],
  ])('%s', (text, value, unit) => {
    expect(extractLimits(text).map((l) => [l.value, l.unit])).toEqual([[value, unit]]);
  });

  it.each([
    'We supported 500 people last year.',
    'The contract is worth £500,000 over three years.',
    'We answered 1,200 calls and sent one word of thanks.',
    'Tenders must be received by 12:00 on 3 March 2027.',
  ])('none in: %s', (text) => {
    expect(extractLimits(text)).toEqual([]);
  });

  it('tells a limit line from a question with a limit', () => {
    expect(isLimitLine('(Maximum 500 words)')).toBe(true);
    expect(isLimitLine('_answer type: textbox_large; max 100 words_')).toBe(true);
    expect(isLimitLine('Word limit: 300')).toBe(true);
    expect(isLimitLine('Describe how you will recruit volunteers (maximum 500 words).')).toBe(false);
  });
});

describe('counts', () => {
  it('counts words separated by white space and characters with spaces', () => {
    expect(countWords(['We will  recruit 20 volunteers.', 'a list item', 'cell text'])).toBe(10);
    expect(countCharacters(['We  will', 'act.'])).toBe('We will act.'.length);
    expect(countWords([])).toBe(0);
  });
});

const RESPONSE = `---
tenderlint:
  kind: response
---
# Tender Response: Community Transport

## Question 1: Experience (maximum 30 words)

We have run door-to-door transport in the district since 2009.

- 14 minibuses
- 120 volunteer drivers

## Question 2: Safeguarding

(Maximum 200 words)

Supplier response:

TBC

## Question 3: Subcontracting (if applicable)

## Question 4: What outcomes will the service achieve? (no more than 500 characters)

Response: Last year 86% of passengers told us they were able to stay living at home.
`;

describe('questions and answers', () => {
  const facts = r(RESPONSE);
  it('reads each question with its number, limit, answer, counts and state', () => {
    expect(
      facts.questions.map((q) => [q.number, q.limit ? `${q.limit.value} ${q.limit.unit}` : null, q.state, q.words, q.optional, q.outcomes]),
    ).toEqual([
      ['1', '30 words', 'answered', 15, false, false],
      ['2', '200 words', 'placeholder', 1, false, false],
      ['3', null, 'empty', 0, true, false],
      ['4', '500 characters', 'answered', 15, false, true],
    ]);
  });

  it('counts characters without the "Response:" label', () => {
    const q4 = facts.questions[3]!;
    expect(q4.characters).toBe('Last year 86% of passengers told us they were able to stay living at home.'.length);
  });

  it('reads numbered paragraphs as questions, with the paragraphs under them as answers', () => {
    const f = r('# Bid\n\n2.1 Describe how you will involve service users in designing the service (maximum 100 words).\n\nWe hold a users panel every quarter.\n\nIts chair sits on our board.\n\n2.2 How will you measure satisfaction? (max 50 words)\n\nAn annual survey.\n');
    expect(f.questions.map((q) => [q.number, q.limit?.value, q.words])).toEqual([
      ['2.1', 100, 13],
      ['2.2', 50, 3],
    ]);
  });

  it('reads a questionnaire table: a question cell with a response cell beside it', () => {
    const f = r('# Quality Questionnaire Response\n\n| Ref | Question | Word limit | Supplier response |\n| --- | --- | --- | --- |\n| Q1 | Describe your mobilisation plan. | [500] | We will mobilise in six weeks. |\n| Q2 | Describe your complaints process. | 300 |  |\n');
    expect(f.questions.map((q) => [q.limit?.value, q.state, q.words, q.origin])).toEqual([
      [500, 'answered', 6, 'table'],
      [300, 'empty', 0, 'table'],
    ]);
  });

  it('reads a rendered form: a heading, its "Question:" line, hints and an answer-type line; nothing answered', () => {
    const f = r('# Supplier application form\n\n### Team size\n\n**Question:** How many people will work on the service?\n\n*Hint:* Give a whole number.\n\nYou can change this later.\n\n_answer type: number_\n\n### Evidence\n\n**Question:** Give evidence of your experience\n\n_answer type: textbox_large; max 100 words_\n');
    expect(f.questions.map((q) => [q.text.includes('How many people'), q.limit?.value ?? null, q.state])).toEqual([
      [true, null, 'empty'],
      [false, 100, 'empty'],
    ]);
  });

  it('reads the wording under a question heading as part of the question', () => {
    const f = r('# Bid\n\n## Question 3\n\nDescribe how you will recruit volunteers (maximum 200 words).\n\nWe recruit through the volunteer centre.\n');
    expect(f.questions.map((q) => [q.limit?.value, q.words, q.state])).toEqual([[200, 6, 'answered']]);
  });

  it('ends an answer at a numbered clause or another instruction to the bidder (a flattened questionnaire)', () => {
    const f = r('# Bid\n\n7.3 Describe your health and safety arrangements (maximum 50 words).\n\nOur policy is reviewed each year by the board.\n\n7.4 (a) Confirm you hold employer\'s liability insurance.\n\nPlease provide the certificate number for your policy.\n\nYes.\n');
    expect(f.questions[0]!.words).toBe(9);
  });

  it('does not read references to questions, or the options of a choice, as questions or answers', () => {
    expect(r('# Bid\n\nQuestion 69 asks suppliers to pick a lot.\n\nQ166 – Q172;\n').questions).toEqual([]);
    const f = r('# Application form\n\n### Role\n\n**Question:** Which role are you applying for?\n\n_answer type: radios_\n\n- Developer — builds services\n- Designer — designs services\n');
    expect(f.questions.map((q) => q.state)).toEqual(['empty']);
  });

  it.each([
    ['## Question 5: What difference will the service make for carers?', true],
    ['## Question 5: Describe the outcomes you will achieve', true],
    ['## Question 5: Describe the impact of your service', true],
    ['## Question 5: Describe your staffing structure', false],
  ])('tells an outcomes question: %s', (heading, outcomes) => {
    expect(r(`# Bid\n\n${heading}\n\nWe will run 40 sessions.\n`).questions.map((q) => q.outcomes)).toEqual([outcomes]);
  });

  it('leaves a "Supplier response" subheading out of the answer', () => {
    const f = r('# Bid\n\n## Question 2: Staffing (maximum 30 words)\n\n### Supplier response\n\nOur team of six is led by a nurse.\n');
    expect(f.questions.map((q) => [q.words, q.state])).toEqual([[9, 'answered']]);
    const empty = r('# Bid\n\n## Question 1: Experience\n\nWe have run the service since 2016.\n\n## Question 2: Staffing (maximum 30 words)\n\n### Response\n');
    expect(empty.questions.map((q) => q.state)).toEqual(['answered', 'empty']);
  });

  it('does not read narrative headings as questions', () => {
    expect(r('# Our Bid\n\n## Our approach\n\nWe used a two-week sprint cycle.\n\n## How we work\n\nOur team meets daily.\n').questions).toEqual([]);
  });
});

describe('evidence markers', () => {
  const kinds = (text: string) => r(`# Tender response\n\n${text}\n`).paragraphs.flatMap((p) => p.evidence.map((e) => e.kind));
  it.each([
    ['Our team supported 146 families last year.', ['figure']],
    ['Satisfaction rose to 92% in 2025.', ['percentage', 'figure']],
    ['We were inspected by Ofsted on 4 March 2025.', ['source', 'date']],
    ['As shown in Appendix C, our volunteers are trained to level 2.', ['source', 'figure']],
    ['One carer told us that the service gave her back her evenings.', ['quotation']],
    ['For example, we moved a weekly group online within a day.', ['example']],
    ['We deliver excellent, high quality support.', []],
  ])('%s', (text, expected) => {
    expect([...new Set(kinds(text))].sort()).toEqual([...expected].sort());
  });

  it('counts activity figures', () => {
    expect(r('# Tender response\n\nWe made 9,812 calls and 2,140 visits to 212 older people.\n').paragraphs[0]!.activityCounts).toBe(3);
  });
});

  it('reads paragraphs when first asked for, once, and shows them in the facts as written out', () => {
    const response = r('# Tender response\n\nWe made 9,812 calls in 2025.\n\nWe deliver excellent support.\n');
    const first = response.paragraphs;
    expect(response.paragraphs).toBe(first);
    expect(first.map((p) => p.evidence.length > 0)).toEqual([true, false]);
    // JSON (the facts printout, the server's facts request) and structured clone (the check worker) see them too.
    expect(JSON.parse(JSON.stringify(response)).paragraphs).toHaveLength(2);
    expect(structuredClone(response).paragraphs).toHaveLength(2);
  });

describe('kind detection', () => {
  const kind = (text: string) => detectSettings(parseMarkdown(text)).kind;
  it('reads a bid response from its title', () => {
    expect(kind('# Tender Response: Befriending Service\n\nText.\n')).toBe('response');
    expect(kind('# Supplier response form\n\nText.\n')).toBe('response');
  });
  it('reads an untitled narrative in the bidder\'s voice as a response', () => {
    const bid = Array.from({ length: 4 }, () => 'Our team delivered the prototype in four sprints. We used open data and we tested it with our users each week, and our approach kept us close to what they needed.').join('\n\n');
    expect(kind(bid)).toBe('response');
  });
  it('does not read a buyer\'s "we" as a response', () => {
    const buyer = Array.from({ length: 4 }, () => 'We will evaluate each bid against our criteria. Bidders must submit their tender by the deadline and you must answer every question. Our team will clarify.').join('\n\n');
    expect(kind(buyer)).toBeUndefined();
    const council = Array.from({ length: 4 }, () => 'We want a service that our residents can reach easily. Our team will meet the provider each month and we will review our approach. The provider will report quarterly.').join('\n\n');
    expect(kind(council)).toBeUndefined();
    expect(kind('# Standard Selection Questionnaire\n\nPlease answer in no more than [500] words.\n')).toBe('sq');
  });
});

describe('a limit stated once for every answer', () => {
  it.each([
    ['Each answer must not exceed 500 words.', 500, 'words'],
    ['All responses are limited to a maximum of 1,000 characters, including spaces.', 1000, 'characters'],
    ['Please keep to a maximum of 300 words per question.', 300, 'words'],
    ['Answers to each of the questions below should be no more than 250 words.', 250, 'words'],
    ['Read the guidance first. Every response must be within 400 words; diagrams are not counted.', 400, 'words'],
  ])('reads %j', (text, value, unit) => {
    const m = eachAnswerLimit(text);
    expect(m && [m.value, m.unit, text.slice(m.start, m.end)]).toEqual([value, unit, m!.text]);
  });

  it.each([
    ['The total submission must not exceed 5,000 words.'],
    ['Responses to Section 4 must not exceed 2,000 words in total.'],
    ['Each answer may be no longer than 2 sides of A4.'],
    ['Describe your approach to each question in no more than 500 words for the service and 300 for the lot.'],
    ['We answered each question in under an hour.'],
    ['Question 3 must not exceed 500 words.'],
  ])('does not read %j as a limit on every answer', (text) => {
    expect(eachAnswerLimit(text)).toBeNull();
  });

  const BID = `---
tenderlint:
  kind: response
---
# Tender Response: Home from Hospital

Instructions: each answer must not exceed 12 words.

## Question 1: Describe your volunteers

We recruit, train and support forty volunteers across the district, each with a named coordinator.

## Question 2: Describe your referrals (maximum 30 words)

Ward staff refer patients through a single phone line answered seven days a week.

## Question 3: Describe your quality assurance

Monthly audits.
`;

  it('applies it to the questions that state no limit of their own, scoped to the document', () => {
    const f = r(BID);
    expect(f.questions.map((q) => [q.limit?.value, q.limit?.scope])).toEqual([
      [12, 'document'],
      [30, 'question'],
      [12, 'document'],
    ]);
    expect(limitAnchor(f.questions[0]!)).toEqual(f.questions[0]!.range);
    expect(limitAnchor(f.questions[1]!)).toEqual(f.questions[1]!.limit!.range);
  });

  it('reads nothing when two statements disagree, or from inside an answer', () => {
    expect(r(BID.replace('# Tender Response: Home from Hospital\n', '# Tender Response: Home from Hospital\n\nEach response must not exceed 40 words.\n')).questions.map((q) => q.limit?.value ?? null)).toEqual([null, 30, null]);
    expect(r(BID.replace('Instructions: each answer must not exceed 12 words.\n', '').replace('Monthly audits.', 'Monthly audits. Each answer our coordinators give callers is kept under 12 words.')).questions.map((q) => q.limit?.value ?? null)).toEqual([null, 30, null]);
  });
});
