import { listChallenges } from '#lib/server/challenges/list-challenges.ts';
import { listDecisions } from '#lib/server/challenges/list-decisions.ts';
import { recordDecision } from '#lib/server/challenges/record-decision.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { decisionInput } from '#lib/validation/challenges.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theGroup = (event: RequestEvent) => ({ ...scopeOf(event), groupId: event.params.id });

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const [challenges, decisions] = await Promise.all([
			listChallenges(theGroup(event)),
			listDecisions(theGroup(event))
		]);
		return { ...challenges, decisions: decisions.decisions, meetings: decisions.meetings };
	});

export const actions: Actions = {
	decision: (event) =>
		handleForm(event, decisionInput, async (input) => {
			await recordDecision({ ...theGroup(event), ...input });
			return { recorded: true };
		})
};
