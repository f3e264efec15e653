// A partner's page for coordinators (decision 035): its card, contacts, agreements, venues, the events held at
// those venues and its referrals with their counts. Mentors this partner brought come with the mentoring work
// (issue 17's last part): the page keeps a place for them.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { events, venues } from '../db/schema/index.ts';
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
	const [[card], contacts, agreements, venueList, eventList, referrals] = await Promise.all([
		cardsOf(options.networkId, [pick(partner)]),
		listContacts(scope),
		listAgreements(scope),
		partnerVenues(options.networkId, partner.id, true),
		partnerEvents(options.networkId, partner.id),
		listPartnerReferrals(scope)
	]);
	return { card, contacts, agreements, venues: venueList, events: eventList, ...referrals };
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
