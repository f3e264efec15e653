// The coordinators' page of trusted carers: each carer with their status and history (meetings, suspensions,
// restorations, with the names of who met and who vouched), and the active members one may add (decision 032).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, childcareCarerHistory, childcareCarers, memberships } from '../db/schema/index.ts';

export async function listCarers(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const carers = await db()
		.select({
			accountId: childcareCarers.accountId,
			name: accounts.name,
			status: childcareCarers.status,
			suspendReason: childcareCarers.suspendReason,
			changedAt: childcareCarers.changedAt
		})
		.from(childcareCarers)
		.innerJoin(accounts, eq(accounts.id, childcareCarers.accountId))
		.where(eq(childcareCarers.networkId, options.networkId))
		.orderBy(asc(accounts.name));
	const metBy = alias(accounts, 'met_by');
	const voucher1 = alias(accounts, 'voucher1');
	const voucher2 = alias(accounts, 'voucher2');
	const history = await db()
		.select({
			accountId: childcareCarerHistory.accountId,
			event: childcareCarerHistory.event,
			metOn: childcareCarerHistory.metOn,
			metBy: metBy.name,
			voucher1: voucher1.name,
			voucher2: voucher2.name,
			reason: childcareCarerHistory.reason,
			at: childcareCarerHistory.at
		})
		.from(childcareCarerHistory)
		.leftJoin(metBy, eq(metBy.id, childcareCarerHistory.metByAccountId))
		.leftJoin(voucher1, eq(voucher1.id, childcareCarerHistory.voucher1AccountId))
		.leftJoin(voucher2, eq(voucher2.id, childcareCarerHistory.voucher2AccountId))
		.where(eq(childcareCarerHistory.networkId, options.networkId))
		.orderBy(desc(childcareCarerHistory.at));
	const members = await db()
		.select({ accountId: accounts.id, name: accounts.name, hasEmail: sql<boolean>`${accounts.email} is not null` })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active')))
		.orderBy(asc(accounts.name))
		.limit(1000);
	return {
		carers: carers.map((c) => ({ ...c, history: history.filter((h) => h.accountId === c.accountId) })),
		members
	};
}
