/**
 * The consortium facts' types (built by `consortium.ts`): what a tender says about bids from groups of
 * organisations and about supply chains.
 */
import type { FactLocation } from './types';

export type GroupBidStance = 'permitted' | 'prohibited' | 'mentioned';

export interface GroupBidStatement extends FactLocation {
  /** `mentioned`: consortia or groups are named without saying whether they may bid. */
  stance: GroupBidStance;
  /** For `prohibited`: a single legal entity is demanded rather than consortia named. */
  singleEntity: boolean;
}

export type LegalFormTiming = 'submission' | 'award' | 'after-award';

export interface LegalFormStatement extends FactLocation {
  /** `demanded`: the group must form an entity; `not-required`: the document says it need not. */
  stance: 'demanded' | 'not-required';
  /** When the entity must exist, when the sentence says. */
  timing: LegalFormTiming | null;
  /** "may require", "if necessary": a reservation rather than a demand. */
  conditional: boolean;
}

export type StandingBasis = 'combined' | 'lead' | 'each-member';

export interface GroupStanding extends FactLocation {
  basis: StandingBasis;
}

export type LeadMemberTopic = 'lead' | 'roles' | 'parts';

export interface LeadMemberInstruction extends FactLocation {
  topic: LeadMemberTopic;
}

export interface JointLiability extends FactLocation {
  /** Tied to the standing a bidder relies on, or to a guarantee (PCR reg 63(5)): not for the whole contract. */
  relied: boolean;
  /** Demanded from the submission of the bid rather than from the contract. */
  fromSubmission: boolean;
}

export interface SubcontractingStatement extends FactLocation {
  stance: 'permitted' | 'prohibited' | 'restricted' | 'consent';
  /** A reason for a prohibition or restriction is given in the sentence or the next one. */
  reason: boolean;
}

export interface ConflictStatement extends FactLocation {
  /** `market-engagement`: organisations excluded for taking part in market engagement or helping to design the service. */
  kind: 'market-engagement' | 'undefined-term';
}

export interface SuitabilityStatement extends FactLocation {
  sme: boolean;
  vcse: boolean;
}

export interface ConsortiumFacts {
  groupBids: GroupBidStatement[];
  legalForm: LegalFormStatement[];
  standing: GroupStanding[];
  leadMember: LeadMemberInstruction[];
  jointLiability: JointLiability[];
  subcontracting: SubcontractingStatement[];
  conflicts: ConflictStatement[];
  /** Where "conflict of interest" is defined (or a statutory definition is referred to). */
  conflictDefinition: FactLocation | null;
  suitability: SuitabilityStatement[];
  /** The first sign that the document is a United States federal solicitation (when there are several). */
  foreign: FactLocation | null;
  /** The first wording on who may bid or how bidders are selected (selection questions, standing, eligibility). */
  selection: FactLocation | null;
  /** The first term only the Procurement Act 2023 uses (Central Digital Platform, conditions of participation…). */
  pa2023Terms: FactLocation | null;
  /** The first sentence of contract terms, when such sentences are frequent enough to make the document contract terms. */
  contractTerms: FactLocation | null;
}

export function emptyConsortium(): ConsortiumFacts {
  return { groupBids: [], legalForm: [], standing: [], leadMember: [], jointLiability: [], subcontracting: [], conflicts: [], conflictDefinition: null, suitability: [], foreign: null, selection: null, pa2023Terms: null, contractTerms: null };
}
