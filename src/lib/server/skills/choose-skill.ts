import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { skills } from '../db/schema/index.ts';
import { openThemeOf } from './find-theme.ts';

/**
 * The skill of this name in the network — compared without case, accents or extra spaces — or a new one filed
 * under `themeId`. Two people typing « Réparation de vélo » and « reparation de velo » get the same skill.
 */
export async function findOrCreateSkill(
	q: Queryable,
	options: { networkId: string; name: string; themeId: string; createdByAccountId: string }
) {
	const existing = await skillNamed(q, options.networkId, options.name);
	if (existing) return existing;
	await openThemeOf(q, options.networkId, options.themeId);
	// Someone may create the same skill at the same moment: the unique key decides, and both get that row.
	await q
		.insert(skills)
		.values({
			networkId: options.networkId,
			themeId: options.themeId,
			name: options.name,
			createdByAccountId: options.createdByAccountId
		})
		.onConflictDoNothing();
	const created = await skillNamed(q, options.networkId, options.name);
	if (!created) throw new Error(`Skill « ${options.name} » neither found nor created`);
	return created;
}

async function skillNamed(q: Queryable, networkId: string, name: string) {
	const [skill] = await q
		.select()
		.from(skills)
		.where(and(eq(skills.networkId, networkId), sql`${skills.nameKey} = name_key(${name})`));
	return skill;
}
