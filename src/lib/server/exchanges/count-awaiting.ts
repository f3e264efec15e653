import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';

/** How many exchanges wait for the member's answer (the home page's reminder). */
export async function countAwaitingMyAnswer(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const [row] = await sqlRows<{ count: number }>(
		db(),
		sql`select
			(select count(*)::int from exchanges where network_id = ${options.networkId}
				and sharer_account_id = ${actor.accountId} and sharer_status = 'pending')
			+ (select count(*)::int from exchange_learners l join exchanges e on e.id = l.exchange_id
				where l.network_id = ${options.networkId} and l.account_id = ${actor.accountId} and l.status = 'pending'
				and e.sharer_status <> 'declined') as count`
	);
	return row.count;
}
