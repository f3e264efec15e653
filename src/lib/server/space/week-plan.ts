// The free and taken slots of a resource, computed from the venue's hours, its closures and the bookings, with
// the same rule as the database's exclusion constraint: a new booking [start, end + buffer) may not meet an
// existing one's [start, blocked_until) (decision 029). Days are Paris calendar days (« 2026-12-07 »).
import { and, asc, eq, gt, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { eventOccurrences, events, spaceBookings, spaceClosures, spaceOpeningHours } from '../db/schema/index.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import { fromParisWallTime, parisDate, parisWallTime } from '../../paris-time.ts';
import type { Resource } from './resource-access.ts';

const MINUTE = 60_000;

type Period = { opens: number; closes: number };
// `event`: the title of the workshop whose occurrence holds the room (decision 029), shown « Atelier : … ».
type Booked = { startsAt: Date; endsAt: Date; blockedUntil: Date; accountId: string; event: string | null };
export type Plan = {
	hours: Map<number, Period[]>;
	closures: { startsOn: string; endsOn: string; reason: string }[];
	bookings: Booked[];
};
export type SlotState = 'free' | 'taken' | 'mine' | 'past';
export type Slot = { startsAt: Date; endsAt: Date; state: SlotState; event?: string };

const minutesOfTime = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** « 2026-12-07 » + n days. */
export function addDays(day: string, n: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: Monday 1 … Sunday 7. */
export const weekdayOf = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The instant Paris clocks read `minutes` after midnight on `day`. */
export function atMinutes(day: string, minutes: number): Date {
	const [year, month, date] = day.split('-').map(Number);
	return fromParisWallTime({ year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 });
}

/** What decides the slots of a resource between two Paris days (both included). */
export async function loadPlan(q: Queryable, resource: Resource, firstDay: string, lastDay: string): Promise<Plan> {
	const rows = await q
		.select({
			weekday: spaceOpeningHours.weekday,
			opensAt: spaceOpeningHours.opensAt,
			closesAt: spaceOpeningHours.closesAt
		})
		.from(spaceOpeningHours)
		.where(eq(spaceOpeningHours.venueId, resource.venueId))
		.orderBy(asc(spaceOpeningHours.opensAt));
	const hours = new Map<number, Period[]>();
	for (const row of rows) {
		const list = hours.get(row.weekday) ?? [];
		list.push({ opens: minutesOfTime(row.opensAt), closes: minutesOfTime(row.closesAt) });
		hours.set(row.weekday, list);
	}
	const closures = await q
		.select({ startsOn: spaceClosures.startsOn, endsOn: spaceClosures.endsOn, reason: spaceClosures.reason })
		.from(spaceClosures)
		.where(
			and(
				eq(spaceClosures.venueId, resource.venueId),
				lte(spaceClosures.startsOn, lastDay),
				gte(spaceClosures.endsOn, firstDay)
			)
		);
	const bookings = await q
		.select({
			startsAt: spaceBookings.startsAt,
			endsAt: spaceBookings.endsAt,
			blockedUntil: spaceBookings.blockedUntil,
			accountId: spaceBookings.accountId,
			event: events.title
		})
		.from(spaceBookings)
		.leftJoin(eventOccurrences, eq(eventOccurrences.id, spaceBookings.occurrenceId))
		.leftJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(
			and(
				eq(spaceBookings.resourceId, resource.id),
				inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]),
				gt(spaceBookings.blockedUntil, atMinutes(firstDay, 0)),
				lt(spaceBookings.startsAt, atMinutes(addDays(lastDay, 1), 0))
			)
		);
	return { hours, closures, bookings };
}

/** The closure of that day, if the venue is closed then. */
export const closureOn = (plan: Plan, day: string) => plan.closures.find((c) => c.startsOn <= day && day <= c.endsOn);

/** Whether a new booking [start, end) would meet an existing one, the resource's buffer after it included. */
function conflicts(plan: Plan, resource: Resource, start: Date, end: Date): boolean {
	const blockedUntil = end.getTime() + resource.bufferMinutes * MINUTE;
	return plan.bookings.some((b) => start.getTime() < b.blockedUntil.getTime() && b.startsAt.getTime() < blockedUntil);
}

/** The lengths (minutes) a booking starting `from` minutes after midnight may have, within its opening period. */
function durationsAt(plan: Plan, resource: Resource, day: string, period: Period, from: number): number[] {
	const start = atMinutes(day, from);
	const lengths: number[] = [];
	for (let length = resource.minMinutes; length <= resource.maxMinutes; length += resource.slotMinutes) {
		if (from + length > period.closes || conflicts(plan, resource, start, atMinutes(day, from + length))) break;
		lengths.push(length);
	}
	return lengths;
}

/** The slots of one day, one per step of the resource's grid in each opening period. */
export function slotsOn(plan: Plan, resource: Resource, day: string, at: Date, accountId: string): Slot[] {
	if (closureOn(plan, day)) return [];
	const slots: Slot[] = [];
	for (const period of plan.hours.get(weekdayOf(day)) ?? []) {
		for (let from = period.opens; from + resource.slotMinutes <= period.closes; from += resource.slotMinutes) {
			const startsAt = atMinutes(day, from);
			const endsAt = atMinutes(day, from + resource.slotMinutes);
			const over = plan.bookings.filter((b) => b.startsAt < endsAt && startsAt < b.endsAt);
			const mine = over.some((b) => b.accountId === accountId && b.event === null);
			const event = over.find((b) => b.event !== null)?.event ?? undefined;
			let state: SlotState;
			if (mine) state = 'mine';
			else if (startsAt.getTime() <= at.getTime()) state = 'past';
			else state = durationsAt(plan, resource, day, period, from).length > 0 ? 'free' : 'taken';
			slots.push(event && state === 'taken' ? { startsAt, endsAt, state, event } : { startsAt, endsAt, state });
		}
	}
	return slots;
}

/** The lengths a booking starting at `start` may have (none: taken, closed, or outside the opening hours). */
export function durationsFrom(plan: Plan, resource: Resource, start: Date): number[] {
	const day = parisDate(start);
	const t = parisWallTime(start);
	const from = t.hour * 60 + t.minute;
	if (closureOn(plan, day) || t.second !== 0) return [];
	const period = (plan.hours.get(weekdayOf(day)) ?? []).find((p) => p.opens <= from && from < p.closes);
	return period ? durationsAt(plan, resource, day, period, from) : [];
}
