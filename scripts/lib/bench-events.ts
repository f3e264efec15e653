// The town's agenda for `npm run bench` and `npm run lighthouse`: the city seed writes members and posts in bulk,
// but no events. Issue 13 measured the agenda with 40 events and 480 registrations added through the app's own
// functions (createVenue, createEvent, registerForOccurrence), so the rows, the weekly series' occurrences and
// the places counted are what the app itself writes. Run again on the same database, it adds nothing.
import { sql } from 'drizzle-orm';
import { loadActor } from '../../src/lib/server/accounts/find-account.ts';
import { now } from '../../src/lib/server/clock.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { createEvent } from '../../src/lib/server/events/create-event.ts';
import { registerForOccurrence } from '../../src/lib/server/events/register-for-occurrence.ts';
import { toLocalInput } from '../../src/lib/paris-time.ts';
import { createVenue } from '../../src/lib/server/venues/create-venue.ts';
import { EVENT_KINDS } from '../../src/lib/event-options.ts';
import { CITY_COORDINATOR } from './city-seed.ts';

const DAY = 24 * 60 * 60 * 1000;
const TITLES = [
	'Atelier réparation de vélos',
	'Journée découverte cuisine libanaise',
	'Échange de savoirs : couture et retouches',
	'Cours de guitare pour débutants',
	'Conversation en anglais',
	'Initiation au jardinage sur balcon',
	'Aide aux démarches en ligne',
	'Réunion du réseau'
];

/** Adds `count` events (one in five a weekly series of six dates) and `registrationsEach` registrations each. */
export async function addBenchEvents(
	q: Db,
	networkId: string,
	{ count = 40, registrationsEach = 12 } = {},
	log: (line: string) => void = console.log
): Promise<{ reused: boolean; events: number }> {
	const [existing] = await sqlRows<{ n: number }>(
		q,
		sql`select count(*)::int as n from events where network_id = ${networkId}`
	);
	if (existing.n > 0) return { reused: true, events: existing.n };
	const start = performance.now();
	const [coordinatorRow] = await sqlRows<{ id: string }>(
		q,
		sql`select id from accounts where email = ${CITY_COORDINATOR.email}`
	);
	const coordinator = await loadActor(coordinatorRow.id);
	const members = await sqlRows<{ id: string }>(
		q,
		sql`select account_id as id from memberships where network_id = ${networkId} and status = 'active'
			and role = 'member' order by account_id limit ${registrationsEach * 4}`
	);
	const venues = [];
	for (const [i, name] of ['Maison des associations', 'Médiathèque du centre', 'Local du quartier'].entries()) {
		venues.push(
			await createVenue({
				actor: coordinator,
				networkId,
				name,
				address: `${10 + i} rue des Pâquerettes, 92000 Nanterre`,
				accessNotes: 'Rez-de-chaussée, accessible en fauteuil.',
				doorEntry: '',
				capacity: 30,
				partnerName: '',
				isOwnSpace: i === 2
			})
		);
	}
	let registrations = 0;
	for (let i = 0; i < count; i++) {
		// Spread over the next eight weeks, in the afternoon or the evening.
		const startsAt = new Date(now().getTime() + (1 + Math.floor((i * 56) / count)) * DAY);
		startsAt.setUTCHours(i % 2 === 0 ? 14 : 17, 0, 0, 0);
		const weekly = i % 5 === 0;
		const event = await createEvent({
			actor: coordinator,
			networkId,
			input: {
				title: `${TITLES[i % TITLES.length]} n° ${i + 1}`,
				description: 'Un moment pour apprendre ensemble, ouvert à tout le réseau. Inscription conseillée.',
				kind: EVENT_KINDS[i % EVENT_KINDS.length],
				groupId: null,
				venueId: venues[i % venues.length].id,
				onlineUrl: null,
				startsAt,
				endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
				repeatUntil: weekly ? toLocalInput(new Date(startsAt.getTime() + 5 * 7 * DAY)).slice(0, 10) : null,
				capacity: 20,
				audience: 'network',
				facilitatorIds: []
			}
		});
		const [occurrence] = await sqlRows<{ id: string }>(
			q,
			sql`select id from event_occurrences where event_id = ${event.id} order by starts_at limit 1`
		);
		for (let k = 0; k < registrationsEach; k++) {
			const member = members[(i * 7 + k) % members.length];
			await registerForOccurrence({ actor: await loadActor(member.id), networkId, occurrenceId: occurrence.id });
			registrations++;
		}
	}
	log(`  ${count} événements et ${registrations} inscriptions : ${((performance.now() - start) / 1000).toFixed(1)} s`);
	return { reused: false, events: count };
}
