/**
 * response/letter-of-intent — a letter of intent or preliminary agreement with a prime contractor, signed or to be
 * signed, with no firm price and volume stated.
 * Rationale: seed 002, Section 2, recommendations for providers 6.
 */
import { defineRule } from '../../core/engine/define';
import { testText } from '../../core/model/memo';
import { judgesResponse } from '../../core/facts/response/index';
import { blockRange } from '../../core/model/positions';

const AGREEMENT = /\b(?:letters?\s+of\s+(?:intent|comfort)|preliminary\s+agreements?|heads\s+of\s+terms|pre[- ]contract(?:ual)?\s+agreements?|memorand(?:um|a)\s+of\s+understanding|MoUs?)\b/i;
const SIGNED = /\b(?:sign(?:ed|ing|s)?|agreed|entered\s+into|complet(?:ed|ing|e)|return(?:ed|ing)?|issued|in\s+place|submitted)\b/i;
const PRIME = /\b(?:prime(?:\s+contractors?|\s+providers?)?|primes|lead\s+(?:contractors?|providers?|partners?|bidders?)|main\s+contractors?|tier\s*1|consortium\s+lead)\b/i;
/** Volumes stated: a number of people, referrals or places, or a guaranteed minimum. */
const VOLUME = /(?<![\d,])(?:\d[\d,]*\s+(?:\w+\s+){0,2}?(?:referrals|participants|clients|people|places|starts|service\s+users|customers|cases|hours)\b|\bguaranteed\s+(?:minimum\s+)?(?:volumes?|numbers?|referrals)|\bminimum\s+(?:volumes?|numbers?)\s+of\s+\d)/i;
const NOT_FIRM = /\b(?:indicative|estimated?|to\s+be\s+(?:agreed|confirmed|determined|negotiated)|tbc|not\s+(?:yet\s+)?(?:guaranteed|agreed|confirmed|fixed)|subject\s+to\s+(?:contract|negotiation|agreement)|no\s+(?:guarantee|commitment))\b/i;

export default defineRule({
  id: 'response/letter-of-intent',
  description: 'A letter of intent with a prime contractor with no firm price and volume',
  severity: 'info',
  kinds: ['response'],
  regimes: 'all',
  messages: {
    loose: 'This commits to a {{agreement}} with a prime or lead contractor, but no firm {{missing}} is stated: before signing, seek firm assurances on the price you will be paid and the volume of service users you will receive.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Voluntary organisations joining a prime contractor's supply chain are often asked to sign a letter of intent or preliminary agreement before the prime bids. The source papers found subcontractors later receiving far fewer referrals, or a lower price, than they had planned for, and recommend that voluntary organisations do not complete a letter of intent without firm assurances on pricing and on the volume of service users.

The rule reports, as information, a paragraph of a bid response that mentions a letter of intent, preliminary agreement, heads of terms or memorandum of understanding signed, agreed or to be signed with a prime, lead or main contractor, unless the same paragraph states both a price (an amount of money) and a volume (a number of referrals, participants, places or service users, or a guaranteed minimum) and does not call them indicative, estimated, to be agreed or not guaranteed.`,
  sources: [
    { label: 'Seed 002, Section 2, Recommendations for providers 6', text: "Voluntary organisations should not complete a 'Letter of Intent' without seeking firm assurances around pricing and volume of service users from prime contractors." },
  ],
  examples: {
    invalid: [
      {
        title: 'A letter of intent with nothing firm',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Work and Health Programme\n\n## Question 6: Supply chain\n\nWe have signed a letter of intent with the prime contractor to deliver the specialist support strand, with referral numbers to be agreed after award.\n',
      },
    ],
    valid: [
      {
        title: 'Firm price and volume agreed',
        text: '---\ntenderlint:\n  kind: response\n---\n# Tender Response: Work and Health Programme\n\n## Question 6: Supply chain\n\nWe have signed a letter of intent with the prime contractor for a guaranteed minimum of 300 referrals a year at £1,150 per participant.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings, doc } = context;
    if (!judgesResponse(settings.kind)) return;
    for (const p of facts.response.paragraphs) {
      const block = doc.blocks[p.block]!;
      const text = block.text;
      if (!testText(AGREEMENT, text) || !testText(SIGNED, text) || !testText(PRIME, text)) continue;
      const price = p.evidence.some((e) => e.kind === 'money');
      const volume = testText(VOLUME, text);
      const firm = !testText(NOT_FIRM, text);
      if (price && volume && firm) continue;
      const m = AGREEMENT.exec(text)!;
      const missing = !price && !volume ? 'price or volume' : !price ? 'price' : !volume ? 'volume' : 'price and volume (they are called indicative or still to be agreed)';
      context.report({ messageId: 'loose', data: { agreement: m[0].toLowerCase(), missing }, range: blockRange(doc, block, m.index, m.index + m[0].length) });
    }
  },
});
