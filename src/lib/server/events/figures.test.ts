// The figures the event pages show, with several registrations so that a count stuck at 0 or a position stuck
// at 1 fails (decision 022, « Counts in subqueries »): 3 places taken of 3 and two people waiting.
import { describe, expect, it } from 'vitest';
import { advanceClock } from '../clock.ts';
import { getEvent } from './get-event.ts';
import { getInvitation } from './guests/invitation.ts';
import { listAgenda } from './list-agenda.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { eventWorld, members } from '../../../../tests/event-world.ts';

/** An event of 3 places: three members registered, two waiting (in this order), and a newcomer. */
async function fullEvent(audience: 'network' | 'link' = 'network') {
	const world = await eventWorld({ capacity: 3, audience });
	const [a, b, c, firstWaiting, secondWaiting, newcomer] = await members(world.network.id, 6);
	const told = [];
	for (const person of [a, b, c, firstWaiting, secondWaiting]) {
		told.push(
			await registerForOccurrence({
				actor: person.actor,
				networkId: world.network.id,
				occurrenceId: world.occurrence.id,
				token: world.event.linkToken ?? undefined
			})
		);
	}
	return { ...world, registered: [a, b, c], firstWaiting, secondWaiting, newcomer, told };
}

type Full = Awaited<ReturnType<typeof fullEvent>>;
const pageOf = (world: Full, person: Full['newcomer']) =>
	getEvent({ actor: person.actor, networkId: world.network.id, eventId: world.event.id });

describe('the figures of a full event', () => {
	it('the event page counts 3 places taken of 3 and 2 waiting, for anyone who reads it', async () => {
		const world = await fullEvent();
		expect(world.told.map((r) => [r.status, r.position])).toEqual([
			['registered', null],
			['registered', null],
			['registered', null],
			['waitlisted', 1],
			['waitlisted', 2]
		]);
		for (const reader of [world.newcomer, world.registered[1], world.secondWaiting, world.coordinator]) {
			const [occurrence] = (await pageOf(world, reader)).upcoming;
			expect(occurrence).toEqual(expect.objectContaining({ id: world.occurrence.id, taken: 3, waiting: 2 }));
		}
		expect((await pageOf(world, world.newcomer)).upcoming[0].mine).toBeNull();
	});

	it('each person waiting reads their own position after a reload: n° 1, then n° 2', async () => {
		const world = await fullEvent();
		const first = (await pageOf(world, world.firstWaiting)).upcoming[0].mine;
		const second = (await pageOf(world, world.secondWaiting)).upcoming[0].mine;
		expect(first).toEqual(expect.objectContaining({ status: 'waitlisted', position: 1 }));
		expect(second).toEqual(expect.objectContaining({ status: 'waitlisted', position: 2 }));
		expect((await pageOf(world, world.registered[0])).upcoming[0].mine).toEqual(
			expect.objectContaining({ status: 'registered' })
		);
	});

	it('past occurrences shown to the people who run them keep their counts', async () => {
		const world = await fullEvent();
		advanceClock(3 * 24 * 3_600_000);
		const page = await pageOf(world, world.coordinator);
		expect(page.upcoming).toEqual([]);
		expect(page.past).toEqual([expect.objectContaining({ id: world.occurrence.id, taken: 3, waiting: 2 })]);
	});

	it('the agenda counts the places taken and says where each reader stands', async () => {
		const world = await fullEvent();
		const itemFor = async (person: Full['newcomer']) =>
			(await listAgenda({ actor: person.actor, networkId: world.network.id })).weeks.flatMap((w) => w.items)[0];
		expect(await itemFor(world.newcomer)).toEqual(expect.objectContaining({ taken: 3, capacity: 3, myStatus: null }));
		expect(await itemFor(world.registered[2])).toEqual(expect.objectContaining({ taken: 3, myStatus: 'registered' }));
		expect(await itemFor(world.secondWaiting)).toEqual(expect.objectContaining({ taken: 3, myStatus: 'waitlisted' }));
	});

	it('the invitation page of a « with the link » event counts the places members took', async () => {
		const world = await fullEvent('link');
		const page = await getInvitation({ eventId: world.event.id, token: world.event.linkToken! });
		expect(page.occurrences).toEqual([expect.objectContaining({ id: world.occurrence.id, taken: 3, waiting: 2 })]);
	});
});
