/** Rule tests for the response family: each rule fires on the shapes it names and stays silent on a strong bid. */
import { describe, expect, it } from 'vitest';
import wordLimit from '../../rules/response/word-limit';
import unanswered from '../../rules/response/unanswered';
import weakCommitment from '../../rules/response/weak-commitment';
import unevidencedClaim from '../../rules/response/unevidenced-claim';
import outputsOnly from '../../rules/response/outputs-only';
import letterOfIntent from '../../rules/response/letter-of-intent';
import { testRule } from '../helpers/rule-tester';
import { lintWith } from '../helpers/lint';
import { applySuggestion } from '../helpers/suggestions';
import { lintText } from '../../core/engine/linter';
import { onlyRule } from '../helpers/lint';
import { rules } from '../../rules/index';

const front = (kind: string) => `---\ntenderlint:\n  kind: ${kind}\n---\n\n`;
const bid = (body: string) => `${front('response')}# Tender Response: Hospital Discharge Support\n\n${body}`;
// Body text after `bid()` starts on line 8.

/** Twenty words exactly. */
const TWENTY = 'Our volunteers collect patients from the ward, settle them at home and phone them the next morning to check in.';

/** A strong bid: limits kept (one exactly met), commitments firm, claims evidenced, outcomes given. */
export const STRONG = bid(`## Question 1: Experience (maximum 60 words)

We have run hospital discharge support at Riverside General since 2016. In 2025 our 38 volunteers supported 604 patients home, and 91% of them were not readmitted within 30 days.

## Question 2: Approach (maximum 20 words)

${TWENTY}

## Question 3: What outcomes will the service achieve?

Last year we made 1,820 follow-up calls; 412 patients who lived alone said they felt safer at home, and readmissions fell by 14%.

## Question 4: Quality

Our highly experienced coordinator has led the service for nine years. One patient told us: "I would not have managed the first week without them."

## Question 5: Partnership

We have signed a letter of intent with the prime contractor for a guaranteed minimum of 250 referrals a year at £95 per referral.

## Question 6: Mobilisation (no more than 300 characters)

We will start the service on 1 April 2027, with every volunteer already trained.
`);

const ALL = [wordLimit, unanswered, weakCommitment, unevidencedClaim, outputsOnly, letterOfIntent];

describe('a strong bid', () => {
  it('draws no response finding, with a word limit exactly met', () => {
    const out = lintWith(STRONG);
    expect(out.findings.filter((f) => f.family === 'response').map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`)).toEqual([]);
    const q2 = out.facts.response.questions[1]!;
    expect([q2.words, q2.limit?.value]).toEqual([20, 20]);
  });
});

describe('buyer documents and unknown kinds', () => {
  const weakItt = `${front('itt')}# Invitation to Tender: Discharge Support\n\n## Question 2: Approach (maximum 5 words)\n\nWe aim to award by June, where possible. Bidders should describe excellent, high quality services. A letter of intent will be signed with the prime contractor.\n`;
  it('stay silent on an ITT, a contract and a document of unknown kind', () => {
    for (const text of [weakItt, weakItt.replace('kind: itt', 'kind: contract'), weakItt.replace(/---[^]*?---\n\n/, '').replace('Invitation to Tender', 'Discharge Support')]) {
      const out = lintText(text, 'test.md', onlyRule(weakCommitment), rules);
      const found = ALL.flatMap((rule) => lintText(text, 'test.md', onlyRule(rule), rules).findings.filter((f) => f.family === 'response'));
      expect(out.settings.kind).not.toBe('response');
      expect(found.map((f) => f.ruleId)).toEqual([]);
    }
  });
});

testRule(wordLimit, {
  valid: [
    { name: 'exactly at the word limit', text: bid(`## Question 2: Approach (maximum 20 words)\n\n${TWENTY}\n`) },
    { name: 'a page limit is noted, not counted', text: bid(`## Question 2: Approach (max. 1 side of A4)\n\n${TWENTY} ${TWENTY} ${TWENTY}\n`) },
    { name: 'an empty answer is for unanswered', text: bid('## Question 2: Approach (maximum 20 words)\n\n## Question 3: Staffing\n\nSix staff.\n') },
    { name: 'a limit exactly met with near-limit warnings on is over nothing', text: bid(`## Question 2: Approach (maximum 40 words)\n\n${TWENTY}\n`), options: { nearLimitPercent: 10 } },
    { name: 'characters exactly at the limit', text: bid('## Question 6: Start (no more than 25 characters)\n\nWe start on 1 April 2027\n') },
    { name: 'a limit on the whole submission is not applied to each answer', text: bid(`The whole submission must not exceed 20 words.\n\n## Question 2: Approach\n\n${TWENTY} Always.\n`) },
    { name: 'a question\'s own limit wins over the one stated for every answer', text: bid(`Each answer must not exceed 10 words.\n\n## Question 2: Approach (maximum 30 words)\n\n${TWENTY}\n`) },
  ],
  invalid: [
    {
      name: 'one word over',
      text: bid(`## Question 2: Approach (maximum 20 words)\n\n${TWENTY} Always.\n`),
      errors: [{ messageId: 'over', line: 8, message: '21 words against a limit of 20 (1 over)', related: 1 }],
    },
    {
      name: 'lists and a table in the answer are counted',
      text: bid('## Question 2: Approach\n\n(Maximum 10 words)\n\nOur service has three parts:\n\n- collection from the ward\n- settling in\n\n| Day | Contact |\n| --- | --- |\n| 1 | call |\n'),
      errors: [{ messageId: 'over', line: 10, message: '15 words against a limit of 10' }],
    },
    {
      name: 'a character limit',
      text: bid('## Question 6: Start (no more than 20 characters)\n\nWe start on 1 April 2027\n'),
      errors: [{ messageId: 'over', message: '24 characters against a limit of 20' }],
    },
    {
      name: 'a limit in a questionnaire table',
      text: bid('| Ref | Question | Word limit | Response |\n| --- | --- | --- | --- |\n| 2.1 | Describe your approach to safeguarding. | [5] | Every volunteer holds an enhanced DBS check. |\n'),
      errors: [{ messageId: 'over', message: '7 words against a limit of 5' }],
    },
    {
      name: 'a limit stated once for every answer, reported at each question over it',
      text: bid(`Each answer must not exceed 20 words.\n\n## Question 1: Approach\n\n${TWENTY} Always.\n\n## Question 2: Staffing\n\nSix staff.\n\n## Question 3: Risks\n\n${TWENTY} ${TWENTY}\n`),
      errors: [
        { messageId: 'over', line: 10, message: '21 words against a limit of 20 (1 over)' },
        { messageId: 'over', line: 18, message: '40 words against a limit of 20 (20 over)' },
      ],
    },
    {
      name: 'near the limit, with nearLimitPercent',
      text: bid(`## Question 2: Approach (maximum 21 words)\n\n${TWENTY}\n`),
      options: { nearLimitPercent: 5 },
      errors: [{ messageId: 'near', severity: 'warning', message: '20 words against a limit of 21' }],
    },
  ],
});

testRule(unanswered, {
  valid: [
    { name: 'a strong bid', text: STRONG },
    { name: 'optional question left empty and one marked N/A', text: bid('## Question 1: Experience\n\nWe have run the service since 2016.\n\n## Question 2: Subcontractors (if applicable)\n\nN/A\n\n## Question 3: Other information (optional)\n') },
    { name: 'a blank form: nothing answered yet', text: bid('## Question 1: Experience (maximum 300 words)\n\n## Question 2: Staffing (maximum 300 words)\n\nSupplier response:\n\n## Question 3: Mobilisation (maximum 300 words)\n') },
    { name: 'an answer with a "Response:" label', text: bid('## Question 1: Experience\n\nResponse: We have run the service since 2016.\n') },
  ],
  invalid: [
    {
      name: 'empty and placeholder answers in a bid under way',
      text: bid('## Question 1: Experience\n\nWe have run the service since 2016.\n\n## Question 2: Staffing\n\nOur team of six is led by a nurse.\n\n## Question 3: Mobilisation\n\n[Answer]\n\n## Question 4: Exit plan\n\n## Question 5: Risks\n\nOur risk register is reviewed monthly.\n'),
      errors: [
        { messageId: 'placeholder', line: 18, message: '"[Answer]"' },
        { messageId: 'empty', line: 20, message: 'Question 4: Exit plan' },
      ],
    },
    {
      name: 'a blank form, with blankForms on',
      text: bid('## Question 1: Experience (maximum 300 words)\n\n## Question 2: Staffing (maximum 300 words)\n'),
      options: { blankForms: true },
      errors: [{ messageId: 'empty', line: 8 }, { messageId: 'empty', line: 10 }],
    },
    {
      name: 'N/A on a required question',
      text: bid('## Question 1: Experience\n\nWe have run the service since 2016.\n\n## Question 2: Safeguarding lead\n\nN/A\n'),
      errors: [{ messageId: 'placeholder', line: 14 }],
    },
  ],
});

testRule(weakCommitment, {
  valid: [
    { name: 'a strong bid', text: STRONG },
    { name: 'past tense reports of aims', text: bid('## Question 1: Experience\n\nOur goal was to halve waiting times, and we did: the average wait fell from 12 days to 5.\n') },
    { name: 'in the question itself', text: bid('## Question 1: Describe how you will involve carers where possible (maximum 200 words)\n\nWe will invite every carer to the discharge meeting.\n') },
  ],
  invalid: [
    {
      text: bid('## Question 1: Approach\n\nWe aim to visit every patient within 24 hours and will phone them the next day where possible.\n\nIt is anticipated that referrals will rise. We will endeavour to meet demand.\n'),
      errors: [
        { messageId: 'weak', line: 10, column: 1, message: '"We aim to"' },
        { messageId: 'weak', line: 10, message: '"where possible"' },
        { messageId: 'weak', line: 12, column: 1, message: '"It is anticipated that"' },
        { messageId: 'weak', line: 12, message: '"We will endeavour to"' },
      ],
    },
    {
      name: 'a phrase added in config',
      text: bid('## Question 1: Approach\n\nWe would like to offer evening visits.\n'),
      options: { phrases: ['we would like to'] },
      errors: [{ messageId: 'weak', message: '"We would like to"' }],
    },
  ],
});

describe('weak-commitment suggestions', () => {
  it('replaces a hedge with "we will", keeping the capital', () => {
    expect(applySuggestion(weakCommitment, bid('## Question 1: Approach\n\nWe aim to visit every patient within 24 hours.\n'))).toContain('We will visit every patient within 24 hours.');
    expect(applySuggestion(weakCommitment, bid('## Question 1: Approach\n\nEach week we will try to call every patient.\n'))).toContain('Each week we will call every patient.');
  });
  it('removes "where possible" with the comma or space before it', () => {
    expect(applySuggestion(weakCommitment, bid('## Question 1: Approach\n\nWe will phone patients the next day where possible.\n'))).toContain('We will phone patients the next day.');
    expect(applySuggestion(weakCommitment, bid('## Question 1: Approach\n\nWe will, where possible, phone patients the next day.\n'))).toContain('We will phone patients the next day.');
  });
  it('offers a second wording', () => {
    const out = lintText(bid('## Question 1: Approach\n\nWe hope to recruit 20 drivers.\n'), 'test.md', onlyRule(weakCommitment), rules);
    expect(out.findings[0]!.suggestions!.map((s) => s.fix.text)).toEqual(['We will', 'We undertake to']);
  });
});

testRule(unevidencedClaim, {
  valid: [
    { name: 'a strong bid', text: STRONG },
    { name: 'leading as a verb', text: bid('## Question 1: Learning\n\nPatient feedback kept leading us back to the first night at home.\n') },
    { name: 'a claim with a figure', text: bid('## Question 1: Experience\n\nWe are a leading local charity: we supported 604 patients in 2025.\n') },
    { name: 'a claim with a named source', text: bid('## Question 1: Experience\n\nOur excellent record is set out in Appendix B.\n') },
    { name: 'a claim with an example', text: bid('## Question 1: Experience\n\nOur staff are passionate about independence; for example, they teach patients to use the key safe.\n') },
    { name: 'unique as in a reference number', text: bid('## Question 1: Records\n\nEach patient gets a unique reference on referral.\n') },
  ],
  invalid: [
    {
      text: bid('## Question 1: Experience\n\nWe are a leading provider with extensive experience and a highly experienced team.\n\nOur service is unique and of the highest quality.\n'),
      errors: [
        { messageId: 'claim', line: 10, message: '"a leading"' },
        { messageId: 'claim', line: 12, message: 'is unique"' },
      ],
    },
    {
      name: 'a claim in a list item',
      text: bid('## Question 1: Experience\n\nOur strengths:\n\n- excellent links with the ward teams\n'),
      errors: [{ messageId: 'claim', line: 12 }],
    },
  ],
});

testRule(outputsOnly, {
  valid: [
    { name: 'a strong bid', text: STRONG },
    { name: 'counts in an answer to a question not about outcomes', text: bid('## Question 2: Capacity\n\nWe made 1,820 calls and 604 visits last year.\n') },
    { name: 'an outcomes answer with no counts', text: bid('## Question 3: What outcomes will the service achieve?\n\nPatients will be settled at home and confident with their medicines.\n') },
  ],
  invalid: [
    {
      text: bid('## Question 3: What outcomes will the service achieve?\n\nLast year we made 1,820 calls and 604 visits, and ran 52 coffee mornings for 140 people.\n'),
      errors: [{ messageId: 'outputs', line: 8, related: 1 }],
    },
    {
      name: 'an impact question in a table',
      text: bid('| Question | Response |\n| --- | --- |\n| Describe the impact of your service on patients. | We supported 604 patients with 1,820 calls. |\n'),
      errors: [{ messageId: 'outputs' }],
    },
  ],
});

testRule(letterOfIntent, {
  valid: [
    { name: 'a strong bid', text: STRONG },
    { name: 'no prime contractor', text: bid('## Question 5: Partnership\n\nWe have signed a memorandum of understanding with the hospital trust on data sharing.\n') },
  ],
  invalid: [
    {
      text: bid('## Question 5: Partnership\n\nWe have signed a letter of intent with the prime contractor to deliver the discharge strand.\n'),
      errors: [{ messageId: 'loose', line: 10, message: 'no firm price or volume' }],
    },
    {
      name: 'a price but only indicative volumes',
      text: bid('## Question 5: Partnership\n\nWe will sign a preliminary agreement with the lead provider at £95 per referral, for an indicative 250 referrals a year.\n'),
      errors: [{ messageId: 'loose', message: 'they are called indicative' }],
    },
    {
      name: 'volumes but no price',
      text: bid('## Question 5: Partnership\n\nOur heads of terms with the prime contractor, signed in May, promise a guaranteed minimum of 250 referrals.\n'),
      errors: [{ messageId: 'loose', message: 'no firm price is stated' }],
    },
  ],
});
