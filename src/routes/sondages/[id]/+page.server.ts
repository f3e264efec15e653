import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { answerPoll } from '#lib/server/polls/answer-poll.ts';
import { commentPoll } from '#lib/server/polls/comment-poll.ts';
import { changeChosenSlot, finalisePoll } from '#lib/server/polls/finalise-poll.ts';
import { getPoll } from '#lib/server/polls/get-poll.ts';
import { reopenPoll } from '#lib/server/polls/reopen-poll.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { pollAnswerInput, pollCommentInput, pollSlotChoice } from '#lib/validation/polls.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await getPoll({ ...scopeOf(event), pollId: event.params.id })),
		origin: event.url.origin,
		done: flashOf(event, ['publie', 'repondu', 'choisi', 'rouvert'])
	}));

const thePoll = (event: RequestEvent) => ({ ...scopeOf(event), pollId: event.params.id });
const back = (event: RequestEvent, code: string) => redirect(303, withFlash(`/sondages/${event.params.id}`, code));

export const actions: Actions = {
	answer: (event) =>
		handleForm(event, pollAnswerInput, async (input) => {
			await answerPoll({ ...thePoll(event), input });
			back(event, 'repondu');
		}),
	comment: (event) =>
		handleForm(event, pollCommentInput, async (input) => {
			await commentPoll({ ...thePoll(event), body: input.body });
			return { commented: true };
		}),
	finalise: (event) =>
		handleForm(event, pollSlotChoice, async (input) => {
			await finalisePoll({ ...thePoll(event), slotId: input.slotId });
			back(event, 'choisi');
		}),
	change: (event) =>
		handleForm(event, pollSlotChoice, async (input) => {
			await changeChosenSlot({ ...thePoll(event), slotId: input.slotId });
			back(event, 'choisi');
		}),
	reopen: (event) =>
		handleForm(event, z.object({}), async () => {
			await reopenPoll(thePoll(event));
			back(event, 'rouvert');
		})
};
