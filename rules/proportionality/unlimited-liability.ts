/**
 * proportionality/unlimited-liability — unlimited liability or an uncapped indemnity imposed on the supplier.
 * Rationale: PA 2023 s.20(3) and s.22(1) (a procedure and its terms proportionate to the contract); seed 000
 * Appendix 2 on proportionality and legalese; seed 002 Section 6 (risk pushed onto small providers).
 */
import { defineRule } from '../../core/engine/define';

export default defineRule({
  id: 'proportionality/unlimited-liability',
  description: 'Unlimited liability or an uncapped indemnity imposed on the supplier',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    unlimited: '"{{phrase}}": unlimited liability is a risk no small provider can insure or price; cap the supplier\'s liability at a stated amount related to the contract\'s value, keeping only the carve-outs the law requires (advisory).',
    uncappedIndemnity: '"{{phrase}}": the document caps no liability, so this indemnity is unlimited, a risk no small provider can insure or price; cap the supplier\'s liability at a stated amount related to the contract\'s value (advisory).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A small charity that accepts unlimited liability or an uncapped indemnity stakes its whole existence on one contract: no insurer will cover an unlimited sum, and trustees often cannot accept it at all. Either the organisation does not bid, or it prices in a risk premium the authority pays for. The source papers name such terms, with legalese and penalties, among the things that keep small and voluntary providers out. Model public-sector terms cap each party's liability at a multiple of the charges, with unlimited liability kept only where the law does not allow a limit (death or personal injury caused by negligence, fraud).

The rule reports wording that makes the supplier's liability or indemnity unlimited or uncapped ("liability shall be unlimited", "indemnify … without limit", "shall not be limited"), and indemnities taken outside the cap ("the Supplier does not limit or exclude its liability for any indemnity given under clause 9", "the limits on liability do not apply to the indemnities"). An indemnity by the supplier against all losses, claims or expenses is reported when the document caps no liability and refers to no limitation of liability clause; a clause that only excludes indirect or consequential loss is not a cap. Sentences about death, personal injury or fraud, where the law forbids a cap, are not reported, nor is the authority's own liability, an insurer's "indemnity to principals" or "unlimited rights" in data. It is advisory: no statute forbids unlimited liability in a public contract.`,
  sources: [
    { label: 'PA 2023 s.20(3), s.22(1)', text: 'Procedures and conditions proportionate to the nature, complexity and cost of the contract.' },
    { label: 'Seed 000, Appendix 2', text: 'Proportionality, legalese and onerous terms placed on small organisations.' },
    { label: 'Unfair Contract Terms Act 1977 s.2(1)', text: 'Liability for death or personal injury caused by negligence cannot be excluded or restricted.' },
  ],
  examples: {
    invalid: [{ title: 'Unlimited liability', text: "# Conditions of Contract\n\nThe Provider's liability under this contract shall be unlimited.\n" }],
    valid: [
      {
        title: 'A cap with the legal carve-outs',
        text: "# Conditions of Contract\n\nThe Provider's total liability under this contract shall not exceed £500,000. Nothing in this contract limits either party's liability for death or personal injury caused by negligence, or for fraud.\n",
      },
    ],
  },
  check(context) {
    const terms = context.facts.proportionality.liability;
    // A cap on the supplier's liability, or a limitation clause referred to, caps the indemnities too.
    const capped = terms.some((l) => (l.kind === 'cap' && l.party !== 'authority') || l.kind === 'limitation');
    for (const l of terms) {
      if (l.party === 'authority') continue;
      if (l.kind !== 'unlimited' && !(l.kind === 'indemnity' && !capped)) continue;
      const block = context.doc.blocks[l.block]!;
      const phrase = shorten(context.doc.text.slice(l.range.start.offset, l.range.end.offset) || block.text);
      context.report({ messageId: l.kind === 'unlimited' ? 'unlimited' : 'uncappedIndemnity', data: { phrase }, range: l.range });
    }
  },
});

/** A long clause quoted by its first and last words. */
function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 14 ? text : `${words.slice(0, 6).join(' ')} … ${words.slice(-6).join(' ')}`;
}
