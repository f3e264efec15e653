import { AppError } from '#lib/server/errors.ts';
import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { addMemberSkill, removeMemberSkill } from '#lib/server/profiles/member-skills.ts';
import { removeProfilePhoto, setProfilePhoto } from '#lib/server/profiles/profile-photo.ts';
import { updateProfile } from '#lib/server/profiles/update-profile.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { suggestSkills } from '#lib/server/skills/suggest-skills.ts';
import { requireAccount } from '#lib/server/auth/policies.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { memberSkillInput, profileInput, removeMemberSkillInput } from '#lib/validation/profiles.ts';
import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

/** Whose profile: the person's own, or `?membre=<id>` for a coordinator filling one in for a member without email. */
function target(event: RequestEvent) {
	const networkId = currentNetworkId(event.locals);
	const accountId = event.url.searchParams.get('membre') ?? requireAccount(event.locals.actor).accountId;
	return { actor: event.locals.actor, networkId, accountId };
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const who = target(event);
		const profile = await getProfile(who);
		if (!profile.canEdit) throw new AppError('forbidden');
		return {
			profile,
			isSelf: profile.accountId === event.locals.actor?.accountId,
			themes: await listThemes({ actor: who.actor, networkId: who.networkId })
		};
	});

export const actions: Actions = {
	profile: (event) =>
		handleForm(event, profileInput, async (input) => {
			await updateProfile({ ...target(event), ...input });
			return { saved: 'profile' as const };
		}),
	addSkill: (event) =>
		handleForm(event, memberSkillInput, async (input) => {
			const who = target(event);
			// Before creating a new skill, offer the close names that exist (« jardinnage » → « Jardinage »).
			const confirmed = event.url.searchParams.has('confirme');
			const similar = confirmed ? [] : await suggestSkills({ ...who, text: input.name, limit: 5 });
			const exact = similar.some((s) => s.score >= 0.999);
			if (similar.length > 0 && !exact) return { suggestions: similar.map((s) => s.name), pending: input };
			const skill = await addMemberSkill({ ...who, ...input });
			return { added: skill.name };
		}),
	photo: async (event) => {
		// The file itself: handleForm keeps only the text fields, so the body is read twice (a copy first).
		const file = await event.request
			.clone()
			.formData()
			.then((data) => data.get('photo'))
			.catch(() => null);
		return handleForm(event, z.object({}), async () => {
			const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
			await setProfilePhoto({ ...target(event), bytes });
			return { saved: 'photo' as const };
		});
	},
	removePhoto: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeProfilePhoto(target(event));
			return { saved: 'photoRemoved' as const };
		}),
	removeSkill: (event) =>
		handleForm(event, removeMemberSkillInput, async (input) => {
			await removeMemberSkill({ ...target(event), ...input });
			return { saved: 'removed' as const };
		})
};
