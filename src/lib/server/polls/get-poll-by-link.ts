// What a visitor without an account sees through the poll's link (decision 037): the poll, the place (never a
// door code), the slots best first with their counts — not the participants' names, which stay in the network —
// and, once decided, the chosen date. A guest's private link shows their own answer too.
import { db, type Queryable } from '../db/client.ts';
import { findVenue, publicVenue } from '../venues/find-venue.ts';
import { guestByPrivateLink, pollByLink } from './guest-answer.ts';
import { pollGrid } from './get-poll.ts';
import type { PollRow } from './poll-access.ts';

async function publicView(q: Queryable, poll: PollRow, network: string) {
	const [grid, venue] = await Promise.all([
		pollGrid(q, poll),
		poll.venueId ? findVenue({ networkId: poll.networkId, venueId: poll.venueId }, q) : Promise.resolve(undefined)
	]);
	return {
		network,
		poll: {
			title: poll.title,
			description: poll.description,
			place: poll.place,
			online: poll.onlineUrl !== null,
			deadline: poll.deadline,
			status: poll.status,
			linkToken: poll.linkToken
		},
		venue: venue ? publicVenue(venue) : null,
		slots: grid.slots.map(({ id, startsAt, endsAt, allDay, yes, maybe, no, chosen }) => ({
			id,
			startsAt,
			endsAt,
			allDay,
			yes,
			maybe,
			no,
			chosen
		})),
		answers: grid.people.length
	};
}

export async function getPollByLink(options: { token: string }) {
	const q = db();
	const { poll, network } = await pollByLink(q, options.token);
	return publicView(q, poll, network);
}

export async function getGuestAnswer(options: { secret: string }) {
	const q = db();
	const { poll, network, participant } = await guestByPrivateLink(q, options.secret);
	const view = await publicView(q, poll, network);
	const grid = await pollGrid(q, poll);
	const me = grid.people.find((p) => p.id === participant.id);
	return {
		...view,
		me: {
			name: participant.guestName ?? '',
			email: participant.guestEmail ?? '',
			comment: participant.comment,
			answers: me?.answers ?? {}
		}
	};
}
