import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { parisDate } from '../../paris-time.ts';
import { eventsReport } from './events-report.ts';
import { getOccurrence } from './get-occurrence.ts';
import { markAttendance } from './mark-attendance.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { updateEvent } from './update-event.ts';
import { eventWorld, members } from '../../../../tests/event-world.ts';

async function worldWithFacilitator() {
	const base = await eventWorld();
	const [facilitator, a, b, c] = await members(base.network.id, 4);
	await updateEvent({
		actor: base.coordinator.actor,
		networkId: base.network.id,
		eventId: base.event.id,
		input: {
			title: base.event.title,
			description: base.event.description,
			kind: 'discovery_day',
			groupId: null,
			venueId: base.venue.id,
			onlineUrl: null,
			startsAt: base.event.startsAt,
			endsAt: base.event.endsAt,
			capacity: 8,
			audience: 'network',
			facilitatorIds: [facilitator.id]
		}
	});
	for (const p of [a, b, c]) {
		await registerForOccurrence({ actor: p.actor, networkId: base.network.id, occurrenceId: base.occurrence.id });
	}
	return { ...base, facilitator, learners: [a, b, c] };
}

describe('attendance', () => {
	it('after the start, the facilitator marks who came; the report counts sharers, learners and no-shows', async () => {
		const world = await worldWithFacilitator();
		const [a, b, c] = world.learners;
		const mark = (actor = world.facilitator.actor, presentIds = [a.id, b.id]) =>
			markAttendance({ actor, networkId: world.network.id, occurrenceId: world.occurrence.id, presentIds });
		await expect(mark()).rejects.toMatchObject({ code: 'event_not_started' });
		advanceClock(world.occurrence.startsAt.getTime() - Date.now() + 60_000);
		expect(await mark()).toEqual({ present: 2, absent: 1 });
		const rows = await db()
			.select({ accountId: eventRegistrations.accountId, attendance: eventRegistrations.attendance })
			.from(eventRegistrations)
			.where(eq(eventRegistrations.occurrenceId, world.occurrence.id));
		expect(Object.fromEntries(rows.map((r) => [r.accountId, r.attendance]))).toEqual({
			[a.id]: 'present',
			[b.id]: 'present',
			[c.id]: 'absent'
		});
		// A coordinator corrects it.
		expect(await mark(world.coordinator.actor, [a.id, b.id, c.id])).toEqual({ present: 3, absent: 0 });
		await mark(world.coordinator.actor, [a.id, b.id]);
		const day = parisDate(world.occurrence.startsAt);
		const report = await eventsReport({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			from: day,
			to: day
		});
		expect(report.totals).toMatchObject({
			occurrences: 1,
			occurrencesMarked: 1,
			sharers: 1,
			learners: 2,
			presences: 2,
			noShows: 1
		});
		const page = await getOccurrence({
			actor: world.facilitator.actor,
			networkId: world.network.id,
			eventId: world.event.id,
			occurrenceId: world.occurrence.id
		});
		expect(page.people.map((p) => p.attendance).sort()).toEqual(['absent', 'present', 'present']);
	});

	it('a member who neither leads nor coordinates cannot mark attendance or read the list; nobody outside', async () => {
		const world = await worldWithFacilitator();
		const [a] = world.learners;
		advanceClock(world.occurrence.startsAt.getTime() - Date.now() + 60_000);
		await expect(
			markAttendance({ actor: a.actor, networkId: world.network.id, occurrenceId: world.occurrence.id, presentIds: [] })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			markAttendance({ actor: null, networkId: world.network.id, occurrenceId: world.occurrence.id, presentIds: [] })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(
			getOccurrence({
				actor: a.actor,
				networkId: world.network.id,
				eventId: world.event.id,
				occurrenceId: world.occurrence.id
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			eventsReport({ actor: a.actor, networkId: world.network.id, from: '2026-01-01', to: '2026-12-31' })
		).rejects.toMatchObject({ code: 'forbidden' });
		// Someone not registered cannot be marked present.
		await expect(
			markAttendance({
				actor: world.coordinator.actor,
				networkId: world.network.id,
				occurrenceId: world.occurrence.id,
				presentIds: [world.member.id]
			})
		).rejects.toMatchObject({ code: 'not_found' });
		const marked = await db()
			.select()
			.from(eventRegistrations)
			.where(
				and(eq(eventRegistrations.occurrenceId, world.occurrence.id), eq(eventRegistrations.attendance, 'present'))
			);
		expect(marked).toHaveLength(0);
	});
});
