// How event times read on the pages, in the reader's language and Paris time (decision 022).
import { EVENT_TIME_ZONE, type EventKind } from './event-options.ts';
import { m } from '#lib/paraglide/messages.js';

/** « mardi 16 mars 2027, 14:00 – 16:00 » (the end's date is repeated only if it is another day). */
export function formatSlot(startsAt: Date, endsAt: Date, locale: string): string {
	const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: EVENT_TIME_ZONE });
	const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: EVENT_TIME_ZONE });
	const sameDay = day.format(startsAt) === day.format(endsAt);
	return sameDay
		? `${day.format(startsAt)}, ${time.format(startsAt)} – ${time.format(endsAt)}`
		: `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)}`;
}

/** « 16 mars 2027 à 14:00 ». */
export function formatInstant(at: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: EVENT_TIME_ZONE }).format(
		at
	);
}

/** « 15 mars 2027 » from a YYYY-MM-DD day. */
export function formatDay(day: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export const kindLabel: Record<EventKind, () => string> = {
	workshop: m.evt_kind_workshop,
	discovery_day: m.evt_kind_discovery_day,
	skills_session: m.evt_kind_skills_session,
	meeting: m.evt_kind_meeting
};

/** The sentence after a registration step (register, cancel, confirm an offer), or null: the same for members and guests. */
export function registrationDoneText(form: unknown): string | null {
	if (!form || typeof form !== 'object') return null;
	const done = form as { registered?: string; position?: number | null; cancelled?: boolean; confirmed?: boolean };
	if (done.registered) {
		return done.registered === 'registered'
			? m.evt_done_registered()
			: m.evt_done_waitlisted({ position: String(done.position ?? '') });
	}
	if (done.cancelled) return m.evt_done_cancelled();
	if (done.confirmed) return m.evt_done_confirmed();
	return null;
}
