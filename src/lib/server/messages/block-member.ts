import { and, asc, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, memberBlocks, memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

type Options = { actor: Actor | null; networkId: string; accountId: string };

/**
 * « Bloquer »: in this network, the blocked member can no longer start a conversation with the actor nor write
 * where the actor still is (decision 018). They are not told; blocking twice changes nothing.
 */
export async function blockMember(options: Options) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.accountId)) throw new AppError('not_found');
	if (options.accountId === actor.accountId) throw new AppError('message_to_self');
	const [member] = await db()
		.select({ accountId: memberships.accountId })
		.from(memberships)
		.where(and(eq(memberships.networkId, options.networkId), eq(memberships.accountId, options.accountId)));
	if (!member) throw new AppError('not_found');
	await db()
		.insert(memberBlocks)
		.values({
			networkId: options.networkId,
			blockerAccountId: actor.accountId,
			blockedAccountId: options.accountId,
			createdAt: now()
		})
		.onConflictDoNothing();
}

/** « Débloquer »: the member may write to the actor again. */
export async function unblockMember(options: Options) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.accountId)) throw new AppError('not_found');
	await db()
		.delete(memberBlocks)
		.where(
			and(
				eq(memberBlocks.networkId, options.networkId),
				eq(memberBlocks.blockerAccountId, actor.accountId),
				eq(memberBlocks.blockedAccountId, options.accountId)
			)
		);
}

/** The members the actor has blocked in this network, to unblock them. */
export async function listBlockedMembers(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	return db()
		.select({ accountId: memberBlocks.blockedAccountId, name: accounts.name, since: memberBlocks.createdAt })
		.from(memberBlocks)
		.innerJoin(accounts, eq(accounts.id, memberBlocks.blockedAccountId))
		.where(and(eq(memberBlocks.networkId, options.networkId), eq(memberBlocks.blockerAccountId, actor.accountId)))
		.orderBy(asc(accounts.name));
}
