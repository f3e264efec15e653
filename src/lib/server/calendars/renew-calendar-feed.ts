import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { randomToken, sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { calendarFeeds } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findGroup } from '../groups/find-group.ts';
import { feedPath, type FeedTarget } from './feed-scope.ts';

/**
 * Creates the member's private feed for a target, or gives it a new token: the old URL stops working at once
 * (a feed shared by mistake is closed this way). Returns the token, shown once: only its SHA-256 is kept.
 */
export async function renewCalendarFeed(options: { actor: Actor | null; networkId: string; target: FeedTarget }) {
	const actor = requireMember(options.actor, options.networkId);
	const { target } = options;
	// Any member may follow any group's events (they are listed in the network); a group of another network is
	// unknown here, and the composite foreign key refuses it again.
	if (target.scope === 'group' && !(await findGroup({ networkId: options.networkId, groupId: target.groupId }))) {
		throw new AppError('not_found');
	}
	const token = randomToken();
	await db()
		.insert(calendarFeeds)
		.values({
			networkId: options.networkId,
			accountId: actor.accountId,
			scope: target.scope,
			groupId: target.scope === 'group' ? target.groupId : null,
			tokenHash: sha256(token),
			createdAt: now()
		})
		.onConflictDoUpdate({
			target: [calendarFeeds.networkId, calendarFeeds.accountId, calendarFeeds.scope, calendarFeeds.groupId],
			set: { tokenHash: sql`excluded.token_hash`, createdAt: sql`excluded.created_at`, lastReadAt: null }
		});
	return { token, path: feedPath(token) };
}
