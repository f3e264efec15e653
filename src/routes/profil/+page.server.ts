import { z } from 'zod';
import { addSkillOrSuggest } from '#lib/server/profiles/add-skill-or-suggest.ts';
import { getEditableProfile } from '#lib/server/profiles/editable-profile.ts';
import { removeMemberSkill } from '#lib/server/profiles/member-skills.ts';
import { removeProfilePhoto, setProfilePhoto } from '#lib/server/profiles/profile-photo.ts';
import { updateProfile } from '#lib/server/profiles/update-profile.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { accountOf, scopeOf } from '#lib/server/web/scope.ts';
import { memberSkillInput, profileInput, removeMemberSkillInput } from '#lib/validation/profiles.ts';
import { profileQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Whose profile: the person's own, or `?membre=<id>` for a coordinator filling one in for a member without email. */
function theProfile(event: RequestEvent) {
	const scope = scopeOf(event);
	return { ...scope, accountId: handleQuery(event, profileQuery).membre ?? accountOf(event).accountId };
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const who = theProfile(event);
		const profile = await getEditableProfile(who);
		return {
			profile,
			isSelf: profile.accountId === who.actor?.accountId,
			themes: await listThemes({ actor: who.actor, networkId: who.networkId })
		};
	});

export const actions: Actions = {
	profile: (event) =>
		handleForm(event, profileInput, async (input) => {
			await updateProfile({ ...theProfile(event), ...input });
			return { saved: 'profile' as const };
		}),
	addSkill: (event) =>
		handleForm(event, memberSkillInput, async (input) => {
			// Asked again with ?confirme when the person keeps a new name after seeing the close ones.
			const { confirme } = handleQuery(event, profileQuery);
			const result = await addSkillOrSuggest({ ...theProfile(event), ...input, confirmed: confirme });
			return 'added' in result ? result : { ...result, pending: input };
		}),
	photo: (event) =>
		handleForm(event, z.object({}), async () => {
			await setProfilePhoto({ ...theProfile(event), bytes: await readUpload(event, 'photo') });
			return { saved: 'photo' as const };
		}),
	removePhoto: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeProfilePhoto(theProfile(event));
			return { saved: 'photoRemoved' as const };
		}),
	removeSkill: (event) =>
		handleForm(event, removeMemberSkillInput, async (input) => {
			await removeMemberSkill({ ...theProfile(event), ...input });
			return { saved: 'removed' as const };
		})
};
