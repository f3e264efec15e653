import { asc, eq, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { skills, themes } from '../db/schema/index.ts';

/** Every skill of the network with how many profiles list it: the coordinators' view for spotting duplicates. */
export async function listSkills(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: skills.id,
			name: skills.name,
			themeName: themes.name,
			profiles: sql<number>`(select count(*)::int from member_skills ms where ms.skill_id = ${qualified(skills.id)})`
		})
		.from(skills)
		.innerJoin(themes, eq(themes.id, skills.themeId))
		.where(eq(skills.networkId, options.networkId))
		.orderBy(asc(skills.nameKey));
}
