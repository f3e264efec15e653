import { and, eq, inArray, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { memberSkills, postSkills, skills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/**
 * A coordinator merges a duplicate skill into another: every profile and post that had `fromSkillId` gets
 * `intoSkillId` (once), then the duplicate is deleted. Both must be skills of this network.
 */
export async function mergeSkills(options: {
	actor: Actor | null;
	networkId: string;
	fromSkillId: string;
	intoSkillId: string;
}) {
	const { networkId, fromSkillId, intoSkillId } = options;
	requireCoordinator(options.actor, networkId);
	if (fromSkillId === intoSkillId) throw new AppError('skill_merge_same', 'intoSkillId');
	await db().transaction(async (tx) => {
		// Lock both rows so two merges of the same skills cannot cross.
		const found = await tx
			.select({ id: skills.id })
			.from(skills)
			.where(and(eq(skills.networkId, networkId), inArray(skills.id, [fromSkillId, intoSkillId])))
			.for('update');
		if (found.length !== 2) throw new AppError('not_found');
		await tx.execute(sql`
			insert into member_skills (network_id, account_id, skill_id, direction, level, formats, created_at, updated_by_account_id)
			select network_id, account_id, ${intoSkillId}, direction, level, formats, created_at, updated_by_account_id
			from member_skills where network_id = ${networkId} and skill_id = ${fromSkillId}
			on conflict do nothing`);
		await tx.execute(sql`
			insert into post_skills (network_id, post_id, skill_id)
			select network_id, post_id, ${intoSkillId} from post_skills
			where network_id = ${networkId} and skill_id = ${fromSkillId}
			on conflict do nothing`);
		await tx
			.delete(memberSkills)
			.where(and(eq(memberSkills.networkId, networkId), eq(memberSkills.skillId, fromSkillId)));
		await tx.delete(postSkills).where(and(eq(postSkills.networkId, networkId), eq(postSkills.skillId, fromSkillId)));
		// Recorded exchanges keep their history under the merged skill (decision 019).
		await tx.execute(
			sql`update exchanges set skill_id = ${intoSkillId} where network_id = ${networkId} and skill_id = ${fromSkillId}`
		);
		await tx.delete(skills).where(eq(skills.id, fromSkillId));
	});
}
