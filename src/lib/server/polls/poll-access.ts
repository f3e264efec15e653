// Who may see and run a meeting poll (decision 037). A network poll: every active member of the network. A group
// poll: the group's active members, and the network's coordinators. Managing (finalise, reopen, change the slot):
// its author, a network coordinator, or a coordinator of its group.
import { and, eq, sql } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { polls } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { coordinatesGroup, groupMemberOf } from '../groups/group-access.ts';

export type PollRow = typeof polls.$inferSelect;

/** The poll of this network (locked for the transaction when asked), or not_found. */
export async function findPoll(q: Queryable, networkId: string, pollId: string, lock = false): Promise<PollRow> {
	if (!isUuid(pollId)) throw new AppError('not_found');
	const query = q
		.select()
		.from(polls)
		.where(and(eq(polls.networkId, networkId), eq(polls.id, pollId)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new AppError('not_found');
	return row;
}

/** A reader of the poll: who may see it, answer it and write in its thread. */
export async function requirePollReader(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; pollId: string; lock?: boolean }
) {
	const actor = requireMember(options.actor, options.networkId);
	const poll = await findPoll(q, options.networkId, options.pollId, options.lock);
	let coordinates = isCoordinator(actor, options.networkId) || poll.authorAccountId === actor.accountId;
	if (poll.groupId !== null) {
		const row = await groupMemberOf(poll.groupId, actor.accountId, q);
		if (row?.status !== 'active' && !isCoordinator(actor, options.networkId)) {
			throw new AppError('group_members_only');
		}
		coordinates ||= coordinatesGroup(actor, options.networkId, row);
	}
	return { actor, poll, canManage: coordinates };
}

/** Its author or a coordinator (of the network or of its group): who finalises, reopens, changes the slot. */
export async function requirePollManager(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; pollId: string }
) {
	const reader = await requirePollReader(q, { ...options, lock: true });
	if (!reader.canManage) throw new AppError('forbidden');
	return reader;
}

/** The poll's public link secret (144 random bits, URL-safe), like an event's (decision 024). */
export const pollLinkSecret = (value: string) => /^[A-Za-z0-9_-]{20,100}$/.test(value);

/** Counts are enough to say « nobody yet » without loading every row. */
export const countSql = sql<number>`count(*)::int`;
