import rule from '../../rules/proportionality/penalties';
import { testRule } from '../helpers/rule-tester';

const contract = '---\ntenderlint:\n  kind: contract\n---\n\n# Contract terms\n\n'; // the body starts on line 8
const worth = (v: string) => `${contract}The estimated contract value is ${v} per annum.\n\n`; // the next paragraph is on line 10

testRule(rule, {
  valid: [
    {
      name: 'service credits stated per failure and capped',
      text: `${worth('£300,000')}A service credit of £250 will apply for each month in which fewer than 90% of calls are answered within two minutes.\n\nService credits in any contract year will be capped at 10% of the annual contract value.\n`,
    },
    {
      name: 'a deduction at a stated rate',
      text: `${worth('£300,000')}The Council may deduct from the monthly payment the cost of any visit not made, at the rate set out in Schedule 2.\n`,
    },
    {
      name: 'liquidated damages in proportion',
      text: `${worth('£300,000')}Liquidated damages of £500 per day shall be payable for each day of delay in mobilisation.\n`,
    },
    {
      name: 'relief from service credits',
      text: `${contract}The Provider shall not be liable to pay service credits for any failure caused by the Council.\n`,
    },
    {
      name: 'amounts set out in a schedule',
      text: `${contract}Service credits will apply for any failure to meet a Key Performance Indicator, as set out in Schedule 3 (Service Levels).\n`,
    },
    {
      name: 'an amount with no contract value known',
      text: `${contract}A fine of £5,000 will be levied for each missed visit.\n`,
    },
    {
      name: 'tax and late payment interest are not sanctions',
      text: `${worth('£60,000')}Tax will be deducted at source from salaries. Late payment interest will be charged under the Late Payment of Commercial Debts (Interest) Act 1998.\n`,
    },
  ],
  invalid: [
    {
      name: 'fines for any irregularity',
      text: `${contract}The Council may impose financial penalties for any irregularity in the monitoring returns.\n`,
      errors: [{ messageId: 'unspecified', line: 8, column: 34, message: 'A financial penalty' }],
    },
    {
      name: 'deductions at the buyer\'s discretion',
      text: `${contract}The Council may deduct such sums as the Council considers appropriate.\n`,
      errors: [{ messageId: 'unspecified', line: 8, column: 17, message: 'A deduction' }],
    },
    {
      name: 'a single fine over 5% of the annual value',
      text: `${worth('£60,000')}A fine of £5,000 will be levied for each missed visit.\n`,
      errors: [{ messageId: 'tooLarge', line: 10, column: 11, message: '8.3% of the contract value a year (£60,000)' }],
    },
    {
      name: 'a service credit of 10% of the annual value',
      text: `${worth('£300,000')}Service credits of 10% of the annual contract value will apply for each KPI failure.\n`,
      errors: [{ messageId: 'tooLarge', line: 10, column: 20 }],
    },
    {
      name: 'option maxShareOfAnnualValue',
      text: `${worth('£40,000')}Liquidated damages of £500 per day shall be payable for each day of delay in mobilisation.\n`,
      options: { maxShareOfAnnualValue: 1 },
      errors: [{ messageId: 'tooLarge', line: 10, message: 'more than 1%' }],
    },
  ],
});
