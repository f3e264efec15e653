import { redirect } from '@sveltejs/kit';
import { isCoordinator, membershipIn } from '#lib/server/auth/policies.ts';
import { countPendingMemberships } from '#lib/server/networks/count-pending.ts';
import { listNetworks } from '#lib/server/networks/find-network.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { actor, network } = locals;
	if (network && membershipIn(actor, network.id)?.status === 'pending') redirect(303, '/en-attente');
	const coordinator = network ? isCoordinator(actor, network.id) : false;
	return {
		description: network?.description ?? '',
		pendingCount: coordinator && network ? await countPendingMemberships(network.id) : 0,
		coordinator,
		// Visitors of an instance with several networks see them all, to choose one when signing up.
		networks: !actor && !network ? await listNetworks() : []
	};
};
