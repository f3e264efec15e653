import { z } from 'zod';
import { getLocale } from '#lib/paraglide/runtime.js';
import { describeNotification } from '#lib/server/notifications/describe.ts';
import { listNotifications, markAllNotificationsRead } from '#lib/server/notifications/list-notifications.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { pageNumber } from '#lib/validation/fields.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const page = pageNumber(event.url.searchParams.get('page'));
		const list = await listNotifications({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			page
		});
		const locale = getLocale();
		return {
			...list,
			items: list.items.map((n) => ({
				id: n.id,
				unread: n.unread,
				createdAt: n.createdAt,
				sentence: describeNotification(n.kind, n.params, locale)
			}))
		};
	});

export const actions: Actions = {
	readAll: (event) =>
		handleForm(event, z.object({}), async () => {
			await markAllNotificationsRead({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) });
			return { allRead: true };
		})
};
