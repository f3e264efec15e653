// The fixed choices of partner organisations (decision 035), shared by the database schema, the validation and
// the pages. Each value has its sentence in messages (`partner_kind_<value>`, `partner_offer_<value>`…).

/** What kind of organisation: organisme d'accompagnement, formateur, université, entreprise, association… */
export const PARTNER_KINDS = [
	'support',
	'trainer',
	'university',
	'company',
	'association',
	'creche',
	'local_authority',
	'other'
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** What a partner offers the network's members: lieux, formations, mentors, places en crèche, offres d'emploi. */
export const PARTNER_OFFERS = ['venues', 'trainings', 'mentors', 'childcare_places', 'job_leads'] as const;
export type PartnerOffer = (typeof PARTNER_OFFERS)[number];

/** An agreement (« convention »): en préparation, signée, terminée. */
export const AGREEMENT_STATUSES = ['draft', 'signed', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** A referral's steps (« orienter vers »): proposée → contactée → accompagnée / sans suite. */
export const REFERRAL_STATUSES = ['proposed', 'contacted', 'supported', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Where a referral may go from each step: forward only, « sans suite » at any open step. */
export const REFERRAL_NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
	proposed: ['contacted', 'closed'],
	contacted: ['supported', 'closed'],
	supported: [],
	closed: []
};
