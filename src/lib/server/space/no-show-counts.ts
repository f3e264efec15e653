import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, spaceBookings } from '../db/schema/index.ts';

/** The period the no-show counts cover, in days. */
export const NO_SHOW_DAYS = 180;

/**
 * The members who did not come to a booking over the last 180 days, with how many bookings they had then, most
 * no-shows first: for the coordinators only, to talk with the person (never shown to members, decision 029).
 */
export async function noShowCounts(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const at = now();
	const since = new Date(at.getTime() - NO_SHOW_DAYS * 24 * 3_600_000);
	const noShows = sql<number>`count(${spaceBookings.noShowAt})::int`;
	return db()
		.select({
			accountId: spaceBookings.accountId,
			name: accounts.name,
			noShows,
			bookings: sql<number>`count(*)::int`
		})
		.from(spaceBookings)
		.innerJoin(accounts, eq(accounts.id, spaceBookings.accountId))
		.where(
			and(
				eq(spaceBookings.networkId, options.networkId),
				eq(spaceBookings.status, 'confirmed'),
				gte(spaceBookings.startsAt, since),
				lte(spaceBookings.startsAt, at)
			)
		)
		.groupBy(spaceBookings.accountId, accounts.name)
		.having(sql`count(${spaceBookings.noShowAt}) > 0`)
		.orderBy(desc(noShows), accounts.name);
}
