import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createSkill,
	createVenueIn,
	eventContent
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences } from '../db/schema/index.ts';
import { recordExchange } from '../exchanges/record-exchange.ts';
import { parisDate } from '../../paris-time.ts';
import { addDays } from '../../validation/exchanges.ts';
import { queryValues } from '../web/query.ts';
import { reportQuery } from '../../validation/reports.ts';
import { cancelOccurrence } from './cancel-occurrence.ts';
import { createEvent } from './create-event.ts';
import { eventsReport } from './events-report.ts';
import { markAttendance } from './mark-attendance.ts';
import { memberEventSummary } from './member-event-summary.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { members } from '../../../../tests/event-world.ts';
import { eq } from 'drizzle-orm';

const DAY = 86_400_000;
const setClockTo = (at: Date) => advanceClock(at.getTime() - now().getTime());

async function occurrencesOf(eventId: string) {
	return db()
		.select()
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, eventId))
		.orderBy(eventOccurrences.startsAt);
}

// A weekly « Atelier couture » (3 occurrences: the first held with attendance marked, the second cancelled, the
// third still ahead) led by F, and a one-off « Atelier vélo » led by G and F, held but attendance not marked.
async function reportWorld() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const venue = await createVenueIn(networkId);
	const [f, g, a, b, c] = await members(networkId, 5);
	const first = eventContent(venue.id).startsAt;
	const coordinator = people.coordinator.actor;
	const series = await createEvent({
		actor: coordinator,
		networkId,
		input: eventContent(venue.id, {
			title: 'Atelier couture',
			facilitatorIds: [f.id],
			repeatUntil: parisDate(new Date(first.getTime() + 15 * DAY))
		})
	});
	const bikeStart = new Date(first.getTime() + DAY);
	const bike = await createEvent({
		actor: coordinator,
		networkId,
		input: eventContent(venue.id, {
			title: 'Atelier vélo',
			facilitatorIds: [g.id, f.id],
			startsAt: bikeStart,
			endsAt: new Date(bikeStart.getTime() + 2 * 3_600_000)
		})
	});
	const [held, cancelled, later] = await occurrencesOf(series.id);
	const [bikeOccurrence] = await occurrencesOf(bike.id);
	const register = (person: { actor: typeof coordinator }, occurrenceId: string) =>
		registerForOccurrence({ actor: person.actor, networkId, occurrenceId });
	for (const p of [a, b, c]) await register(p, held.id);
	for (const p of [a, b]) await register(p, cancelled.id);
	await register(a, later.id);
	await register(c, bikeOccurrence.id);
	await cancelOccurrence({ actor: coordinator, networkId, occurrenceId: cancelled.id });
	setClockTo(new Date(bikeStart.getTime() + 3 * 3_600_000));
	await markAttendance({ actor: f.actor, networkId, occurrenceId: held.id, presentIds: [a.id, b.id] });
	return { ...people, networkId, f, g, a, b, c, first, held, cancelled, later, bikeOccurrence };
}

describe('coordinators report', () => {
	it('lists the occurrences held with who shared, who learned and the no-shows, and counts them', async () => {
		const w = await reportWorld();
		const skill = await createSkill(w.networkId, 'Couture');
		await recordExchange({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			sharerAccountId: w.a.id,
			learnerAccountIds: [w.b.id],
			skillId: skill.id,
			occurredOn: parisDate(now()),
			minutes: 60
		});
		const from = parisDate(new Date(w.first.getTime() - DAY));
		const to = parisDate(new Date(now().getTime() + 30 * DAY));
		const report = await eventsReport({ actor: w.coordinator.actor, networkId: w.networkId, from, to });
		expect(report.totals).toEqual({
			occurrences: 2,
			occurrencesMarked: 1,
			sharers: 2,
			learners: 2,
			presences: 2,
			noShows: 1,
			exchanges: 1
		});
		expect(report.truncated).toBe(false);
		const [couture, bike] = report.occurrences;
		expect(couture).toMatchObject({ occurrenceId: w.held.id, title: 'Atelier couture', attendanceMarked: true });
		expect(couture.facilitators.map((p) => p.id)).toEqual([w.f.id]);
		expect(couture.present.map((p) => p.id).sort()).toEqual([w.a.id, w.b.id].sort());
		expect(couture.absent.map((p) => p.id)).toEqual([w.c.id]);
		expect(bike).toMatchObject({ occurrenceId: w.bikeOccurrence.id, attendanceMarked: false, present: [], absent: [] });
		expect(bike.facilitators.map((p) => p.id).sort()).toEqual([w.f.id, w.g.id].sort());
		expect(report.occurrences.map((s) => s.occurrenceId)).not.toContain(w.cancelled.id);
		expect(report.occurrences.map((s) => s.occurrenceId)).not.toContain(w.later.id);
	});

	it('counts only the occurrences and exchanges of the period', async () => {
		const w = await reportWorld();
		setClockTo(new Date(w.later.startsAt.getTime() + 3_600_000));
		await markAttendance({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			occurrenceId: w.later.id,
			presentIds: [w.a.id]
		});
		const day = parisDate(w.later.startsAt);
		const only = await eventsReport({ actor: w.coordinator.actor, networkId: w.networkId, from: day, to: day });
		expect(only.occurrences.map((s) => s.occurrenceId)).toEqual([w.later.id]);
		expect(only.totals).toEqual({
			occurrences: 1,
			occurrencesMarked: 1,
			sharers: 1,
			learners: 1,
			presences: 1,
			noShows: 0,
			exchanges: 0
		});
		const before = await eventsReport({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			from: addDays(parisDate(w.first), -30),
			to: addDays(parisDate(w.first), -1)
		});
		expect(before.occurrences).toEqual([]);
		expect(before.totals.occurrences).toBe(0);
	});

	it('is for the network coordinators only; bad periods are refused', async () => {
		const w = await reportWorld();
		const other = await createNetworkWithPeople();
		const period = { networkId: w.networkId, from: parisDate(w.first), to: parisDate(now()) };
		await expect(eventsReport({ actor: null, ...period })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(eventsReport({ actor: w.member.actor, ...period })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(eventsReport({ actor: w.f.actor, ...period })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(eventsReport({ actor: other.coordinator.actor, ...period })).rejects.toMatchObject({
			code: 'not_member'
		});
		const coordinator = w.coordinator.actor;
		await expect(
			eventsReport({ actor: coordinator, networkId: w.networkId, from: '2026-02-30', to: '2026-03-01' })
		).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(
			eventsReport({ actor: coordinator, networkId: w.networkId, from: '2026-03-02', to: '2026-03-01' })
		).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('reads the period from the address: default, bad dates, order, length', () => {
		// The codes of the first issue of each field (the page shows their sentences).
		const period = (q: string) => {
			const url = new URL(`https://entrelien.test/coordination/rapports${q}`);
			const parsed = reportQuery('2026-05-31').safeParse(queryValues(url));
			if (parsed.success) return { ok: true, from: parsed.data.du, to: parsed.data.au };
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return { ok: false, errors };
		};
		expect(period('')).toEqual({ ok: true, from: '2026-02-28', to: '2026-05-31' });
		expect(period('?du=2026-01-01&au=2026-01-31')).toEqual({ ok: true, from: '2026-01-01', to: '2026-01-31' });
		// Typed as the hint asks, where the browser shows a text box instead of a date picker.
		expect(period('?du=01/01/2026&au=31/01/2026')).toEqual({ ok: true, from: '2026-01-01', to: '2026-01-31' });
		expect(period('?du=2026-02-30&au=demain')).toMatchObject({
			ok: false,
			errors: { du: 'rep_date', au: 'rep_date' }
		});
		expect(period('?du=2026-03-02&au=2026-03-01')).toMatchObject({
			ok: false,
			errors: { au: 'rep_order' }
		});
		expect(period('?du=2020-01-01&au=2026-03-01')).toMatchObject({
			ok: false,
			errors: { au: 'rep_span' }
		});
		expect(period('?au=nope')).toMatchObject({ ok: false, errors: { au: 'rep_date' } });
	});
});

describe('profile: workshops led and attended', () => {
	it('counts the occurrences held a member led and those they were present at', async () => {
		const w = await reportWorld();
		const summary = (accountId: string, actor = w.member.actor) =>
			memberEventSummary({ actor, networkId: w.networkId, accountId });
		const f = await summary(w.f.id);
		expect(f).toMatchObject({ ledCount: 2, attendedCount: 0, attended: [] });
		expect(f.led.map((s) => s.title)).toEqual(['Atelier vélo', 'Atelier couture']);
		expect(await summary(w.g.id)).toMatchObject({ ledCount: 1, attendedCount: 0 });
		const a = await summary(w.a.id);
		expect(a).toMatchObject({ ledCount: 0, attendedCount: 1, led: [] });
		expect(a.attended.map((s) => s.occurrenceId)).toEqual([w.held.id]);
		// Absent, or registered to an occurrence whose attendance is not marked: not counted.
		expect(await summary(w.c.id)).toMatchObject({ ledCount: 0, attendedCount: 0 });
		setClockTo(new Date(w.later.startsAt.getTime() + 3_600_000));
		await markAttendance({ actor: w.f.actor, networkId: w.networkId, occurrenceId: w.later.id, presentIds: [w.a.id] });
		expect(await summary(w.a.id)).toMatchObject({ attendedCount: 2 });
		expect(await summary(w.f.id)).toMatchObject({ ledCount: 3 });
	});

	it('is for members of the network only', async () => {
		const w = await reportWorld();
		const other = await createNetworkWithPeople();
		const outsider = await actorOf((await createMember(other.network.id)).id);
		await expect(memberEventSummary({ actor: null, networkId: w.networkId, accountId: w.f.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			memberEventSummary({ actor: outsider, networkId: w.networkId, accountId: w.f.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			memberEventSummary({ actor: other.coordinator.actor, networkId: other.network.id, accountId: w.f.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
