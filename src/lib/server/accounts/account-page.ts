// The account page (`/compte`): the person's email, the networks they belong to (with the state of each
// membership) and the other active networks of the instance they may ask to join.
import { requireAccount, type Actor } from '../auth/policies.ts';
import { listNetworks } from '../networks/find-network.ts';

export async function accountPage(options: { actor: (Actor & { email: string | null }) | null }) {
	const actor = requireAccount(options.actor) as Actor & { email: string | null };
	const all = await listNetworks();
	// The actor leaves out suspended networks, and listNetworks too: each membership finds its network.
	const memberships = actor.memberships.flatMap((membership) => {
		const network = all.find((n) => n.id === membership.networkId);
		return network ? [{ ...membership, network }] : [];
	});
	return {
		email: actor.email,
		memberships,
		joinable: all.filter((n) => !actor.memberships.some((m) => m.networkId === n.id))
	};
}
