import { listSkills } from '#lib/server/skills/list-skills.ts';
import { mergeSkills } from '#lib/server/skills/merge-skills.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { mergeSkillsInput } from '#lib/validation/profiles.ts';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const scope = (event: RequestEvent) => ({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) });

export const load: PageServerLoad = (event) => guard(event, async () => ({ skills: await listSkills(scope(event)) }));

export const actions: Actions = {
	merge: (event) =>
		handleForm(event, mergeSkillsInput, async (input) => {
			await mergeSkills({ ...scope(event), ...input });
			return { merged: true };
		})
};
