import { and, eq } from 'drizzle-orm';
import { requireProfileEditor, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { memberSkills } from '../db/schema/index.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import { activeMemberOf } from './find-member.ts';

export type Direction = 'share' | 'learn';
export type Level = 'beginner' | 'intermediate' | 'advanced';
export type Format = 'one_to_one' | 'small_group' | 'remote';

/**
 * Puts a skill on a profile, to share or to learn: an existing skill of that name, or a new one under the theme.
 * Adding it again updates its level and formats.
 */
export async function addMemberSkill(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	direction: Direction;
	name: string;
	themeId: string;
	level: Level;
	formats: Format[];
}) {
	const { networkId, direction, level, formats } = options;
	const member = await activeMemberOf(db(), networkId, options.accountId);
	const editor = requireProfileEditor(options.actor, networkId, member);
	return db().transaction(async (tx) => {
		const skill = await findOrCreateSkill(tx, {
			networkId,
			name: options.name,
			themeId: options.themeId,
			createdByAccountId: editor.accountId
		});
		const values = { level, formats, updatedByAccountId: editor.accountId };
		await tx
			.insert(memberSkills)
			.values({ networkId, accountId: member.accountId, skillId: skill.id, direction, ...values })
			.onConflictDoUpdate({
				target: [memberSkills.networkId, memberSkills.accountId, memberSkills.skillId, memberSkills.direction],
				set: values
			});
		return skill;
	});
}

/** Takes a skill off a profile (the skill itself stays in the network's list). */
export async function removeMemberSkill(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	skillId: string;
	direction: Direction;
}) {
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	requireProfileEditor(options.actor, options.networkId, member);
	await db()
		.delete(memberSkills)
		.where(
			and(
				eq(memberSkills.networkId, options.networkId),
				eq(memberSkills.accountId, member.accountId),
				eq(memberSkills.skillId, options.skillId),
				eq(memberSkills.direction, options.direction)
			)
		);
}
