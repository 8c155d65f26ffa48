import rule from '../../rules/proportionality/below-threshold-selection';
import { testRule } from '../helpers/rule-tester';

const fm = (kind: string, regime: string, nation?: string) =>
  `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n${nation ? `  nation: ${nation}\n` : ''}---\n\n`;
const itt = fm('itt', 'pa2023'); // 6 lines: the body starts on line 7

const value = (v: string) => `# Invitation to Tender — Befriending Service\n\n## 1. The contract\n\nThe estimated total contract value is ${v} over two years.\n\n## 2. How to bid\n\n`;

testRule(rule, {
  valid: [
    {
      name: 'one stage with proportionate suitability questions',
      text: `${itt}${value('£60,000')}Complete the suitability questions in Part 2 and submit them with your tender. The evaluation panel may shortlist bidders for a presentation after scoring the written tenders.\n`,
    },
    {
      name: 'above threshold: a selection stage is lawful',
      text: `${fm('sq', 'pa2023')}${value('£900,000')}Only bidders who pass the selection questionnaire will be invited to tender.\n`,
    },
    {
      name: 'between the thresholds: not known to be below',
      text: `${itt}${value('£150,000')}Only bidders who pass the selection questionnaire will be invited to tender.\n`,
    },
    {
      name: 'no value stated and no regime set',
      text: `${itt}# Invitation to Tender\n\nOnly bidders who pass the selection questionnaire will be invited to tender.\n`,
    },
    {
      name: 'too small to be a regulated below-threshold contract',
      text: `${itt}${value('£20,000')}The five highest-scoring SQ responses will be shortlisted and invited to submit tenders.\n`,
    },
    {
      name: 'Scotland: neither PA s.85 nor PCR reg 111 applies',
      text: `${fm('itt', 'below-threshold', 'scotland')}${value('£60,000')}Only bidders who pass the selection questionnaire will be invited to tender.\n`,
    },
  ],
  invalid: [
    {
      name: 'a pre-qualification stage for a £60,000 contract (PA 2023)',
      text: `${itt}${value('£60,000')}Only bidders who pass the selection questionnaire will be invited to tender.\n`,
      errors: [{ messageId: 'shortlisting', line: 15, column: 1, message: 'PA 2023 s.85(1)' }],
    },
    {
      name: 'shortlisting after an SQ (PCR 2015)',
      text: `${fm('sq', 'pcr2015')}${value('£90,000 excluding VAT')}The five highest-scoring SQ responses will be shortlisted and invited to submit tenders.\n`,
      errors: [{ messageId: 'shortlisting', line: 15, column: 47, message: 'PCR 2015 reg 111(1)' }],
    },
    {
      name: 'regime set to below-threshold, value not stated',
      text: `${fm('itt', 'below-threshold')}# Invitation to Tender\n\nA pre-qualification questionnaire stage will be used to select up to five providers.\n`,
      errors: [{ messageId: 'shortlisting', line: 9, column: 3 }],
    },
  ],
});
