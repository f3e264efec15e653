import { redirect } from '@sveltejs/kit';
import { requestForCoordinator } from '#lib/server/mentoring/coordination.ts';
import { proposePair } from '#lib/server/mentoring/pairs.ts';
import { suggestMentors } from '#lib/server/mentoring/suggest-mentors.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { proposePairInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { ...scopeOf(event), requestId: event.params.id };
		const request = await requestForCoordinator(scope);
		const live = request.pairs.some((p) => p.status === 'proposed' || p.status === 'active');
		const suggestions = request.status === 'open' && !live ? await suggestMentors(scope) : [];
		return { request, suggestions, done: flashOf(event, ['demande']) };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, proposePairInput, async (input) => {
			await proposePair({
				...scopeOf(event),
				requestId: event.params.id,
				mentorId: input.mentorId,
				origin: event.url.origin
			});
			redirect(303, withFlash('/coordination/mentorat', 'propose'));
		})
};
