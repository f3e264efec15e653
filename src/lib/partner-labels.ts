// The words of the partners' fixed choices (decision 035), in the reader's language: one place for every page.
import { m } from '#lib/paraglide/messages.js';
import type { AgreementStatus, PartnerKind, PartnerOffer, ReferralStatus } from './partner-options.ts';

const KINDS: Record<PartnerKind, () => string> = {
	support: m.partner_kind_support,
	trainer: m.partner_kind_trainer,
	university: m.partner_kind_university,
	company: m.partner_kind_company,
	association: m.partner_kind_association,
	creche: m.partner_kind_creche,
	local_authority: m.partner_kind_local_authority,
	other: m.partner_kind_other
};

const OFFERS: Record<PartnerOffer, () => string> = {
	venues: m.partner_offer_venues,
	trainings: m.partner_offer_trainings,
	mentors: m.partner_offer_mentors,
	childcare_places: m.partner_offer_childcare_places,
	job_leads: m.partner_offer_job_leads
};

const AGREEMENT_STATUS: Record<AgreementStatus, () => string> = {
	draft: m.partner_agreement_status_draft,
	signed: m.partner_agreement_status_signed,
	ended: m.partner_agreement_status_ended
};

const REFERRAL_STATUS: Record<ReferralStatus, () => string> = {
	proposed: m.partner_referral_status_proposed,
	contacted: m.partner_referral_status_contacted,
	supported: m.partner_referral_status_supported,
	closed: m.partner_referral_status_closed
};

export const partnerKindLabel = (kind: PartnerKind) => KINDS[kind]();
export const partnerOfferLabel = (offer: PartnerOffer) => OFFERS[offer]();
export const agreementStatusLabel = (status: AgreementStatus) => AGREEMENT_STATUS[status]();
export const referralStatusLabel = (status: ReferralStatus) => REFERRAL_STATUS[status]();
