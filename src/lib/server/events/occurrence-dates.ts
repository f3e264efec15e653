// The dates of a weekly series: the same Paris wall-clock time every week from the first start until the last
// day (inclusive), so 14:00 stays 14:00 across the change to and from summer time.
import { addParisDays, parisDate } from '../../paris-time.ts';
import { MAX_COUNT } from '../../limits.ts';

export type Slot = { startsAt: Date; endsAt: Date };

/** Every slot of the series; `repeatUntil` null gives the first slot only. Undefined when there are too many. */
export function weeklySlots(first: Slot, repeatUntil: string | null): Slot[] | undefined {
	if (repeatUntil === null) return [first];
	const slots: Slot[] = [];
	for (let week = 0; ; week++) {
		const startsAt = addParisDays(first.startsAt, 7 * week);
		if (parisDate(startsAt) > repeatUntil) break;
		if (slots.length === MAX_COUNT.eventOccurrences) return undefined;
		slots.push({ startsAt, endsAt: addParisDays(first.endsAt, 7 * week) });
	}
	return slots;
}
