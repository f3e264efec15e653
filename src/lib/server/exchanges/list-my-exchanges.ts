// /echanges: the member's exchanges — those waiting for their answer, those they recorded that wait for others,
// and the history — each with its people, and what the member can do (answer, thank).
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';

/** The latest exchanges listed (waiting ones always come first). */
export const MY_EXCHANGES_LIMIT = 60;

type Row = {
	id: string;
	skill: string;
	occurred_on: string;
	minutes: number;
	origin: string;
	recorded_by_account_id: string | null;
	sharer_account_id: string;
	sharer_name: string;
	sharer_status: string;
	confirmed_at: Date | string | null;
	learners: { accountId: string; name: string; status: string }[];
	thanked: boolean;
};

export type MyExchange = ReturnType<typeof shape>;

function shape(r: Row, me: string) {
	const mine = r.learners.find((l) => l.accountId === me);
	const role = r.sharer_account_id === me ? ('sharer' as const) : ('learner' as const);
	const myStatus = role === 'sharer' ? r.sharer_status : (mine?.status ?? 'pending');
	const othersPending = [
		...(role === 'sharer' ? [] : r.sharer_status === 'pending' ? [r.sharer_name] : []),
		...r.learners.filter((l) => l.accountId !== me && l.status === 'pending').map((l) => l.name)
	];
	return {
		id: r.id,
		skill: r.skill,
		occurredOn: r.occurred_on,
		minutes: r.minutes,
		origin: r.origin,
		role,
		sharer: { accountId: r.sharer_account_id, name: r.sharer_name, status: r.sharer_status },
		learners: r.learners,
		myStatus,
		counts: r.confirmed_at !== null && myStatus === 'confirmed',
		othersPending,
		recordedByMe: r.recorded_by_account_id === me,
		canThank: role === 'learner' && myStatus === 'confirmed' && r.sharer_status === 'confirmed' && !r.thanked,
		thanked: r.thanked
	};
}

export async function listMyExchanges(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const me = actor.accountId;
	const { networkId } = options;
	const rows = await sqlRows<Row>(
		db(),
		sql`with mine as (
			select e.id, e.created_at, e.sharer_status = 'pending' as waiting
			from exchanges e where e.network_id = ${networkId} and e.sharer_account_id = ${me}
			union all
			select l.exchange_id, e.created_at, l.status = 'pending'
			from exchange_learners l join exchanges e on e.id = l.exchange_id
			where l.network_id = ${networkId} and l.account_id = ${me}
		), chosen as (
			select id, waiting, created_at from mine order by waiting desc, created_at desc limit ${MY_EXCHANGES_LIMIT}
		)
		select e.id, s.name as skill, e.occurred_on::text as occurred_on, e.minutes, e.origin,
			e.recorded_by_account_id, e.sharer_account_id, sa.name as sharer_name, e.sharer_status, e.confirmed_at,
			(select json_agg(json_build_object('accountId', l.account_id, 'name', a.name, 'status', l.status)
				order by a.name) from exchange_learners l join accounts a on a.id = l.account_id
				where l.exchange_id = e.id) as learners,
			exists (select 1 from exchange_thanks t where t.exchange_id = e.id and t.account_id = ${me}) as thanked
		from chosen
		join exchanges e on e.id = chosen.id
		join skills s on s.id = e.skill_id
		join accounts sa on sa.id = e.sharer_account_id
		order by chosen.waiting desc, e.occurred_on desc, e.created_at desc`
	);
	const all = rows.map((r) =>
		shape({ ...r, learners: typeof r.learners === 'string' ? JSON.parse(r.learners) : r.learners }, me)
	);
	return {
		// A learner is not asked about an exchange its sharer declined.
		awaiting: all.filter((e) => e.myStatus === 'pending' && e.sharer.status !== 'declined'),
		// Recorded by me (or confirmed by me) and still waiting for someone else.
		waitingForOthers: all.filter(
			(e) => e.myStatus === 'confirmed' && e.othersPending.length > 0 && e.sharer.status !== 'declined'
		),
		history: all.filter(
			(e) =>
				(e.myStatus !== 'pending' || e.sharer.status === 'declined') &&
				!(e.myStatus === 'confirmed' && e.othersPending.length > 0 && e.sharer.status !== 'declined')
		)
	};
}
