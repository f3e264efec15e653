// The network's invitation links for its coordinators (decision 039): each with its two counts — how many times
// its page was opened, how many people joined through it — and whether it can still be used.
import { and, count, desc, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { invitationJoins, invitationLinks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isUuid } from '../db/ids.ts';
import { linkState } from './links.ts';

/** The path of a link's page; the poster prints it after the configured origin. */
export const invitationPath = (token: string) => `/invitation/lien/${token}`;

export async function listInvitationLinks(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const rows = await db()
		.select({
			id: invitationLinks.id,
			label: invitationLinks.label,
			token: invitationLinks.token,
			expiresAt: invitationLinks.expiresAt,
			maxUses: invitationLinks.maxUses,
			opened: invitationLinks.openedCount,
			joined: count(invitationJoins.accountId),
			createdAt: invitationLinks.createdAt
		})
		.from(invitationLinks)
		.leftJoin(invitationJoins, eq(invitationJoins.linkId, invitationLinks.id))
		.where(eq(invitationLinks.networkId, options.networkId))
		.groupBy(invitationLinks.id)
		.orderBy(desc(invitationLinks.createdAt), desc(invitationLinks.id));
	const at = now();
	return rows.map(({ token, ...row }) => ({
		...row,
		path: invitationPath(token),
		state: linkState(row, row.joined, at)
	}));
}

/** One link of the network, for its poster; another network's link is not found. */
export async function getInvitationLink(options: { actor: Actor | null; networkId: string; linkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.linkId)) throw new AppError('not_found');
	const [link] = await db()
		.select()
		.from(invitationLinks)
		.where(and(eq(invitationLinks.id, options.linkId), eq(invitationLinks.networkId, options.networkId)));
	if (!link) throw new AppError('not_found');
	return link;
}
