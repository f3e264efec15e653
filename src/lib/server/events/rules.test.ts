import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addGroupMember,
	createGroupIn,
	createNetworkWithPeople,
	createVenueIn,
	eventContent
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { eventRegistrations, events } from '../db/schema/index.ts';
import { eventInput } from '../../validation/events.ts';
import { createEvent } from './create-event.ts';
import { getEvent } from './get-event.ts';
import { listAgenda } from './list-agenda.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { updateEvent } from './update-event.ts';
import { eventWorld, members } from '../../../../tests/event-world.ts';

const form = {
	title: 'Atelier CV',
	description: '',
	kind: 'workshop',
	groupId: '',
	venueId: '',
	onlineUrl: 'https://visio.exemple.org/cv',
	startsAt: '2030-03-05T14:00',
	endsAt: '2030-03-05T16:00',
	repeatUntil: '',
	capacity: '8',
	audience: 'network',
	facilitatorIds: ''
};

const issueCodes = (values: Record<string, string>) => {
	const parsed = eventInput.safeParse({ ...form, ...values });
	return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

async function eventCount(networkId: string) {
	const [row] = await db().select({ n: count() }).from(events).where(eq(events.networkId, networkId));
	return row.n;
}

describe('event input', () => {
	it('the form reads Paris wall-clock times and refuses bad input with a code for each field', () => {
		const parsed = eventInput.parse(form);
		expect(parsed.startsAt.toISOString()).toBe('2030-03-05T13:00:00.000Z');
		expect(parsed.capacity).toBe(8);
		expect(issueCodes({ endsAt: '2030-03-05T13:00' })).toEqual({ endsAt: 'evt_end_before_start' });
		expect(issueCodes({ capacity: '0' })).toEqual({ capacity: 'evt_capacity' });
		expect(issueCodes({ capacity: '-3' })).toEqual({ capacity: 'evt_capacity' });
		// A pasted NUL would be refused by PostgreSQL: it is a sentence next to the field instead.
		expect(issueCodes({ description: 'Atelier\u0000 CV' })).toEqual({ description: 'control_characters' });
		expect(issueCodes({ description: 'Ligne 1\r\nLigne 2\tfin' })).toEqual({});
		expect(issueCodes({ capacity: 'beaucoup' })).toEqual({ capacity: 'evt_capacity' });
		expect(issueCodes({ kind: 'fete' })).toEqual({ kind: 'unknown_choice' });
		expect(issueCodes({ startsAt: '2030-02-30T14:00' })).toMatchObject({ startsAt: 'evt_date' });
		expect(issueCodes({ onlineUrl: '' })).toEqual({ venueId: 'evt_place_required' });
		expect(issueCodes({ audience: 'group' })).toEqual({ groupId: 'evt_group_required' });
		expect(issueCodes({ repeatUntil: '2030-03-01' })).toEqual({ repeatUntil: 'evt_repeat_before_start' });
		// The end of a series typed as the hint asks (jj/mm/aaaa) is read like a date picker's value.
		expect(issueCodes({ repeatUntil: '01/03/2030' })).toEqual({ repeatUntil: 'evt_repeat_before_start' });
		expect(issueCodes({ repeatUntil: '31/02/2030' })).toEqual({ repeatUntil: 'evt_date' });
	});

	it('a venue or group of another network, or an unknown facilitator, is refused and nothing is saved', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const elsewhere = await createNetworkWithPeople();
		const theirVenue = await createVenueIn(elsewhere.network.id);
		const theirGroup = await createGroupIn(elsewhere.network.id);
		const create = (input: ReturnType<typeof eventContent>) =>
			createEvent({ actor: coordinator.actor, networkId: network.id, input });
		await expect(create(eventContent(theirVenue.id))).rejects.toMatchObject({
			code: 'event_venue_unknown',
			field: 'venueId'
		});
		await expect(create(eventContent(null, { groupId: theirGroup.id }))).rejects.toMatchObject({
			code: 'event_group_unknown',
			field: 'groupId'
		});
		await expect(create(eventContent(null, { facilitatorIds: [elsewhere.member.id] }))).rejects.toMatchObject({
			code: 'event_facilitator_unknown'
		});
		// Code that skips the form meets the same rules, never a database error.
		await expect(create(eventContent(null, { capacity: 0 }))).rejects.toMatchObject({ field: 'capacity' });
		await expect(create(eventContent(null, { endsAt: new Date(Date.now() + 86_400_000) }))).rejects.toMatchObject({
			field: 'endsAt'
		});
		await expect(create(eventContent(null, { kind: 'fete' as never }))).rejects.toMatchObject({ field: 'kind' });
		expect(await eventCount(network.id)).toBe(0);
	});

	it('capacity cannot go below the places taken; more places are offered to the waiting list', async () => {
		const world = await eventWorld({ capacity: 2 });
		const people = await members(world.network.id, 3);
		for (const p of people) {
			await registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id });
		}
		const input = { ...eventContent(world.venue.id), startsAt: world.event.startsAt, endsAt: world.event.endsAt };
		const update = (capacity: number) =>
			updateEvent({
				actor: world.coordinator.actor,
				networkId: world.network.id,
				eventId: world.event.id,
				input: { ...input, capacity }
			});
		await expect(update(1)).rejects.toMatchObject({ code: 'event_capacity_below_taken' });
		await update(3);
		const statuses = await db()
			.select({ status: eventRegistrations.status })
			.from(eventRegistrations)
			.where(eq(eventRegistrations.occurrenceId, world.occurrence.id));
		expect(statuses.map((s) => s.status).sort()).toEqual(['offered', 'registered', 'registered']);
	});
});

describe('who may do what', () => {
	it('anonymous people, members on coordinator actions, and other networks are refused', async () => {
		const world = await eventWorld();
		const elsewhere = await createNetworkWithPeople();
		const input = eventContent(world.venue.id);
		await expect(createEvent({ actor: null, networkId: world.network.id, input })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(createEvent({ actor: world.member.actor, networkId: world.network.id, input })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			updateEvent({
				actor: world.member.actor,
				networkId: world.network.id,
				eventId: world.event.id,
				input: { ...input, title: 'Pris en main' }
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			registerForOccurrence({ actor: null, networkId: world.network.id, occurrenceId: world.occurrence.id })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		// A member of another network, on this network: not a member; on their own network: the event is not there.
		await expect(
			registerForOccurrence({
				actor: elsewhere.member.actor,
				networkId: world.network.id,
				occurrenceId: world.occurrence.id
			})
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			registerForOccurrence({
				actor: elsewhere.member.actor,
				networkId: elsewhere.network.id,
				occurrenceId: world.occurrence.id
			})
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			getEvent({ actor: elsewhere.coordinator.actor, networkId: elsewhere.network.id, eventId: world.event.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await eventCount(world.network.id)).toBe(1);
		const [title] = await db().select({ t: events.title }).from(events).where(eq(events.id, world.event.id));
		expect(title.t).toBe(world.event.title);
	});

	it('a group event takes registrations from the group’s members only', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const venue = await createVenueIn(network.id);
		const group = await createGroupIn(network.id);
		const event = await createEvent({
			actor: coordinator.actor,
			networkId: network.id,
			input: eventContent(venue.id, { groupId: group.id, audience: 'group' })
		});
		const page = await getEvent({ actor: member.actor, networkId: network.id, eventId: event.id });
		expect(page.mayRegister).toBe(false);
		const occurrenceId = page.upcoming[0].id;
		await expect(
			registerForOccurrence({ actor: member.actor, networkId: network.id, occurrenceId })
		).rejects.toMatchObject({ code: 'event_group_only' });
		await addGroupMember(group, member.id);
		expect((await registerForOccurrence({ actor: member.actor, networkId: network.id, occurrenceId })).status).toBe(
			'registered'
		);
	});

	it('a « with the link » event is hidden from the agenda and needs its secret to register', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const event = await createEvent({
			actor: coordinator.actor,
			networkId: network.id,
			input: eventContent(null, { audience: 'link' })
		});
		expect(event.linkToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
		const agenda = await listAgenda({ actor: member.actor, networkId: network.id });
		expect(agenda.weeks).toEqual([]);
		expect((await listAgenda({ actor: coordinator.actor, networkId: network.id })).weeks).toHaveLength(1);
		await expect(getEvent({ actor: member.actor, networkId: network.id, eventId: event.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		const page = await getEvent({
			actor: member.actor,
			networkId: network.id,
			eventId: event.id,
			token: event.linkToken!
		});
		const occurrenceId = page.upcoming[0].id;
		await expect(
			registerForOccurrence({ actor: member.actor, networkId: network.id, occurrenceId, token: 'devine' })
		).rejects.toMatchObject({ code: 'not_found' });
		await registerForOccurrence({ actor: member.actor, networkId: network.id, occurrenceId, token: event.linkToken! });
		// Once registered, it is in their agenda and its page opens without the link.
		expect((await listAgenda({ actor: member.actor, networkId: network.id })).weeks).toHaveLength(1);
		await getEvent({ actor: member.actor, networkId: network.id, eventId: event.id });
	});

	it('the agenda groups upcoming occurrences by week and filters by kind and group', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const group = await createGroupIn(network.id, { name: 'Cuisine' });
		await createEvent({ actor: coordinator.actor, networkId: network.id, input: eventContent(null) });
		await createEvent({
			actor: coordinator.actor,
			networkId: network.id,
			input: eventContent(null, {
				kind: 'workshop',
				groupId: group.id,
				title: 'Atelier pain',
				startsAt: new Date(Date.now() + 9 * 86_400_000),
				endsAt: new Date(Date.now() + 9 * 86_400_000 + 3_600_000)
			})
		});
		const all = await listAgenda({ actor: member.actor, networkId: network.id });
		expect(all.weeks.flatMap((w) => w.items)).toHaveLength(2);
		expect(all.weeks.length).toBeGreaterThanOrEqual(2);
		expect(all.weeks.every((w) => new Date(`${w.monday}T12:00Z`).getUTCDay() === 1)).toBe(true);
		const workshops = await listAgenda({ actor: member.actor, networkId: network.id, kind: 'workshop' });
		expect(workshops.weeks.flatMap((w) => w.items.map((i) => i.title))).toEqual(['Atelier pain']);
		const ofGroup = await listAgenda({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(ofGroup.weeks.flatMap((w) => w.items.map((i) => i.groupName))).toEqual(['Cuisine']);
	});
});
