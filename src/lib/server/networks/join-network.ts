import { requireAccount, membershipIn, type Actor } from '../auth/policies.ts';
import { setSessionNetwork } from '../auth/sessions.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { getNetworkBySlug } from './find-network.ts';
import { notifyCoordinatorsOfRequest } from './notify-coordinators.ts';
import type { JoinHook } from './sign-up.ts';

/**
 * A logged-in person asks to join another network of the instance. With `sessionToken`, that session then shows
 * the new network (the person joined it to use it, or to wait there for approval).
 */
export async function joinNetwork({
	actor,
	networkSlug,
	origin,
	sessionToken,
	whileJoining
}: {
	actor: Actor | null;
	networkSlug: string;
	origin: string;
	sessionToken?: string;
	/** Runs in the same transaction once the membership is written (an invitation link counts the join). */
	whileJoining?: JoinHook;
}) {
	const account = requireAccount(actor);
	const network = await getNetworkBySlug(networkSlug);
	if (membershipIn(account, network.id)) throw new AppError('already_member');
	const status = network.joinPolicy === 'open' ? 'active' : 'pending';
	try {
		await db().transaction(async (tx) => {
			await tx.insert(memberships).values({
				networkId: network.id,
				accountId: account.accountId,
				status,
				decidedAt: status === 'active' ? now() : null
			});
			if (status === 'pending') await notifyCoordinatorsOfRequest(tx, network, account.name, origin);
			await whileJoining?.(tx, { accountId: account.accountId, networkId: network.id });
		});
	} catch (error) {
		// A double submission: the first request wrote the membership, the database refuses the second.
		if (isUniqueViolation(error)) throw new AppError('already_member');
		throw error;
	}
	if (sessionToken) await setSessionNetwork(sessionToken, network.id);
	return { networkId: network.id, status };
}
