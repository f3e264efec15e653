// The tool library's timing rules (decision 030). Days are Paris calendar days (paris-time.ts).
import { addDays } from '../space/week-plan.ts';
import { parisDate, parisMidnight } from '../../paris-time.ts';

/**
 * How many days an item that came free is kept for the member whose hold is first (« gardé pour vous 3 jours »,
 * the day it is offered not counted), before it passes to the next one. Lend Engine and myTurn keep 2–7 days;
 * three leaves a weekend and a weekday to come to the desk.
 */
export const HOLD_OFFER_DAYS = 3;

/** Overdue loans are reminded once a week (the first time the day after the due day). */
export const OVERDUE_REMINDER_DAYS = 7;

/** The Paris day a loan made at `at` is due: `loanDays` days later. */
export const dueOnFrom = (at: Date, loanDays: number): string => addDays(parisDate(at), loanDays);

/** The last Paris day an offer made at `at` is kept, and the instant it ends (midnight after that day). */
export function offerEnd(at: Date): { lastDay: string; expiresAt: Date } {
	const lastDay = addDays(parisDate(at), HOLD_OFFER_DAYS);
	return { lastDay, expiresAt: parisMidnight(addDays(lastDay, 1)) };
}

/** The last Paris day of an offer that ends at `expiresAt` (its midnight belongs to the next day). */
export const offerLastDay = (expiresAt: Date): string => addDays(parisDate(expiresAt), -1);
