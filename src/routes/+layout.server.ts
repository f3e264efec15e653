import { isCoordinator, membershipIn } from '#lib/server/auth/policies.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const { actor, network } = locals;
	return {
		locale: getLocale(),
		actor: actor ? { name: actor.name, isInstanceAdmin: actor.isInstanceAdmin } : null,
		network: network ? { name: network.name, town: network.town } : null,
		isCoordinator: network ? isCoordinator(actor, network.id) : false,
		isMember: network ? membershipIn(actor, network.id)?.status === 'active' : false
	};
};
