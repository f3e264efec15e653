import { listSkills } from '#lib/server/skills/list-skills.ts';
import { mergeSkills } from '#lib/server/skills/merge-skills.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { mergeSkillsInput } from '#lib/validation/profiles.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, async () => ({ skills: await listSkills(scopeOf(event)) }));

export const actions: Actions = {
	merge: (event) =>
		handleForm(event, mergeSkillsInput, async (input) => {
			await mergeSkills({ ...scopeOf(event), ...input });
			return { merged: true };
		})
};
