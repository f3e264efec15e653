import { requireAccount, membershipIn, type Actor } from '../auth/policies.ts';
import { setSessionNetwork } from '../auth/sessions.ts';
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
	if (!sessionToken || !membership || membership.status === 'refused') throw new AppError('not_member', 'network');
	await setSessionNetwork(sessionToken, networkId);
}
