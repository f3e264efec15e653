// What members may see of a partner (decision 035): name, kind, description, address, website, what it offers,
// the themes and skills it brings, and its venues in use. Never its contacts, agreements or referrals: those are
// the coordinators' (partner-page.ts). Every member-facing list or page builds from here.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { partnerSkills, partners, partnerThemes, skills, themes, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { PartnerKind, PartnerOffer } from '../../partner-options.ts';
import { findPartner } from './find-partner.ts';

export type PartnerCard = {
	id: string;
	name: string;
	kind: PartnerKind;
	description: string;
	address: string;
	website: string;
	offers: PartnerOffer[];
	themes: { id: string; name: string }[];
	skills: { id: string; name: string }[];
	archivedAt: Date | null;
};

const cardColumns = {
	id: partners.id,
	name: partners.name,
	kind: partners.kind,
	description: partners.description,
	address: partners.address,
	website: partners.website,
	offers: partners.offers,
	archivedAt: partners.archivedAt
};

/** The cards of these partners, themes and skills included, in the given order (two queries for any number). */
export async function cardsOf(
	networkId: string,
	rows: Omit<PartnerCard, 'themes' | 'skills'>[]
): Promise<PartnerCard[]> {
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const [themeRows, skillRows] = await Promise.all([
		db()
			.select({ partnerId: partnerThemes.partnerId, id: themes.id, name: themes.name })
			.from(partnerThemes)
			.innerJoin(themes, eq(themes.id, partnerThemes.themeId))
			.where(and(eq(partnerThemes.networkId, networkId), inArray(partnerThemes.partnerId, ids)))
			.orderBy(asc(themes.position), asc(themes.name)),
		db()
			.select({ partnerId: partnerSkills.partnerId, id: skills.id, name: skills.name })
			.from(partnerSkills)
			.innerJoin(skills, eq(skills.id, partnerSkills.skillId))
			.where(and(eq(partnerSkills.networkId, networkId), inArray(partnerSkills.partnerId, ids)))
			.orderBy(asc(skills.nameKey))
	]);
	return rows.map((row) => ({
		...row,
		themes: themeRows.filter((t) => t.partnerId === row.id).map(({ id, name }) => ({ id, name })),
		skills: skillRows.filter((s) => s.partnerId === row.id).map(({ id, name }) => ({ id, name }))
	}));
}

/** The directory members see: partners in use, by name. */
export async function listPartnerCards(options: { actor: Actor | null; networkId: string }) {
	requireMember(options.actor, options.networkId);
	const rows = await db()
		.select(cardColumns)
		.from(partners)
		.where(and(eq(partners.networkId, options.networkId), isNull(partners.archivedAt)))
		.orderBy(asc(partners.nameKey));
	return cardsOf(options.networkId, rows as Omit<PartnerCard, 'themes' | 'skills'>[]);
}

/** One partner's public card, with its venues in use; an archived partner is not found by members. */
export async function getPartnerCard(options: { actor: Actor | null; networkId: string; partnerId: string }) {
	requireMember(options.actor, options.networkId);
	const partner = await findPartner(options);
	if (!partner || partner.archivedAt) throw new AppError('not_found');
	const [card] = await cardsOf(options.networkId, [pick(partner)]);
	return { card, venues: await partnerVenues(options.networkId, partner.id, false) };
}

/** The columns of a card, from a full row (drops nothing coordinators-only: the partners table holds none). */
export function pick(partner: typeof partners.$inferSelect): Omit<PartnerCard, 'themes' | 'skills'> {
	const { id, name, description, address, website, archivedAt } = partner;
	return {
		id,
		name,
		kind: partner.kind as PartnerKind,
		description,
		address,
		website,
		offers: partner.offers as PartnerOffer[],
		archivedAt
	};
}

/** The venues linked to a partner: those in use, or all of them for coordinators. */
export async function partnerVenues(networkId: string, partnerId: string, withArchived: boolean) {
	return db()
		.select({ id: venues.id, name: venues.name, address: venues.address, archivedAt: venues.archivedAt })
		.from(venues)
		.where(
			and(
				eq(venues.networkId, networkId),
				eq(venues.partnerId, partnerId),
				withArchived ? undefined : isNull(venues.archivedAt)
			)
		)
		.orderBy(asc(venues.nameKey));
}
