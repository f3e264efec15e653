// The timing rules of registration (decision 022). Constants for every network for now; a network setting can
// replace them later without changing the tables (the deadline is stored on each offer).

/** A freed place is held this long for the first person on the waiting list, who confirms it or loses it. */
export const OFFER_WINDOW_HOURS = 24;
/** The reminder leaves when the occurrence starts within this many hours (« la veille »). */
export const REMINDER_HOURS_BEFORE = 24;

const HOUR = 3_600_000;

/** When an offer made at `at` ends: after the window, but never after the occurrence starts. */
export function offerDeadline(at: Date, startsAt: Date): Date {
	return new Date(Math.min(at.getTime() + OFFER_WINDOW_HOURS * HOUR, startsAt.getTime()));
}

/** Whether a registration made at `at` is already inside the reminder window (then no separate reminder). */
export function insideReminderWindow(at: Date, startsAt: Date): boolean {
	return startsAt.getTime() - at.getTime() <= REMINDER_HOURS_BEFORE * HOUR;
}
