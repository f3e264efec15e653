import { cancelOccurrence } from '#lib/server/events/cancel-occurrence.ts';
import { getOccurrence } from '#lib/server/events/get-occurrence.ts';
import { markAttendance } from '#lib/server/events/mark-attendance.ts';
import { moveOccurrence } from '#lib/server/events/move-occurrence.ts';
import { now } from '#lib/server/clock.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { attendanceInput, moveOccurrenceInput } from '#lib/validation/events.ts';
import { toLocalInput } from '#lib/paris-time.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const page = await getOccurrence({
			...scopeOf(event),
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

const theOccurrence = (event: RequestEvent) => ({ ...scopeOf(event), occurrenceId: event.params.occurrenceId });

export const actions: Actions = {
	attendance: (event) =>
		handleForm(event, attendanceInput, async (input) => {
			const counts = await markAttendance({ ...theOccurrence(event), presentIds: input.presentIds });
			return { attendance: counts };
		}),
	move: (event) =>
		handleForm(event, moveOccurrenceInput, async (input) => {
			await moveOccurrence({ ...theOccurrence(event), ...input });
			return { moved: true };
		}),
	cancel: (event) =>
		handleForm(event, z.object({}), async () => {
			await cancelOccurrence(theOccurrence(event));
			return { occurrenceCancelled: true };
		})
};
