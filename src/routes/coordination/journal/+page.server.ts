import { listAuditLog } from '#lib/server/audit/list-audit.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const page = Math.min(10_000, Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '1', 10) || 1));
		const result = await listAuditLog({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), page });
		return { ...result, page };
	});
