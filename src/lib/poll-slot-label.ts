// How a poll's slot reads (decision 037): « mardi 16 mars 2027, 18:30 – 20:00 », or the day and « toute la
// journée ». Shared by the poll pages; Paris time through paris-time.ts.
import { m } from '#lib/paraglide/messages.js';
import { formatParis, formatSlot } from './paris-time.ts';

export function pollSlotLabel(slot: { startsAt: Date; endsAt: Date; allDay: boolean }, locale: string): string {
	return slot.allDay
		? `${formatParis(slot.startsAt, locale, 'dateFull')}, ${m.poll_all_day()}`
		: formatSlot(slot.startsAt, slot.endsAt, locale);
}

/** The word a grid cell says: colour is never the only sign. */
export function pollAnswerWord(answer: string | undefined): string {
	if (answer === 'yes') return m.poll_answer_yes();
	if (answer === 'maybe') return m.poll_answer_maybe();
	if (answer === 'no') return m.poll_answer_no();
	return m.poll_answer_none();
}
