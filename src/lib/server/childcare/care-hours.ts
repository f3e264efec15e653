// Fairness between families (what babysitting co-ops track): the hours of childcare each family gave and
// received, from the exchanges the slots became. In time-bank mode they are read from the ledger itself (its
// entries for those exchanges), never from a counter of our own; otherwise from the exchanges' lengths
// (decision 032). Shown to each family for itself and to the coordinators for all.
import { sql } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';
import { reciprocityModeOf } from '../exchanges/ledger.ts';

export type CareHours = { accountId: string; name: string; givenMinutes: number; receivedMinutes: number };

async function careHours(networkId: string, accountId?: string): Promise<{ mode: string; rows: CareHours[] }> {
	return db().transaction(async (tx) => {
		const mode = await reciprocityModeOf(tx, networkId);
		const only = accountId ? sql`and t.account_id = ${accountId}` : sql``;
		const moves =
			mode === 'time_bank'
				? sql`select l.account_id, greatest(l.minutes, 0) as given, greatest(-l.minutes, 0) as received
						from ledger_entries l join childcare_requests c on c.exchange_id = l.exchange_id
						where c.network_id = ${networkId}`
				: sql`select e.sharer_account_id as account_id, e.minutes as given, 0 as received
						from exchanges e join childcare_requests c on c.exchange_id = e.id where c.network_id = ${networkId}
						union all
						select c.parent_account_id, 0, e.minutes
						from exchanges e join childcare_requests c on c.exchange_id = e.id where c.network_id = ${networkId}`;
		const rows = await sqlRows<{ account_id: string; name: string; given: number; received: number }>(
			tx,
			sql`select t.account_id, a.name, sum(t.given)::int as given, sum(t.received)::int as received
				from (${moves}) t join accounts a on a.id = t.account_id
				where true ${only}
				group by t.account_id, a.name
				order by a.name`
		);
		return {
			mode,
			rows: rows.map((r) => ({
				accountId: r.account_id,
				name: r.name,
				givenMinutes: Number(r.given),
				receivedMinutes: Number(r.received)
			}))
		};
	});
}

/** Every family's hours, for the coordinators. */
export async function listFamiliesHours(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return careHours(options.networkId);
}

/** My own family's hours given and received. */
export async function myCareHours(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const { mode, rows } = await careHours(options.networkId, actor.accountId);
	return { mode, givenMinutes: rows[0]?.givenMinutes ?? 0, receivedMinutes: rows[0]?.receivedMinutes ?? 0 };
}
