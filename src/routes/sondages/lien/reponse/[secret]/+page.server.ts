import { getGuestAnswer } from '#lib/server/polls/get-poll-by-link.ts';
import { editGuestAnswer } from '#lib/server/polls/guest-answer.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { pollGuestAnswerInput } from '#lib/validation/polls.ts';
import type { Actions, PageServerLoad } from './$types';

// A guest's private link (decision 037): their own answer, to change while the poll is open.
export const load: PageServerLoad = (event) => guard(event, () => getGuestAnswer({ secret: event.params.secret }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, pollGuestAnswerInput, async (input) => {
			await editGuestAnswer({ secret: event.params.secret, input });
			return { saved: true };
		})
};
