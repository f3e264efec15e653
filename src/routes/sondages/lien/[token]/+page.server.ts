import { getLocale } from '#lib/paraglide/runtime.js';
import { getPollByLink } from '#lib/server/polls/get-poll-by-link.ts';
import { answerPollAsGuest } from '#lib/server/polls/guest-answer.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { pollGuestAnswerInput } from '#lib/validation/polls.ts';
import type { Actions, PageServerLoad } from './$types';

// The poll's public link (decision 037): anyone with it answers with a name. The private link to change the
// answer is shown once, here, after answering (and emailed when an address was given).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ ...(await getPollByLink({ token: event.params.token })), origin: event.url.origin }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, pollGuestAnswerInput, async (input) => {
			const { secret } = await answerPollAsGuest({ token: event.params.token, locale: getLocale(), input });
			return { privateLink: `${event.url.origin}/sondages/lien/reponse/${secret}` };
		})
};
