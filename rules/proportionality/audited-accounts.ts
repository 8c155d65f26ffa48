/**
 * proportionality/audited-accounts — audited accounts or several years of accounts demanded with no
 * alternative for new or unaudited organisations, or organisations trading less than N years excluded.
 * Rationale: PA 2023 s.22(3)(a) (audited accounts only from suppliers the Companies Act requires to be
 * audited); Procurement Regulations 2024 reg 10(2)(e) (accounts or other information, one year if newly
 * trading); PCR 2015 reg 60(6)(c), (8) (depending on when the undertaking was set up; any other document);
 * seed 000 Appendix 2 on proportionality; seed 002 final recommendations for local authorities 2.
 */
import { defineRule } from '../../core/engine/define';
import { blockOffsetToSource } from '../../core/model/positions';

export const ALTERNATIVE_WORDING =
  ' Organisations that are not required by law to have their accounts audited, or that have traded for less than this period, may instead provide management accounts, a statement of their turnover and financial position, or other evidence of their economic and financial standing.';

export default defineRule({
  id: 'proportionality/audited-accounts',
  description: 'Audited or several years of accounts demanded with no alternative for new or unaudited organisations',
  severity: 'warning',
  kinds: ['sq', 'itt'],
  regimes: 'all',
  messages: {
    noAlternative: '{{what}} demanded with no alternative: accept other financial evidence (management accounts, a statement of turnover, a bank letter) from organisations that are new or need not be audited (PA 2023 s.22(3)(a), PR 2024 reg 10(2)(e); PCR reg 60(6)(c), (8)).',
    tradingBar: 'Organisations trading less than {{years}} are excluded: let new organisations show their financial standing in other ways (PR 2024 reg 10(2)(e) asks for one year from the newly trading; PCR reg 60(6)(c), (8)).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  hasSuggestions: true,
  explanation: `Small charities, community groups and new social enterprises often have no audited accounts: the Companies Act does not require an audit of a small company, and a new organisation has no three-year history to show. Demanding "three years' audited accounts" or excluding "organisations trading less than three years" keeps them out of the competition whatever their ability to deliver. The Procurement Act 2023 lets an authority demand audited accounts only from suppliers that must be audited under Part 16 of the Companies Act 2006 or an overseas equivalent (s.22(3)(a)); the Procurement Regulations 2024 ask others for "accounts or other information" for two years, or one year if newly trading (reg 10(2)(e)). The Public Contracts Regulations 2015 allow turnover evidence "depending on the date on which the undertaking was set up" and "any other document" the authority considers appropriate (reg 60(6)(c), (8)).

The rule reports a demand for audited accounts (unless it says "audited if required by law" or similar) or for more than two years of accounts, when neither the sentence nor the lines that follow offer an alternative for organisations without them, and any wording that excludes organisations trading for less than a number of years. A suggestion appends wording that accepts other evidence; review it before publishing. Sound wording: "two years' accounts or, if you have traded for less, management accounts".`,
  sources: [
    { label: 'PA 2023 s.22(3)(a)', text: 'Audited accounts may be required only of suppliers required to have them audited under Part 16 of the Companies Act 2006 or an overseas equivalent.' },
    { label: 'PR 2024 reg 10(2)(e)', text: 'Accounts or other information for two years, or one year for a supplier newly trading.' },
    { label: 'PCR 2015 reg 60(6)(c), (8)', text: 'Turnover for up to three years depending on when the undertaking was set up; any other appropriate document where there is a valid reason.' },
    { label: 'Seed 000, Appendix 2', text: 'Proportionality of financial requirements placed on small organisations.' },
    { label: 'Seed 002, final recommendations for local authorities 2', text: 'Test PQQs with new entrants so that questions are proportionate.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Three years of audited accounts, new organisations barred',
        text: "# Selection Questionnaire\n\nBidders must provide three years' audited accounts.\n\nOrganisations trading for less than three years will not be considered.\n",
      },
    ],
    valid: [
      {
        title: 'Accounts with an alternative for new organisations',
        text: "# Selection Questionnaire\n\nBidders shall provide two years' accounts or, if they have traded for less than two years, management accounts and a statement of their financial position.\n\nPlease provide a copy of your detailed accounts for the last two years (audited if required by law).\n",
      },
    ],
  },
  check(context) {
    for (const a of context.facts.proportionality.accounts) {
      if (a.alternative) continue;
      if (a.kind === 'trading-history') {
        context.report({ messageId: 'tradingBar', data: { years: a.years === null ? 'a number of years' : `${a.years} year${a.years === 1 ? '' : 's'}` }, range: a.range });
        continue;
      }
      // Two years of accounts is what PR 2024 reg 10(2)(e) itself asks for; more, or audited ones, need an alternative.
      if (!a.audited && (a.years === null || a.years <= 2)) continue;
      const what = a.audited ? (a.years ? `${a.years} years of audited accounts` : 'Audited accounts') : `${a.years} years of accounts`;
      const block = context.doc.blocks[a.block]!;
      const at = block.text.indexOf(a.sentence);
      const suggestions =
        at >= 0
          ? (() => {
              const end = blockOffsetToSource(block, at + a.sentence.length - 1) + 1;
              return [{ desc: 'Accept other evidence from new or unaudited organisations', fix: { range: [end, end] as [number, number], text: ALTERNATIVE_WORDING } }];
            })()
          : undefined;
      context.report({ messageId: 'noAlternative', data: { what: what.charAt(0).toUpperCase() + what.slice(1) }, range: a.range, suggestions });
    }
  },
});
