import { z } from 'zod';
import { getLocale } from '#lib/paraglide/runtime.js';
import { describeNotification } from '#lib/server/notifications/describe.ts';
import { listNotifications, markAllNotificationsRead } from '#lib/server/notifications/list-notifications.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { pageQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { page } = handleQuery(event, pageQuery);
		const list = await listNotifications({ ...scopeOf(event), page });
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
			await markAllNotificationsRead(scopeOf(event));
			return { allRead: true };
		})
};
