import { and, asc, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { memberSkills, profilePhotos, profiles, skills, themes } from '../db/schema/index.ts';
import { activeMemberOf } from './find-member.ts';

export type ProfileSkill = Awaited<ReturnType<typeof skillsOf>>[number];

async function skillsOf(networkId: string, accountId: string) {
	return db()
		.select({
			skillId: skills.id,
			name: skills.name,
			themeName: themes.name,
			direction: memberSkills.direction,
			level: memberSkills.level,
			formats: memberSkills.formats
		})
		.from(memberSkills)
		.innerJoin(skills, eq(skills.id, memberSkills.skillId))
		.innerJoin(themes, eq(themes.id, skills.themeId))
		.where(and(eq(memberSkills.networkId, networkId), eq(memberSkills.accountId, accountId)))
		.orderBy(asc(themes.position), asc(skills.name));
}

/** A member's profile as the other members of the network see it; `canEdit` tells whether the actor may change it. */
export async function getProfile(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const [profile] = await db()
		.select()
		.from(profiles)
		.where(and(eq(profiles.networkId, options.networkId), eq(profiles.accountId, options.accountId)));
	const all = await skillsOf(options.networkId, options.accountId);
	const photos = await db().$count(
		profilePhotos,
		and(eq(profilePhotos.networkId, options.networkId), eq(profilePhotos.accountId, member.accountId))
	);
	return {
		accountId: member.accountId,
		name: member.name,
		hasEmail: member.hasEmail,
		neighbourhood: profile?.neighbourhood ?? '',
		languages: profile?.languages ?? [],
		availability: profile?.availability ?? [],
		onboarding: profile?.onboarding ?? 'not_started',
		hasPhoto: photos > 0,
		share: all.filter((s) => s.direction === 'share'),
		learn: all.filter((s) => s.direction === 'learn'),
		canEdit: actor.accountId === member.accountId || (!member.hasEmail && isCoordinator(actor, options.networkId))
	};
}
