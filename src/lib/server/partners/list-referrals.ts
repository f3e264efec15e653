// Referrals as the partner's page shows them (coordinators) and as the member sees their own: each with its steps,
// oldest first, with their dates and who moved them.
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, partnerReferrals, partnerReferralSteps, partners, posts } from '../db/schema/index.ts';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../partner-options.ts';
import { requireManagedPartner } from './find-partner.ts';

export type ReferralStep = { status: ReferralStatus; at: Date; by: string | null };

async function stepsOf(networkId: string, referralIds: string[]) {
	const steps = new Map<string, ReferralStep[]>();
	if (referralIds.length === 0) return steps;
	const rows = await db()
		.select({
			referralId: partnerReferralSteps.referralId,
			status: partnerReferralSteps.status,
			at: partnerReferralSteps.at,
			by: accounts.name
		})
		.from(partnerReferralSteps)
		.leftJoin(accounts, eq(accounts.id, partnerReferralSteps.byAccountId))
		.where(and(eq(partnerReferralSteps.networkId, networkId), inArray(partnerReferralSteps.referralId, referralIds)))
		.orderBy(asc(partnerReferralSteps.at));
	for (const row of rows) {
		const list = steps.get(row.referralId) ?? [];
		list.push({ status: row.status as ReferralStatus, at: row.at, by: row.by });
		steps.set(row.referralId, list);
	}
	return steps;
}

/** A partner's page lists this many referrals, the newest; the counts cover them all. */
export const REFERRALS_SHOWN = 50;

/** How many of the partner's referrals are at each step: the figures on top of its history. */
async function countByStatus(networkId: string, partnerId: string) {
	const rows = await db()
		.select({ status: partnerReferrals.status, count: count() })
		.from(partnerReferrals)
		.where(and(eq(partnerReferrals.networkId, networkId), eq(partnerReferrals.partnerId, partnerId)))
		.groupBy(partnerReferrals.status);
	const counts = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as Record<ReferralStatus, number>;
	for (const row of rows) counts[row.status as ReferralStatus] = Number(row.count);
	return counts;
}

/** A partner's latest referrals (REFERRALS_SHOWN), newest first, and the counts of all, for its coordinators' page. */
export async function listPartnerReferrals(options: { actor: Actor | null; networkId: string; partnerId: string }) {
	const { partner } = await requireManagedPartner(options);
	const member = alias(accounts, 'member');
	const rows = await db()
		.select({
			id: partnerReferrals.id,
			accountId: partnerReferrals.accountId,
			memberName: member.name,
			need: partnerReferrals.need,
			postId: partnerReferrals.postId,
			postTitle: posts.title,
			status: partnerReferrals.status,
			consentAt: partnerReferrals.consentAt,
			createdAt: partnerReferrals.createdAt
		})
		.from(partnerReferrals)
		.innerJoin(member, eq(member.id, partnerReferrals.accountId))
		.leftJoin(posts, eq(posts.id, partnerReferrals.postId))
		.where(and(eq(partnerReferrals.networkId, options.networkId), eq(partnerReferrals.partnerId, partner.id)))
		.orderBy(desc(partnerReferrals.createdAt), desc(partnerReferrals.id))
		.limit(REFERRALS_SHOWN);
	const [steps, counts] = await Promise.all([
		stepsOf(
			options.networkId,
			rows.map((r) => r.id)
		),
		countByStatus(options.networkId, partner.id)
	]);
	const referrals = rows.map((r) => ({ ...r, status: r.status as ReferralStatus, steps: steps.get(r.id) ?? [] }));
	return { referrals, counts };
}

/** The member's own referrals, newest first: never anyone else's. */
export async function listMyReferrals(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await db()
		.select({
			id: partnerReferrals.id,
			partnerId: partners.id,
			partnerName: partners.name,
			partnerArchived: partners.archivedAt,
			need: partnerReferrals.need,
			status: partnerReferrals.status,
			createdAt: partnerReferrals.createdAt
		})
		.from(partnerReferrals)
		.innerJoin(partners, eq(partners.id, partnerReferrals.partnerId))
		.where(and(eq(partnerReferrals.networkId, options.networkId), eq(partnerReferrals.accountId, actor.accountId)))
		.orderBy(desc(partnerReferrals.createdAt));
	const steps = await stepsOf(
		options.networkId,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		...r,
		status: r.status as ReferralStatus,
		// The member sees when each step happened, not which coordinator moved it.
		steps: (steps.get(r.id) ?? []).map(({ status, at }) => ({ status, at }))
	}));
}
