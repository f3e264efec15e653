// The exchanges part of a member's profile: « Savoirs partagés », « Savoirs reçus » (counts and the latest), the
// thanks received, and in time-bank mode the balance. What is counted follows the network's mode (decision 019).
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';
import { activeMemberOf } from '../profiles/find-member.ts';

export const RECENT_ON_PROFILE = 5;
export const THANKS_ON_PROFILE = 20;

type RecentRow = { id: string; skill: string; occurred_on: string; minutes: number; others: string[] };

export async function memberExchanges(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const { networkId } = options;
	const who = member.accountId;
	const isSelf = actor.accountId === who;

	// A learner's part counts when the sharer and that learner both confirmed.
	const [counts, shared, received, thanks, mode] = await Promise.all([
		sqlRows<{ shared: number; received: number; balance: number | null }>(
			db(),
			sql`select
				(select count(*)::int from exchanges e where e.network_id = ${networkId} and e.sharer_account_id = ${who}
					and e.confirmed_at is not null) as shared,
				(select count(*)::int from exchange_learners l join exchanges e on e.id = l.exchange_id
					where l.network_id = ${networkId} and l.account_id = ${who} and l.status = 'confirmed'
					and e.sharer_status = 'confirmed') as received,
				(select minutes from time_balances where network_id = ${networkId} and account_id = ${who}) as balance`
		),
		sqlRows<RecentRow>(
			db(),
			sql`select e.id, s.name as skill, e.occurred_on::text as occurred_on, e.minutes,
				array(select a.name from exchange_learners l join accounts a on a.id = l.account_id
					where l.exchange_id = e.id and l.status = 'confirmed' order by a.name) as others
			from exchanges e join skills s on s.id = e.skill_id
			where e.network_id = ${networkId} and e.sharer_account_id = ${who} and e.confirmed_at is not null
			order by e.occurred_on desc, e.created_at desc limit ${RECENT_ON_PROFILE}`
		),
		sqlRows<RecentRow>(
			db(),
			sql`select e.id, s.name as skill, e.occurred_on::text as occurred_on, e.minutes, array[a.name] as others
			from exchange_learners l
			join exchanges e on e.id = l.exchange_id
			join skills s on s.id = e.skill_id
			join accounts a on a.id = e.sharer_account_id
			where l.network_id = ${networkId} and l.account_id = ${who} and l.status = 'confirmed'
				and e.sharer_status = 'confirmed'
			order by e.occurred_on desc, e.created_at desc limit ${RECENT_ON_PROFILE}`
		),
		// Hidden thanks are shown to the sharer only, to show them again.
		sqlRows<{
			exchange_id: string;
			account_id: string;
			name: string;
			message: string;
			skill: string;
			created_at: Date | string;
			hidden: boolean;
		}>(
			db(),
			sql`select t.exchange_id, t.account_id, a.name, t.message, s.name as skill, t.created_at,
				t.hidden_at is not null as hidden
			from exchange_thanks t
			join exchanges e on e.id = t.exchange_id
			join skills s on s.id = e.skill_id
			join accounts a on a.id = t.account_id
			where e.network_id = ${networkId} and e.sharer_account_id = ${who}
				and (t.hidden_at is null or ${isSelf})
			order by t.created_at desc limit ${THANKS_ON_PROFILE}`
		),
		sqlRows<{ reciprocity_mode: string }>(db(), sql`select reciprocity_mode from networks where id = ${networkId}`)
	]);
	const recent = (rows: RecentRow[]) =>
		rows.map((r) => ({ id: r.id, skill: r.skill, occurredOn: r.occurred_on, minutes: r.minutes, people: r.others }));
	const reciprocityMode = mode[0]?.reciprocity_mode ?? 'open';
	return {
		reciprocityMode,
		// Gift: nothing is counted but the thanks.
		sharedCount: reciprocityMode === 'gift' ? null : counts[0].shared,
		receivedCount: reciprocityMode === 'gift' ? null : counts[0].received,
		// Time bank: the balance (kept while in another mode, shown only in this one).
		balanceMinutes: reciprocityMode === 'time_bank' ? (counts[0].balance ?? 0) : null,
		shared: recent(shared),
		received: recent(received),
		thanks: thanks.map((t) => ({
			exchangeId: t.exchange_id,
			learnerAccountId: t.account_id,
			name: t.name,
			message: t.message,
			skill: t.skill,
			createdAt: new Date(t.created_at),
			hidden: t.hidden
		})),
		canHideThanks: isSelf
	};
}
