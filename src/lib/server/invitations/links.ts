// What every use of an invitation link shares (decision 039): finding it by its secret, whether it may still be
// used, and counting a join under the link's row lock so that two people cannot both take its last use.
import { and, count, eq, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import type { Queryable, Tx } from '../db/client.ts';
import { invitationJoins, invitationLinks, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isSecret } from '../events/guests/invitation.ts';

export type LinkRow = typeof invitationLinks.$inferSelect;
export type LinkState = 'open' | 'expired' | 'exhausted';

/** Expired once past its expiry; exhausted once `max_uses` people joined through it. */
export function linkState(link: Pick<LinkRow, 'expiresAt' | 'maxUses'>, joined: number, at: Date): LinkState {
	if (link.expiresAt && link.expiresAt <= at) return 'expired';
	if (link.maxUses !== null && joined >= link.maxUses) return 'exhausted';
	return 'open';
}

export async function joinsOf(q: Queryable, linkId: string): Promise<number> {
	const [row] = await q.select({ n: count() }).from(invitationJoins).where(eq(invitationJoins.linkId, linkId));
	return row?.n ?? 0;
}

/** The link of this secret with its network, while the network is active; not_found otherwise. */
export async function findLinkByToken(q: Queryable, token: string, lock = false) {
	if (!isSecret(token)) throw new AppError('not_found');
	const query = q
		.select({ link: invitationLinks, network: networks })
		.from(invitationLinks)
		.innerJoin(networks, eq(networks.id, invitationLinks.networkId))
		.where(and(eq(invitationLinks.token, token), eq(networks.status, 'active')));
	const [row] = await (lock ? query.for('update', { of: invitationLinks }) : query);
	if (!row) throw new AppError('not_found');
	return row;
}

/** Refuses a link that may no longer be used, with the sentence that says why. */
export function requireOpen(state: LinkState): void {
	if (state === 'expired') throw new AppError('invitation_expired');
	if (state === 'exhausted') throw new AppError('invitation_exhausted');
}

/**
 * Counts a join through the link, in the joining transaction: the link's row is locked first, so the use limit
 * holds when two people join at the same moment.
 */
export async function recordJoin(tx: Tx, token: string, joined: { accountId: string; networkId: string }) {
	const { link } = await findLinkByToken(tx, token, true);
	if (link.networkId !== joined.networkId) throw new AppError('not_found');
	requireOpen(linkState(link, await joinsOf(tx, link.id), now()));
	await tx
		.insert(invitationJoins)
		.values({ networkId: link.networkId, linkId: link.id, accountId: joined.accountId, joinedAt: now() });
}

/** One more opening of the link's page: a bare counter, nothing about who opened it. */
export async function countOpening(q: Queryable, linkId: string) {
	await q
		.update(invitationLinks)
		.set({ openedCount: sql`${invitationLinks.openedCount} + 1` })
		.where(eq(invitationLinks.id, linkId));
}
