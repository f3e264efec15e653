// A partner's page for coordinators (decision 035): its card, contacts, agreements, venues, the events held at
// those venues, its referrals with their counts, and the mentors it brought (decision 036's mentors.partner_id).
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { events, mentors, venues } from '../db/schema/index.ts';
import { listAgreements } from './agreements.ts';
import { listContacts } from './contacts.ts';
import { requireManagedPartner } from './find-partner.ts';
import { listPartnerReferrals } from './list-referrals.ts';
import { cardsOf, partnerVenues, pick } from './partner-card.ts';

/** Events shown in a partner's history: the latest held at its venues. */
const PARTNER_EVENTS_SHOWN = 20;

export async function getPartnerPage(options: { actor: Actor | null; networkId: string; partnerId: string }) {
	const { partner } = await requireManagedPartner(options);
	const scope = { ...options, partnerId: partner.id };
	const [[card], contacts, agreements, venueList, eventList, referrals, mentorList] = await Promise.all([
		cardsOf(options.networkId, [pick(partner)]),
		listContacts(scope),
		listAgreements(scope),
		partnerVenues(options.networkId, partner.id, true),
		partnerEvents(options.networkId, partner.id),
		listPartnerReferrals(scope),
		partnerMentors(options.networkId, partner.id)
	]);
	return { card, contacts, agreements, venues: venueList, events: eventList, ...referrals, mentors: mentorList };
}

/** The latest events at the partner's venues (cancelled ones left out). */
async function partnerEvents(networkId: string, partnerId: string) {
	return db()
		.select({ id: events.id, title: events.title, startsAt: events.startsAt, venueName: venues.name })
		.from(events)
		.innerJoin(venues, and(eq(venues.networkId, events.networkId), eq(venues.id, events.venueId)))
		.where(and(eq(events.networkId, networkId), eq(venues.partnerId, partnerId), isNull(events.cancelledAt)))
		.orderBy(desc(events.startsAt))
		.limit(PARTNER_EVENTS_SHOWN);
}

/** The mentors who came from this partner and have not left: their name and where they stand. */
async function partnerMentors(networkId: string, partnerId: string) {
	return db()
		.select({ id: mentors.id, name: mentors.name, status: mentors.status })
		.from(mentors)
		.where(and(eq(mentors.networkId, networkId), eq(mentors.partnerId, partnerId), ne(mentors.status, 'left')))
		.orderBy(asc(mentors.name));
}
