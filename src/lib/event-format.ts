// How events read on the pages: kind labels and the sentence after a registration step (decision 022). Their
// dates are written by `paris-time.ts` (`formatSlot`, `formatParis`).
import type { EventKind } from './event-options.ts';
import { m } from '#lib/paraglide/messages.js';

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
