// The tool library's labels (decision 030), for the pages: an item's state and a line of its condition history.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatDay, formatParis } from './paris-time.ts';

/** « 12 mars 2027 » from a Paris day. */
export const dayLabel = (day: string) => formatDay(day, getLocale());

/** « Disponible », « Emprunté jusqu'au 12 mars 2027 », « Gardé pour une réservation », « En réparation ». */
export function itemStateLabel(state: string, dueOn: string | null): string {
	if (state === 'lent' && dueOn) return m.lib_state_lent({ day: dayLabel(dueOn) });
	if (state === 'kept') return m.lib_state_kept();
	if (state === 'repair') return m.lib_state_repair();
	return m.lib_state_available();
}

/** One line of the condition history: its date, what happened and the note. */
export function conditionNoteLine(note: { kind: string; note: string; createdAt: Date }): string {
	const values = { date: formatParis(note.createdAt, getLocale()), note: note.note };
	if (note.kind === 'return') return note.note ? m.lib_note_return(values) : m.lib_note_return_fine(values);
	if (note.kind === 'repair') return m.lib_note_repair(values);
	if (note.kind === 'repaired') return m.lib_note_repaired(values);
	return m.lib_note_note(values);
}
