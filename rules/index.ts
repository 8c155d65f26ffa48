/**
 * The rule registry: every rule, sorted by id. A test checks that it matches the rule files on disk.
 */
import type { Rule } from '../core/engine/types';
import consortiumConflictOfInterest from './consortium/conflict-of-interest';
import consortiumJointSeveral from './consortium/joint-several';
import consortiumLeadMember from './consortium/lead-member';
import consortiumLegalForm from './consortium/legal-form';
import consortiumPerMemberStanding from './consortium/per-member-standing';
import consortiumProhibited from './consortium/prohibited';
import consortiumSilent from './consortium/silent';
import consortiumSmeVcseSuitability from './consortium/sme-vcse-suitability';
import consortiumSubcontracting from './consortium/subcontracting';
import draftingPlaceholder from './drafting/placeholder';
import draftingTrackedChanges from './drafting/tracked-changes';
import leadInClarificationWindow from './lead-in/clarification-window';
import leadInConsortiumTime from './lead-in/consortium-time';
import leadInContractEndNotice from './lead-in/contract-end-notice';
import leadInMissingDeadline from './lead-in/missing-deadline';
import leadInMobilisation from './lead-in/mobilisation';
import leadInNonWorkingDay from './lead-in/non-working-day';
import leadInStandstill from './lead-in/standstill';
import leadInTenderPeriod from './lead-in/tender-period';
import leadInTimetableOrder from './lead-in/timetable-order';
import paymentFlowDown from './payment/flow-down';
import paymentManagementFee from './payment/management-fee';
import paymentOneWayBreak from './payment/one-way-break';
import paymentPaymentDays from './payment/payment-days';
import paymentPbrEndLoaded from './payment/pbr-end-loaded';
import paymentSecurityCosts from './payment/security-costs';
import paymentShortTerm from './payment/short-term';
import paymentVolumeForecast from './payment/volume-forecast';
import proportionalityAuditedAccounts from './proportionality/audited-accounts';
import proportionalityBelowThresholdSelection from './proportionality/below-threshold-selection';
import proportionalityExperienceYears from './proportionality/experience-years';
import proportionalityInsuranceBeforeAward from './proportionality/insurance-before-award';
import proportionalityInsuranceLevel from './proportionality/insurance-level';
import proportionalityKpiBurden from './proportionality/kpi-burden';
import proportionalityLots from './proportionality/lots';
import proportionalityOrEquivalent from './proportionality/or-equivalent';
import proportionalityPenalties from './proportionality/penalties';
import proportionalityPriorContract from './proportionality/prior-contract';
import proportionalityTurnoverCap from './proportionality/turnover-cap';
import proportionalityUnlimitedLiability from './proportionality/unlimited-liability';
import responseLetterOfIntent from './response/letter-of-intent';
import responseOutputsOnly from './response/outputs-only';
import responseUnanswered from './response/unanswered';
import responseUnevidencedClaim from './response/unevidenced-claim';
import responseWeakCommitment from './response/weak-commitment';
import responseWordLimit from './response/word-limit';
import socialValueCommunityEngagement from './social-value/community-engagement';
import socialValueMissing from './social-value/missing';
import socialValueNoWeighting from './social-value/no-weighting';
import socialValuePassFailWeighted from './social-value/pass-fail-weighted';
import socialValuePriceDominant from './social-value/price-dominant';
import socialValueScoringScale from './social-value/scoring-scale';
import socialValueVagueCriterion from './social-value/vague-criterion';
import socialValueWeightMinimum from './social-value/weight-minimum';
import socialValueWeightsTotal from './social-value/weights-total';
import tupeVatGrantOrContract from './tupe-vat/grant-or-contract';
import tupeVatPensions from './tupe-vat/pensions';
import tupeVatTupeNoData from './tupe-vat/tupe-no-data';
import tupeVatTupeSilent from './tupe-vat/tupe-silent';
import tupeVatVatBasis from './tupe-vat/vat-basis';
import tupeVatVatExemptBidders from './tupe-vat/vat-exempt-bidders';
import tupeVatVatInconsistent from './tupe-vat/vat-inconsistent';

export const rules: readonly Rule[] = [
  consortiumConflictOfInterest,
  consortiumJointSeveral,
  consortiumLeadMember,
  consortiumLegalForm,
  consortiumPerMemberStanding,
  consortiumProhibited,
  consortiumSilent,
  consortiumSmeVcseSuitability,
  consortiumSubcontracting,
  draftingPlaceholder,
  draftingTrackedChanges,
  leadInClarificationWindow,
  leadInConsortiumTime,
  leadInContractEndNotice,
  leadInMissingDeadline,
  leadInMobilisation,
  leadInNonWorkingDay,
  leadInStandstill,
  leadInTenderPeriod,
  leadInTimetableOrder,
  paymentFlowDown,
  paymentManagementFee,
  paymentOneWayBreak,
  paymentPaymentDays,
  paymentPbrEndLoaded,
  paymentSecurityCosts,
  paymentShortTerm,
  paymentVolumeForecast,
  proportionalityAuditedAccounts,
  proportionalityBelowThresholdSelection,
  proportionalityExperienceYears,
  proportionalityInsuranceBeforeAward,
  proportionalityInsuranceLevel,
  proportionalityKpiBurden,
  proportionalityLots,
  proportionalityOrEquivalent,
  proportionalityPenalties,
  proportionalityPriorContract,
  proportionalityTurnoverCap,
  proportionalityUnlimitedLiability,
  responseLetterOfIntent,
  responseOutputsOnly,
  responseUnanswered,
  responseUnevidencedClaim,
  responseWeakCommitment,
  responseWordLimit,
  socialValueCommunityEngagement,
  socialValueMissing,
  socialValueNoWeighting,
  socialValuePassFailWeighted,
  socialValuePriceDominant,
  socialValueScoringScale,
  socialValueVagueCriterion,
  socialValueWeightMinimum,
  socialValueWeightsTotal,
  tupeVatGrantOrContract,
  tupeVatPensions,
  tupeVatTupeNoData,
  tupeVatTupeSilent,
  tupeVatVatBasis,
  tupeVatVatExemptBidders,
  tupeVatVatInconsistent,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
