import { recordNeedAction } from '#lib/server/skills-map/need-actions.ts';
import { listUnmetNeeds } from '#lib/server/skills-map/unmet-needs.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { needActionInput } from '#lib/validation/skills-map.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ needs: await listUnmetNeeds(scopeOf(event)) }));

export const actions: Actions = {
	record: (event) =>
		handleForm(event, needActionInput, async (input) => {
			await recordNeedAction({ ...scopeOf(event), ...input });
			return { recorded: input.need };
		})
};
