import { redirect } from '@sveltejs/kit';
import { openNotification } from '#lib/server/notifications/list-notifications.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// Following a notification marks it read and leads to what it is about (a link, so it works everywhere).
export const GET: RequestHandler = (event) =>
	guard(event, async () => redirect(303, await openNotification({ ...scopeOf(event), id: event.params.id })));
