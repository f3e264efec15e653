import { getMeetingNotes } from '#lib/server/challenges/get-meeting-notes.ts';
import { saveMeetingNotes } from '#lib/server/challenges/save-meeting-notes.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { meetingNotesInput } from '#lib/validation/challenges.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theOccurrence = (event: RequestEvent) => ({
	...scopeOf(event),
	eventId: event.params.id,
	occurrenceId: event.params.occurrenceId
});

export const load: PageServerLoad = (event) => guard(event, () => getMeetingNotes(theOccurrence(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, meetingNotesInput, async (input) => {
			await saveMeetingNotes({ ...theOccurrence(event), body: input.body });
			return { saved: true };
		})
};
