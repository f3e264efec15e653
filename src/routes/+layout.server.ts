import { isCoordinator, membershipIn } from '#lib/server/auth/policies.ts';
import { unreadNotificationCount } from '#lib/server/notifications/list-notifications.ts';
import { countUnreadMessages } from '#lib/server/messages/count-unread.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { actor, network } = locals;
	const isMember = network ? membershipIn(actor, network.id)?.status === 'active' : false;
	// Read on every navigation (also client-side ones), so that the unread badges stay current.
	void url.pathname;
	// Two indexed counts (decisions 018 and 020); 0 for visitors and non-members. On a GET the session hook has
	// already read them in its query (requestContext); after a form action they are counted again here.
	const { unread } = locals;
	const [unreadNotifications, unreadMessages] =
		isMember && actor && network
			? unread
				? [unread.notifications, unread.messages]
				: await Promise.all([
						unreadNotificationCount(actor.accountId, network.id),
						countUnreadMessages({ actor, networkId: network.id })
					])
			: [0, 0];
	return {
		locale: getLocale(),
		actor: actor ? { name: actor.name, isInstanceAdmin: actor.isInstanceAdmin } : null,
		network: network ? { name: network.name, town: network.town } : null,
		isCoordinator: network ? isCoordinator(actor, network.id) : false,
		isMember,
		unreadNotifications,
		unreadMessages
	};
};
