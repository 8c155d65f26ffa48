import rule from '../../rules/proportionality/lots';
import { testRule } from '../helpers/rule-tester';

const fm = (kind: string, regime: string, procedure?: string) =>
  `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n${procedure ? `  procedure: ${procedure}\n` : ''}---\n\n`;
const itt = fm('itt', 'pa2023', 'open'); // 7 lines: the body starts on line 8

const contract =
  '# Invitation to Tender — Independent Advice Service\n\n## 1. The contract\n\nThe estimated total contract value is £900,000 excluding VAT, which is £300,000 per annum. The contract will run for an initial term of three years, with an option to extend for up to 12 months.';

testRule(rule, {
  valid: [
    {
      name: 'the reason in the same sentence (the sound example)',
      text: `${itt}${contract} The contract is not divided into lots because welfare benefits, debt and housing problems often arise together, and residents need one integrated advice service with a single point of contact.\n`,
    },
    {
      name: 'the reason in the next sentence',
      text: `${itt}${contract}\n\nThe contract will not be divided into lots. A single provider will ensure continuity of care for service users moving between the hospital and community parts of the pathway.\n`,
    },
    { name: 'divided into lots', text: `${itt}${contract}\n\nThe contract is divided into three lots: Lot 1 North, Lot 2 Central and Lot 3 South. Bidders may bid for one or more lots.\n` },
    { name: 'below threshold', text: `${itt}# Invitation to Tender\n\nThe estimated total contract value is £120,000 over three years.\n\nThe contract will not be divided into lots.\n` },
    { name: 'between the thresholds: not known to be above', text: `${itt}# Invitation to Tender\n\nThe estimated total contract value is £180,000.\n\nThe contract will not be divided into lots.\n` },
    { name: 'light-touch procedure: no reasons required', text: `${fm('itt', 'pa2023', 'light-touch')}${contract}\n\nThe contract will not be divided into lots.\n` },
    { name: 'a call-off from a framework', text: `${fm('itt', 'pa2023', 'call-off')}${contract}\n` },
    { name: 'no value stated', text: `${itt}# Invitation to Tender\n\nThe contract will not be divided into lots.\n` },
    { name: 'a selection questionnaire need not mention lots', text: `${fm('sq', 'pa2023', 'open')}${contract}\n` },
  ],
  invalid: [
    {
      name: 'not divided, no reason (PA 2023)',
      text: `${itt}${contract}\n\nThe contract will not be divided into lots.\n`,
      errors: [{ messageId: 'noReason', line: 14, column: 19, message: 'PA 2023 s.18' }],
    },
    {
      name: 'a single lot, no reason (PCR 2015)',
      text: `${fm('itt', 'pcr2015', 'open')}${contract}\n\nThe services will be procured as a single lot.\n`,
      errors: [{ messageId: 'noReason', line: 14, message: 'PCR 2015 reg 46(2)' }],
    },
    {
      name: 'an ITT that never mentions lots',
      text: `${itt}${contract}\n`,
      errors: [{ messageId: 'notMentioned', line: 8, column: 1 }],
    },
    {
      name: 'value worked out from the annual value and the term',
      text: `${itt}# Invitation to Tender\n\nThe estimated contract value is £150,000 per annum. The contract will run for an initial term of two years.\n\nThe contract will not be divided into lots.\n`,
      errors: [{ messageId: 'noReason', line: 12 }],
    },
  ],
});
