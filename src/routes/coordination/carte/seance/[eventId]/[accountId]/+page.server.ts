import { enterSessionSkills, sessionPerson } from '#lib/server/skills-map/session-entry.ts';
import { handleForm, readForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { sessionEntryInput } from '#lib/validation/skills-map.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const who = (event: RequestEvent) => ({
	...scopeOf(event),
	eventId: event.params.eventId,
	accountId: event.params.accountId
});

export const load: PageServerLoad = (event) => guard(event, async () => sessionPerson(who(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, sessionEntryInput, async (input) => {
			const result = await enterSessionSkills({ ...who(event), ...input });
			// Close names found: the form comes back with what was typed, each line with its suggestions.
			return 'suggestions' in result ? { ...result, values: (await readForm(event)) ?? {} } : result;
		})
};
