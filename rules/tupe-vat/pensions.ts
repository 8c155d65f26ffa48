/**
 * tupe-vat/pensions — TUPE likely, and staff in a public service pension scheme (or a public-sector buyer in
 * scope of New Fair Deal or the Best Value Direction), but no pension protection stated.
 * Rationale: TUPE 2006 reg 10 (occupational pensions do not transfer); HM Treasury, New Fair Deal (2013);
 * Best Value Authorities Staff Transfers (Pensions) Direction 2007; seed 002 Section 6 "Competition and Scale"
 * (public sector pensions transferred with TUPE liabilities) and recommendations for central government 1;
 * seed 004 Consortium Delivery (TUPE "can have pensions implications").
 */
import { defineRule } from '../../core/engine/define';
import { isUkDocument } from '../../core/facts/tupe-vat/index';

const SCHEME_NAMES: Record<string, string> = {
  lgps: 'the Local Government Pension Scheme',
  nhs: 'the NHS Pension Scheme',
  'civil-service': 'the Civil Service pension arrangements',
  teachers: "the Teachers' Pension Scheme",
  'other-public': 'a public service pension scheme',
};

const BUYERS: Record<string, string> = {
  'central-government': 'a central government buyer (New Fair Deal)',
  nhs: 'an NHS buyer (New Fair Deal)',
  'local-authority': 'a local authority (the Best Value Authorities Staff Transfers (Pensions) Direction 2007)',
};

export default defineRule({
  id: 'tupe-vat/pensions',
  description: 'TUPE likely for staff in a public service pension scheme, with no pension protection stated',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    scheme:
      'Staff who may transfer under TUPE are in {{scheme}}, but the document states no pension protection: say whether the provider must offer continued membership (admitted body status or New Fair Deal) or a broadly comparable scheme, and give the contribution rates, so bidders can price it.',
    publicStaff:
      'TUPE may apply to {{who}}, but the document states no pension protection: say whether the provider must offer continued membership of the public service scheme (admitted body status or New Fair Deal) or a broadly comparable scheme, and give the contribution rates.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Occupational pension rights do not transfer under TUPE (reg 10), but public policy protects public service staff who are outsourced: New Fair Deal (HM Treasury, 2013) gives staff of central government, the NHS, maintained schools and academies continued access to their public service scheme; the Best Value Authorities Staff Transfers (Pensions) Direction 2007 requires English best value authorities to secure pension protection through admission to the Local Government Pension Scheme or a broadly comparable scheme certified by an actuary. For the new provider this is often the largest and least predictable cost: employer contribution rates, a bond, a possible exit debt. The source papers single out "public sector pensions … transferred with TUPE liabilities" as a barrier for voluntary organisations and ask central government to address it.

The rule reports when a TUPE statement says TUPE applies or may apply, and either a public service pension scheme is named (the Local Government Pension Scheme, the NHS Pension Scheme, the Civil Service schemes, the Teachers' Pension Scheme), the service is run in-house now, or the document's \`buyer\` setting is central government, the NHS or a local authority — and nothing in the document states the protection: admitted body status or an admission agreement, a broadly comparable scheme, New Fair Deal, the 2007 Direction, continued membership or pension protection. It says nothing when the transfer would only happen under later call-off contracts, or when the TUPE statement points to information in another document. Invitations to tender, specifications and contracts of UK documents are checked.`,
  sources: [
    { label: 'TUPE 2006 reg 10', text: 'Occupational pension schemes do not transfer.' },
    { label: 'HM Treasury, Fair Deal for staff pensions (New Fair Deal), 2013', text: 'Transferred staff of central government, the NHS, schools and academies keep access to their public service scheme.' },
    { label: 'Best Value Authorities Staff Transfers (Pensions) Direction 2007', text: 'English best value authorities must secure pension protection: LGPS admission or a broadly comparable scheme.' },
    { label: 'Seed 002, Section 6 "Competition and Scale"; recommendations for central government 1', text: 'Public sector pensions transferred with TUPE liabilities are a huge barrier; government should address TUPE liabilities.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'TUPE regulations can have pensions implications.' },
  ],
  examples: {
    invalid: [
      {
        title: 'LGPS members may transfer, no protection stated',
        text: '# Invitation to Tender\n\nThe Council considers that TUPE is likely to apply. The 9 staff who may transfer are members of the Local Government Pension Scheme; their details are in Annex D.\n',
      },
    ],
    valid: [
      {
        title: 'Admitted body status required',
        text: '# Invitation to Tender\n\nThe Council considers that TUPE is likely to apply. The 9 staff who may transfer are members of the Local Government Pension Scheme. The successful provider must apply for admitted body status so that they keep their membership; the current employer contribution rate is 19.5%.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    // A transfer only at later call-offs, or TUPE information in another document: nothing to judge here.
    const likely = t.tupe.find((s) => (s.stance === 'applies' || s.stance === 'may-apply') && !s.atCallOff);
    if (!likely || t.protection.length > 0 || t.tupe.some((s) => s.elsewhere)) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    const related = [{ range: likely.range, message: 'TUPE statement' }];
    const scheme = t.schemes[0];
    if (scheme) {
      context.report({ messageId: 'scheme', data: { scheme: SCHEME_NAMES[scheme.scheme]! }, range: scheme.range, related, facts: [`Pension scheme named: ${scheme.scheme} (line ${scheme.range.start.line}); no pension protection stated`] });
      return;
    }
    const buyer = context.settings.buyer ? BUYERS[context.settings.buyer] : undefined;
    const inHouse = t.existingService.find((s) => s.kind === 'in-house');
    if (!buyer && !inHouse) return;
    const who = buyer ? `staff of ${buyer}` : `the in-house staff ("${inHouse!.text}"), who are likely to be in a public service pension scheme`;
    context.report({ messageId: 'publicStaff', data: { who }, range: likely.range, related: inHouse ? [{ range: inHouse.range, message: 'In-house service' }] : undefined, facts: [`TUPE statement (line ${likely.range.start.line}); no pension protection stated`] });
  },
});
