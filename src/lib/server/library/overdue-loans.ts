import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, libraryLoans, spaceResources } from '../db/schema/index.ts';
import { parisDate } from '../../paris-time.ts';

const DAY = 86_400_000;

/**
 * The front desk's overdue list: open loans whose due day has passed, the longest late first, with the borrower
 * (and whether they have no email: the desk then calls or waits for them) for the « écrire à » link.
 */
export async function overdueLoans(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const today = parisDate(now());
	const rows = await db()
		.select({
			id: libraryLoans.id,
			resourceId: libraryLoans.resourceId,
			name: spaceResources.name,
			accountId: libraryLoans.accountId,
			borrower: accounts.name,
			email: accounts.email,
			dueOn: libraryLoans.dueOn
		})
		.from(libraryLoans)
		.innerJoin(spaceResources, eq(spaceResources.id, libraryLoans.resourceId))
		.innerJoin(accounts, eq(accounts.id, libraryLoans.accountId))
		.where(
			and(eq(libraryLoans.networkId, options.networkId), isNull(libraryLoans.returnedAt), lt(libraryLoans.dueOn, today))
		)
		.orderBy(asc(libraryLoans.dueOn), asc(accounts.name));
	return rows.map(({ email, ...row }) => ({
		...row,
		hasEmail: email !== null,
		daysLate: Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${row.dueOn}T12:00:00Z`)) / DAY)
	}));
}
