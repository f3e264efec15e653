// How the pages name childcare's fixed choices (decision 032), in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import type { CareAgeRange, CarePlace, CareReason } from './childcare-options.ts';
import { formatMinutes } from './validation/exchanges.ts';

export const reasonLabel = (reason: string): string =>
	({
		interview: m.care_reason_interview,
		training: m.care_reason_training,
		respite: m.care_reason_respite,
		appointment: m.care_reason_appointment
	})[reason as CareReason]?.() ?? reason;

export const ageLabel = (age: string): string =>
	({ '0-2': m.care_age_0_2, '3-5': m.care_age_3_5, '6-10': m.care_age_6_10, '11+': m.care_age_11 })[
		age as CareAgeRange
	]?.() ?? age;

export const placeLabel = (place: string): string =>
	({
		parent_home: m.care_place_parent_home,
		carer_home: m.care_place_carer_home,
		venue: m.care_place_venue
	})[place as CarePlace]?.() ?? place;

export const statusLabel = (status: string): string =>
	({ open: m.care_status_open, confirmed: m.care_status_confirmed, cancelled: m.care_status_cancelled })[
		status as 'open'
	]?.() ?? status;

export const offerStatusLabel = (status: string): string =>
	({
		offered: m.care_offer_status_offered,
		chosen: m.care_offer_status_chosen,
		thanked: m.care_offer_status_thanked
	})[status as 'offered']?.() ?? status;

/** « 2 enfants : 3 à 5 ans, 6 à 10 ans » */
export const childrenLabel = (r: { children: number; ageRanges: string[] }): string =>
	m.care_children_ages({ count: r.children, ages: r.ageRanges.map(ageLabel).join(', ') });

/** Hours as the exchanges write them (« 2 h 30 »). */
export const hoursLabel = formatMinutes;
