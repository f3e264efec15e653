// A childcare request's page. Every opening is written to the journal (`childcare_viewed`), and so is every
// showing of the details (`childcare_details_viewed`): the address, the phones and the note are shown to the
// parent's side and the chosen carer only once confirmed, and only until the end of the day after the slot; the
// note only until the slot ends (decision 032).
import { inArray } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { findVenue } from '../venues/find-venue.ts';
import { detailsUntil, noteVisible } from './care-window.ts';
import { openCareRequest, type CareOffer, type CareRequest } from './request-access.ts';

export async function getCareRequest(options: { actor: Actor | null; networkId: string; requestId: string }) {
	return db().transaction(async (tx) => {
		const { actor, request, offers, role } = await openCareRequest(tx, options);
		const at = now();
		const chosen = offers.find((o) => o.status === 'chosen');
		const mine = offers.find((o) => o.carerAccountId === actor.accountId);
		const names = await namesOf(tx, [request.parentAccountId, ...offers.map((o) => o.carerAccountId)]);
		const seesDetails =
			request.status === 'confirmed' &&
			(role === 'parent' || chosen?.carerAccountId === actor.accountId) &&
			at < detailsUntil(request.endsAt);
		const audit = {
			tx,
			networkId: options.networkId,
			actor,
			subjectAccountId: request.parentAccountId,
			subjectId: request.id
		};
		await recordAudit({ ...audit, action: 'childcare_viewed' });
		if (seesDetails) await recordAudit({ ...audit, action: 'childcare_details_viewed' });
		const ended = at >= request.endsAt;
		const myDone = role === 'parent' ? request.parentDoneAt : request.carerDoneAt;
		return {
			request: summary(request),
			role,
			parentName:
				role === 'parent' || chosen?.carerAccountId === actor.accountId
					? names.get(request.parentAccountId)
					: undefined,
			// The parent sees who offered; a carer sees only their own offer.
			offers:
				role === 'parent'
					? offers.map((o) => ({
							carerAccountId: o.carerAccountId,
							name: names.get(o.carerAccountId) ?? '',
							status: o.status
						}))
					: [],
			myOffer: mine ? { status: mine.status } : undefined,
			chosenName: chosen && (role === 'parent' || mine === chosen) ? names.get(chosen.carerAccountId) : undefined,
			details: seesDetails ? await details(tx, request, chosen, at) : undefined,
			detailsUntil: detailsUntil(request.endsAt),
			ended,
			mayOffer: role === 'carer' && request.status === 'open' && !mine && !ended,
			mayConfirmDone:
				request.status === 'confirmed' &&
				ended &&
				!myDone &&
				(role === 'parent' || mine === chosen) &&
				!request.exchangeId,
			iConfirmedDone: myDone !== null,
			exchangeRecorded: request.exchangeId !== null,
			mayCancel: role === 'parent' && request.status !== 'cancelled' && !ended
		};
	});
}

export type CareRequestPage = Awaited<ReturnType<typeof getCareRequest>>;

/** What any viewer reads: when, why, how many children of which ages, where (the kind of place), urgency. */
export function summary(r: CareRequest) {
	return {
		id: r.id,
		reason: r.reason,
		children: r.children,
		ageRanges: r.ageRanges,
		place: r.place,
		startsAt: r.startsAt,
		endsAt: r.endsAt,
		urgent: r.urgent,
		status: r.status
	};
}

async function namesOf(q: Queryable, ids: string[]) {
	const rows = await q.select({ id: accounts.id, name: accounts.name }).from(accounts).where(inArray(accounts.id, ids));
	return new Map(rows.map((r) => [r.id, r.name]));
}

async function details(q: Queryable, request: CareRequest, chosen: CareOffer | undefined, at: Date) {
	const venue = request.venueId
		? await findVenue({ networkId: request.networkId, venueId: request.venueId }, q)
		: undefined;
	const address =
		request.place === 'parent_home'
			? request.address
			: request.place === 'carer_home'
				? (chosen?.address ?? '')
				: venue
					? `${venue.name}, ${venue.address}`
					: '';
	return {
		address,
		parentPhone: request.phone,
		carerPhone: chosen?.phone ?? '',
		note: noteVisible(request.endsAt, at) ? request.note : ''
	};
}
