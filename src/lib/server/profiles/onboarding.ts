import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { membershipIn, requireProfileEditor, type Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import { memberSkills, profiles, themes } from '../db/schema/index.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import { activeMemberOf } from './find-member.ts';
import { ONBOARDING_QUESTIONS } from './onboarding-questions.ts';
import { saveProfileFields } from './update-profile.ts';

/**
 * The theme a question files its skills under: the seeded theme of that name if the network still has it open,
 * else « Autre », else the first open theme (coordinators may have renamed or archived the seeded ones).
 */
async function themeFor(q: Queryable, networkId: string, seededName: string) {
	const open = and(eq(themes.networkId, networkId), isNull(themes.archivedAt));
	for (const name of [seededName, 'Autre']) {
		const [theme] = await q
			.select({ id: themes.id })
			.from(themes)
			.where(and(open, sql`${themes.nameKey} = name_key(${name})`));
		if (theme) return theme.id;
	}
	const [first] = await q.select({ id: themes.id }).from(themes).where(open).orderBy(asc(themes.position)).limit(1);
	return first?.id;
}

/** Turns the ticked suggestions into skills to share and to learn, and marks the onboarding done. */
export async function completeOnboarding(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	share: string[];
	learn: string[];
}) {
	const { networkId } = options;
	const member = await activeMemberOf(db(), networkId, options.accountId);
	const editor = requireProfileEditor(options.actor, networkId, member);
	await db().transaction(async (tx) => {
		for (const question of ONBOARDING_QUESTIONS) {
			const themeId = await themeFor(tx, networkId, question.theme({}, { locale: 'fr' }));
			for (const suggestion of question.suggestions) {
				const directions = (['share', 'learn'] as const).filter((d) => options[d].includes(suggestion.id));
				if (directions.length === 0 || !themeId) continue;
				const skill = await findOrCreateSkill(tx, {
					networkId,
					name: suggestion.name({}, { locale: 'fr' }),
					themeId,
					createdByAccountId: editor.accountId
				});
				for (const direction of directions) {
					await tx
						.insert(memberSkills)
						.values({
							networkId,
							accountId: member.accountId,
							skillId: skill.id,
							direction,
							updatedByAccountId: editor.accountId
						})
						.onConflictDoNothing();
				}
			}
		}
		await saveProfileFields(
			tx,
			{ networkId, accountId: member.accountId, editorId: editor.accountId },
			{ onboarding: 'done' }
		);
	});
}

/** « Plus tard » : the onboarding is skipped for now; the home page keeps offering to resume it. */
export async function skipOnboarding(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const editor = requireProfileEditor(options.actor, options.networkId, member);
	await saveProfileFields(
		db(),
		{ networkId: options.networkId, accountId: member.accountId, editorId: editor.accountId },
		{ onboarding: 'skipped' }
	);
}

/** Whether the home page should invite the person to the onboarding: an active member who has not done it. */
export async function onboardingPending(actor: Actor, networkId: string) {
	if (membershipIn(actor, networkId)?.status !== 'active') return false;
	const [row] = await db()
		.select({ onboarding: profiles.onboarding })
		.from(profiles)
		.where(and(eq(profiles.networkId, networkId), eq(profiles.accountId, actor.accountId)));
	return (row?.onboarding ?? 'not_started') !== 'done';
}
