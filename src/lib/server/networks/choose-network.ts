import { and, eq, ne } from 'drizzle-orm';
import { requireAccount, membershipIn, type Actor } from '../auth/policies.ts';
import { setSessionNetwork } from '../auth/sessions.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** Shows another of the person's networks in this session. */
export async function chooseNetwork({
	actor,
	sessionToken,
	networkId
}: {
	actor: Actor | null;
	sessionToken: string | undefined;
	networkId: string;
}) {
	const account = requireAccount(actor);
	// A refused request gives no access: that network cannot be shown.
	const membership = membershipIn(account, networkId);
	if (!sessionToken || !membership || membership.status === 'refused') {
		// The actor leaves out suspended networks; the person is told why theirs cannot be chosen.
		if (await belongsToSuspended(account.accountId, networkId)) throw new AppError('network_suspended', 'network');
		throw new AppError('not_member', 'network');
	}
	await setSessionNetwork(sessionToken, networkId);
}

async function belongsToSuspended(accountId: string, networkId: string): Promise<boolean> {
	if (!isUuid(networkId)) return false;
	const [row] = await db()
		.select({ id: networks.id })
		.from(memberships)
		.innerJoin(networks, eq(networks.id, memberships.networkId))
		.where(
			and(
				eq(memberships.accountId, accountId),
				eq(memberships.networkId, networkId),
				ne(memberships.status, 'refused'),
				eq(networks.status, 'suspended')
			)
		);
	return Boolean(row);
}
