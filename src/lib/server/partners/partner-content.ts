// What the partner form fills in, the same on creation and edit: the card's columns, and the themes and skills
// the partner can bring (the network's own, decision 015: a typed skill is found by name or filed under the first
// ticked theme).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { partnerSkills, partnerThemes, themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import type { PartnerInput } from '../../validation/partners.ts';

export type PartnerContent = PartnerInput;

export function partnerColumns(content: PartnerContent) {
	return {
		name: content.name,
		kind: content.kind,
		description: content.description,
		address: content.address,
		website: content.website,
		offers: content.offers
	};
}

/** Two partners in use never share a name (up to case and accents): say so next to the name. */
export function partnerNameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new AppError('partner_name_taken', 'name');
	throw error;
}

/** Replaces the partner's themes and skills by the form's. Runs in the caller's transaction. */
export async function setPartnerThemesAndSkills(
	tx: Queryable,
	options: { actor: Actor; networkId: string; partnerId: string; content: PartnerContent }
) {
	const { networkId, partnerId, content } = options;
	const open =
		content.themeIds.length === 0
			? []
			: await tx
					.select({ id: themes.id })
					.from(themes)
					.where(and(eq(themes.networkId, networkId), inArray(themes.id, content.themeIds), isNull(themes.archivedAt)));
	if (open.length !== content.themeIds.length) throw new AppError('theme_unknown', 'themeIds');
	const skillIds: string[] = [];
	for (const name of content.skillNames) {
		// A new skill needs a theme to live under: the first ticked one.
		const skill = await findOrCreateSkill(tx, {
			networkId,
			name,
			themeId: content.themeIds[0] ?? '00000000-0000-0000-0000-000000000000',
			createdByAccountId: options.actor.accountId
		}).catch((error: unknown) => {
			if (error instanceof AppError && error.code === 'theme_unknown') {
				throw new AppError('partner_skill_needs_theme', 'skillNames', { skill: name });
			}
			throw error;
		});
		skillIds.push(skill.id);
	}
	await tx.delete(partnerThemes).where(eq(partnerThemes.partnerId, partnerId));
	await tx.delete(partnerSkills).where(eq(partnerSkills.partnerId, partnerId));
	if (content.themeIds.length > 0) {
		await tx.insert(partnerThemes).values(content.themeIds.map((themeId) => ({ networkId, partnerId, themeId })));
	}
	if (skillIds.length > 0) {
		await tx
			.insert(partnerSkills)
			.values([...new Set(skillIds)].map((skillId) => ({ networkId, partnerId, skillId })))
			.onConflictDoNothing();
	}
}
