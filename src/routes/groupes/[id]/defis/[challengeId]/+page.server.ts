import { addTask } from '#lib/server/challenges/add-task.ts';
import { getChallenge } from '#lib/server/challenges/get-challenge.ts';
import { giveBackTask } from '#lib/server/challenges/give-back-task.ts';
import { markTaskDone } from '#lib/server/challenges/mark-task-done.ts';
import { takeTask } from '#lib/server/challenges/take-task.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { taskChoice, taskDoneInput, taskInput } from '#lib/validation/challenges.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theChallenge = (event: RequestEvent) => ({ ...scopeOf(event), challengeId: event.params.challengeId });

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ ...(await getChallenge(theChallenge(event))), notice: flashOf(event, ['cree']) }));

export const actions: Actions = {
	task: (event) =>
		handleForm(event, taskInput, async (input) => {
			await addTask({ ...theChallenge(event), ...input });
			return { added: true };
		}),
	take: (event) =>
		handleForm(event, taskChoice, async (input) => {
			await takeTask({ ...scopeOf(event), taskId: input.taskId });
			return { saved: true };
		}),
	giveBack: (event) =>
		handleForm(event, taskChoice, async (input) => {
			await giveBackTask({ ...scopeOf(event), taskId: input.taskId });
			return { saved: true };
		}),
	mark: (event) =>
		handleForm(event, taskDoneInput, async (input) => {
			await markTaskDone({ ...scopeOf(event), taskId: input.taskId, done: input.done === 'oui' });
			return { saved: true };
		})
};
