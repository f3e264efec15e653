import { isCoordinator, membershipIn } from '#lib/server/auth/policies.ts';
import { unreadNotificationCount } from '#lib/server/notifications/list-notifications.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const { actor, network } = locals;
	const isMember = network ? membershipIn(actor, network.id)?.status === 'active' : false;
	return {
		locale: getLocale(),
		actor: actor ? { name: actor.name, isInstanceAdmin: actor.isInstanceAdmin } : null,
		network: network ? { name: network.name, town: network.town } : null,
		isCoordinator: network ? isCoordinator(actor, network.id) : false,
		isMember,
		unreadNotifications: isMember && actor && network ? await unreadNotificationCount(actor.accountId, network.id) : 0
	};
};
