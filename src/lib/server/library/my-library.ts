import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryHolds, libraryLoans, spaceResources } from '../db/schema/index.ts';
import { parisDate } from '../../paris-time.ts';
import { LIVE_HOLD_STATUSES } from '../../library-options.ts';
import { liveHoldCount, queuePosition } from './item-state.ts';
import { offerLastDay } from './rules.ts';

const PAST_LOANS = 20;

/**
 * « Mes emprunts »: the member's holds (place in line, or until when the item is kept for them), the items they
 * have (due day, overdue, whether they may renew) and their last returned loans.
 */
export async function myLibrary(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const mine = (column: typeof libraryHolds.accountId | typeof libraryLoans.accountId) =>
		and(eq(column, actor.accountId), eq(spaceResources.networkId, options.networkId));
	const [holds, loans, past] = await Promise.all([
		db()
			.select({ hold: libraryHolds, name: spaceResources.name })
			.from(libraryHolds)
			.innerJoin(spaceResources, eq(spaceResources.id, libraryHolds.resourceId))
			.where(and(mine(libraryHolds.accountId), inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES])))
			.orderBy(asc(libraryHolds.arrival)),
		db()
			.select({ loan: libraryLoans, name: spaceResources.name, maxRenewals: spaceResources.maxRenewals })
			.from(libraryLoans)
			.innerJoin(spaceResources, eq(spaceResources.id, libraryLoans.resourceId))
			.where(and(mine(libraryLoans.accountId), isNull(libraryLoans.returnedAt)))
			.orderBy(asc(libraryLoans.dueOn)),
		db()
			.select({
				id: libraryLoans.id,
				resourceId: libraryLoans.resourceId,
				name: spaceResources.name,
				lentAt: libraryLoans.lentAt,
				returnedAt: libraryLoans.returnedAt
			})
			.from(libraryLoans)
			.innerJoin(spaceResources, eq(spaceResources.id, libraryLoans.resourceId))
			.where(and(mine(libraryLoans.accountId), isNotNull(libraryLoans.returnedAt)))
			.orderBy(desc(libraryLoans.returnedAt))
			.limit(PAST_LOANS)
	]);
	const today = parisDate(now());
	return {
		holds: await Promise.all(
			holds.map(async ({ hold, name }) => ({
				id: hold.id,
				resourceId: hold.resourceId,
				name,
				status: hold.status,
				position: hold.status === 'waiting' ? await queuePosition(db(), hold) : null,
				until: hold.offerExpiresAt ? offerLastDay(hold.offerExpiresAt) : null
			}))
		),
		loans: await Promise.all(
			loans.map(async ({ loan, name, maxRenewals }) => ({
				id: loan.id,
				resourceId: loan.resourceId,
				name,
				dueOn: loan.dueOn,
				overdue: loan.dueOn < today,
				mayRenew: loan.renewals < maxRenewals && (await liveHoldCount(db(), loan.resourceId)) === 0
			}))
		),
		past
	};
}
