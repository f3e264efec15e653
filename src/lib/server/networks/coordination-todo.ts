// What waits for the coordination team (issue 14): the counts on a coordinator's home and on the « Coordination »
// hub, each leading to its page. The same rules as the lists they count (pending members, the follow-up's
// unanswered requests, open reports of messages and of « bons plans »), in one round trip.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { UNANSWERED_AFTER_DAYS } from '../introductions/list-unanswered.ts';

const DAY_MS = 86_400_000;

export type CoordinationTodo = { pending: number; unanswered: number; reports: number };

export async function coordinationTodo(options: { actor: Actor | null; networkId: string }): Promise<CoordinationTodo> {
	requireCoordinator(options.actor, options.networkId);
	const { networkId } = options;
	const at = now();
	const before = new Date(at.getTime() - UNANSWERED_AFTER_DAYS * DAY_MS).toISOString();
	const [row] = await sqlRows<CoordinationTodo>(
		db(),
		sql`select
			(select count(*)::int from memberships where network_id = ${networkId} and status = 'pending') as pending,
			(select count(*)::int from posts p
				where p.network_id = ${networkId} and p.kind = 'request' and p.status = 'open'
					and p.expires_at > ${at.toISOString()}::timestamptz and p.created_at <= ${before}::timestamptz
					and not exists (select 1 from introductions i where i.post_id = p.id)) as unanswered,
			(select count(*)::int from message_reports where network_id = ${networkId} and handled_at is null)
				+ (select count(*)::int from tip_reports where network_id = ${networkId} and handled_at is null) as reports`
	);
	return row;
}
