// How long a tip stays on the board (decision 033): until the evening of its end date, else TIP_LIFETIME_DAYS
// after it was published or renewed. Renewal follows the posts' rule (decision 013): from the week before.
import { TIP_LIFETIME_DAYS } from '../../limits.ts';
import { addParisDays, parisMidnight } from '../../paris-time.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from '../posts/lifetime.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of a Paris calendar day: the next midnight in Paris. */
export function endOfParisDay(day: string): Date {
	return addParisDays(parisMidnight(day), 1);
}

/** When a tip published (or renewed) at `from` stops being shown. */
export function tipExpiry(endsOn: string | null, from: Date): Date {
	return endsOn ? endOfParisDay(endsOn) : new Date(from.getTime() + TIP_LIFETIME_DAYS * DAY_MS);
}

/** A tip is live while it has not expired and no coordinator hid it. */
export function isLive(tip: { expiresAt: Date; hiddenAt: Date | null }, at: Date): boolean {
	return tip.hiddenAt === null && tip.expiresAt.getTime() > at.getTime();
}

/** Prolonging is possible in the week before the expiry or after it; earlier, a click changes nothing. */
export function isRenewable(tip: { expiresAt: Date; endsOn: string | null }, at: Date): boolean {
	return tip.endsOn === null && tip.expiresAt.getTime() - at.getTime() <= EXPIRY_NOTICE_DAYS_BEFORE * DAY_MS;
}
