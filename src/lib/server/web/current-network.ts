import { AppError } from '../errors.ts';
import type { Actor } from '../auth/policies.ts';
import { findNetworkById, listNetworks } from '../networks/find-network.ts';

/**
 * The network a request is about: the one chosen in the session if the person belongs to it, else their
 * first active network; for visitors, the instance's network when it has only one.
 */
export async function currentNetwork(actor: Actor | null, chosenId: string | null | undefined) {
	if (actor) {
		const ids = [
			chosenId,
			...actor.memberships.filter((m) => m.status === 'active').map((m) => m.networkId),
			...actor.memberships.filter((m) => m.status === 'pending').map((m) => m.networkId)
		];
		// A refused request gives no access, even if that network was chosen earlier in the session.
		const id = ids.find(
			(candidate) => candidate && actor.memberships.some((m) => m.networkId === candidate && m.status !== 'refused')
		);
		return id ? ((await findNetworkById(id)) ?? null) : null;
	}
	const all = await listNetworks();
	return all.length === 1 ? all[0] : null;
}

/** The id of the network the request is about; a visitor is asked to log in, others are not members. */
export function currentNetworkId(locals: App.Locals): string {
	if (!locals.network) throw new AppError(locals.actor ? 'not_member' : 'not_logged_in');
	return locals.network.id;
}
