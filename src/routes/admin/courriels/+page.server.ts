import { config } from '#lib/server/config.ts';
import { listOutbox } from '#lib/server/email/list-outbox.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { pageQuery } from '#lib/validation/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { page } = handleQuery(event, pageQuery);
		const result = await listOutbox({ actor: actorOf(event), page });
		return { ...result, page, smtp: Boolean(config().smtpUrl) };
	});
