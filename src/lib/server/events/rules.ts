// The timing rules of registration (decision 022). The same for every network of an instance; a network setting
// can replace them later without changing the tables (the deadline is stored on each offer).
import { config } from '../config.ts';

/**
 * A freed place is held this long for the first person on the waiting list, who confirms it or loses it:
 * 24 hours unless the instance sets EVENT_OFFER_HOURS (1 to 168).
 */
export function offerWindowHours(): number {
	return config().offerWindowHours;
}
/** The reminder leaves when the occurrence starts within this many hours (« la veille »). */
export const REMINDER_HOURS_BEFORE = 24;

const HOUR = 3_600_000;

/** When an offer made at `at` ends: after the window, but never after the occurrence starts. */
export function offerDeadline(at: Date, startsAt: Date): Date {
	return new Date(Math.min(at.getTime() + offerWindowHours() * HOUR, startsAt.getTime()));
}

/** Whether a registration made at `at` is already inside the reminder window (then no separate reminder). */
export function insideReminderWindow(at: Date, startsAt: Date): boolean {
	return startsAt.getTime() - at.getTime() <= REMINDER_HOURS_BEFORE * HOUR;
}
