// What the navigation shows on every page (the layout): the person's place in the current network and the unread
// badges. Two indexed counts (decisions 018 and 020), 0 for visitors and non-members; on a GET the session hook
// has already read them in its own query (requestContext), so they are counted here only after a form action.
import { isCoordinator, membershipIn, type Actor } from '../auth/policies.ts';
import { countUnreadMessages } from '../messages/count-unread.ts';
import { unreadNotificationCount } from '../notifications/list-notifications.ts';

export async function navigation(options: {
	actor: Actor | null;
	networkId: string | null;
	/** The badges when already counted, else null. */
	unread: { notifications: number; messages: number } | null;
}) {
	const { actor, networkId, unread } = options;
	const isMember = networkId ? membershipIn(actor, networkId)?.status === 'active' : false;
	const [unreadNotifications, unreadMessages] =
		isMember && actor && networkId
			? unread
				? [unread.notifications, unread.messages]
				: await Promise.all([
						unreadNotificationCount(actor.accountId, networkId),
						countUnreadMessages({ actor, networkId })
					])
			: [0, 0];
	return {
		isCoordinator: networkId ? isCoordinator(actor, networkId) : false,
		isMember,
		unreadNotifications,
		unreadMessages
	};
}
