import { cancelOccurrence } from '#lib/server/events/cancel-occurrence.ts';
import { getOccurrence } from '#lib/server/events/get-occurrence.ts';
import { markAttendance } from '#lib/server/events/mark-attendance.ts';
import { moveOccurrence } from '#lib/server/events/move-occurrence.ts';
import { now } from '#lib/server/clock.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { attendanceInput, moveOccurrenceInput } from '#lib/validation/events.ts';
import { toLocalInput } from '#lib/paris-time.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const page = await getOccurrence({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			eventId: event.params.id,
			occurrenceId: event.params.occurrenceId
		});
		return {
			...page,
			event: { id: page.event.id, title: page.event.title, capacity: page.event.capacity },
			started: page.occurrence.startsAt.getTime() <= now().getTime(),
			moveValues: { startsAt: toLocalInput(page.occurrence.startsAt), endsAt: toLocalInput(page.occurrence.endsAt) }
		};
	});

const scope = (event: Parameters<Actions[string]>[0]) => ({
	actor: event.locals.actor,
	networkId: currentNetworkId(event.locals),
	occurrenceId: event.params.occurrenceId
});

export const actions: Actions = {
	attendance: (event) =>
		handleForm(event, attendanceInput, async (input) => {
			const counts = await markAttendance({ ...scope(event), presentIds: input.presentIds });
			return { attendance: counts };
		}),
	move: (event) =>
		handleForm(event, moveOccurrenceInput, async (input) => {
			await moveOccurrence({ ...scope(event), ...input });
			return { moved: true };
		}),
	cancel: (event) =>
		handleForm(event, z.object({}), async () => {
			await cancelOccurrence(scope(event));
			return { occurrenceCancelled: true };
		})
};
