import { redirect } from '@sveltejs/kit';
import { createPoll } from '#lib/server/polls/create-poll.ts';
import { pollFormChoices } from '#lib/server/polls/poll-form-choices.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { z } from 'zod';
import { MAX_COUNT } from '#lib/limits.ts';
import { pollInput } from '#lib/validation/polls.ts';
import type { Actions, PageServerLoad } from './$types';

/** Rows of dates the form shows; « Plus de dates » adds rows without a script (?lignes=). */
const ROWS = 5;

const formQuery = z.object({
	lignes: z.coerce.number().int().min(ROWS).max(MAX_COUNT.pollSlots).catch(ROWS),
	groupe: z.string().max(40).catch('').default('')
});

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const choices = await pollFormChoices(scopeOf(event, 'member'));
		const query = handleQuery(event, formQuery);
		return { ...choices, rows: query.lignes, groupId: query.groupe };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, pollInput, async (input) => {
			const poll = await createPoll({ ...scopeOf(event), input });
			redirect(303, withFlash(`/sondages/${poll.id}`, 'publie'));
		})
};
