import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { pairPage } from '#lib/server/mentoring/pair-page.ts';
import { acceptPair, declinePair } from '#lib/server/mentoring/pairs.ts';
import { logSession, reviewMentoring } from '#lib/server/mentoring/sessions.ts';
import { postToThread } from '#lib/server/mentoring/thread.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { accountOf } from '#lib/server/web/scope.ts';
import {
	declinePairInput,
	mentoringMessageInput,
	mentoringReviewInput,
	mentoringSessionInput
} from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

// A pair's page: the mentor (no membership) and the member reach it through their account, nobody else.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		pair: await pairPage({ actor: accountOf(event), mentoringId: event.params.id }),
		done: flashOf(event, ['accepte', 'refuse', 'envoye', 'seance', 'avis'])
	}));

const here = (event: { params: { id: string } }, code: string, anchor = '') =>
	withFlash(`/mentorat/${event.params.id}${anchor}`, code);

export const actions: Actions = {
	accept: (event) =>
		handleForm(event, z.object({}), async () => {
			await acceptPair({ actor: accountOf(event), mentoringId: event.params.id });
			redirect(303, here(event, 'accepte'));
		}),
	decline: (event) =>
		handleForm(event, declinePairInput, async (input) => {
			await declinePair({ actor: accountOf(event), mentoringId: event.params.id, reason: input.reason });
			redirect(303, here(event, 'refuse'));
		}),
	write: (event) =>
		handleForm(event, mentoringMessageInput, async (input) => {
			await postToThread({ actor: accountOf(event), mentoringId: event.params.id, body: input.body });
			redirect(303, here(event, 'envoye', '#fil'));
		}),
	session: (event) =>
		handleForm(event, mentoringSessionInput, async (input) => {
			await logSession({ actor: accountOf(event), mentoringId: event.params.id, ...input });
			redirect(303, here(event, 'seance', '#seances'));
		}),
	review: (event) =>
		handleForm(event, mentoringReviewInput, async (input) => {
			await reviewMentoring({ actor: accountOf(event), mentoringId: event.params.id, ...input });
			redirect(303, here(event, 'avis'));
		})
};
