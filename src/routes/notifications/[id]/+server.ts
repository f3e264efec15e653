import { redirect } from '@sveltejs/kit';
import { openNotification } from '#lib/server/notifications/list-notifications.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { RequestHandler } from './$types';

// Following a notification marks it read and leads to what it is about (a link, so it works everywhere).
export const GET: RequestHandler = async (event) => {
	const link = await guard(event, () =>
		openNotification({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), id: event.params.id })
	);
	redirect(303, link);
};
