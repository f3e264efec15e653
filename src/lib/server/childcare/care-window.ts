// When the confirmed people may read each other's details: from the confirmation until the end of the day after
// the slot (Paris calendar), then the address and phone are cleared; the note only until the slot ends.
import { addParisDays, parisDate, parisMidnight } from '../../paris-time.ts';

/** Midnight (Paris) at the end of the day that follows the slot's last day. */
export function detailsUntil(endsAt: Date): Date {
	return parisMidnight(parisDate(addParisDays(endsAt, 2)));
}

/** The note is for the slot itself: it is gone once the slot has ended. */
export function noteVisible(endsAt: Date, at: Date): boolean {
	return at < endsAt;
}
