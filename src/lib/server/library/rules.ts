// The tool library's timing rules (decision 030). Days are Paris calendar days (paris-time.ts).
import { addDays } from '../space/week-plan.ts';
import { parisDate, parisMidnight } from '../../paris-time.ts';
import { HOLD_OFFER_DAYS } from '../../library-options.ts';

/** Kept in library-options.ts, since the pages say it too. */
export { HOLD_OFFER_DAYS };

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
