import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, libraryLoans, memberships, spaceResources } from '../db/schema/index.ts';
import { parisDate } from '../../paris-time.ts';
import { catalogueRows } from './catalogue-rows.ts';
import { itemPage } from './item-page.ts';

/**
 * The front desk's page (decision 030): the lend form's choices (active members, those without email marked;
 * items with their state), the open loans by due day (overdue first), the items kept for someone who reserved
 * them (to lend in one step from their page) and the items under repair.
 */
export async function libraryDesk(options: { actor: Actor | null; networkId: string }) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const [members, items, loans] = await Promise.all([
		db()
			.select({ id: accounts.id, name: accounts.name, email: accounts.email })
			.from(memberships)
			.innerJoin(accounts, eq(accounts.id, memberships.accountId))
			.where(and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active')))
			.orderBy(asc(accounts.name)),
		catalogueRows({ actor, networkId: options.networkId }),
		db()
			.select({
				id: libraryLoans.id,
				resourceId: libraryLoans.resourceId,
				name: spaceResources.name,
				accountId: libraryLoans.accountId,
				borrower: accounts.name,
				dueOn: libraryLoans.dueOn,
				renewals: libraryLoans.renewals,
				maxRenewals: spaceResources.maxRenewals
			})
			.from(libraryLoans)
			.innerJoin(spaceResources, eq(spaceResources.id, libraryLoans.resourceId))
			.innerJoin(accounts, eq(accounts.id, libraryLoans.accountId))
			.where(and(eq(libraryLoans.networkId, options.networkId), isNull(libraryLoans.returnedAt)))
			.orderBy(asc(libraryLoans.dueOn), asc(spaceResources.nameKey))
	]);
	const today = parisDate(now());
	return {
		members: members.map((m) => ({ id: m.id, name: m.name, hasEmail: m.email !== null })),
		items: items.map((i) => ({ id: i.id, name: i.name, state: i.state, dueOn: i.dueOn })),
		loans: loans.map((l) => ({ ...l, overdue: l.dueOn < today })),
		kept: items.filter((i) => i.state === 'kept').map((i) => ({ id: i.id, name: i.name })),
		repairs: items.filter((i) => i.state === 'repair').map((i) => ({ id: i.id, name: i.name }))
	};
}

/** One item at the front desk (return, repair): the item's page, for coordinators only. */
export async function deskItem(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return itemPage(options);
}
