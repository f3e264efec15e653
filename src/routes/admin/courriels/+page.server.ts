import { config } from '#lib/server/config.ts';
import { listOutbox } from '#lib/server/email/list-outbox.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const page = Math.min(10_000, Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '1', 10) || 1));
		const result = await listOutbox({ actor: event.locals.actor, page });
		return { ...result, page, smtp: Boolean(config().smtpUrl) };
	});
