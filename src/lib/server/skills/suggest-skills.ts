import { and, desc, eq, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { skills, themes } from '../db/schema/index.ts';

const SIMILAR = 0.3;

/**
 * Existing skills whose name is close to what the person types — same words without accents, the start of a
 * name, or a near spelling (trigrams) — so that « jardinnage » proposes « Jardinage » instead of a duplicate.
 */
export async function suggestSkills(options: { actor: Actor | null; networkId: string; text: string; limit?: number }) {
	requireMember(options.actor, options.networkId);
	const text = options.text.trim();
	if (text === '') return [];
	const key = sql`name_key(${text})`;
	const score = sql<number>`greatest(similarity(${skills.nameKey}, ${key}), word_similarity(${key}, ${skills.nameKey}))`;
	return db()
		.select({ id: skills.id, name: skills.name, themeId: skills.themeId, themeName: themes.name, score })
		.from(skills)
		.innerJoin(themes, eq(themes.id, skills.themeId))
		.where(
			and(
				eq(skills.networkId, options.networkId),
				sql`(${skills.nameKey} like ${key} || '%' or ${score} >= ${SIMILAR})`
			)
		)
		.orderBy(desc(sql`${skills.nameKey} = ${key}`), desc(score), skills.name)
		.limit(options.limit ?? 8);
}
