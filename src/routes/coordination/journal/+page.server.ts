import { listAuditLog } from '#lib/server/audit/list-audit.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { pageQuery } from '#lib/validation/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { page } = handleQuery(event, pageQuery);
		return { ...(await listAuditLog({ ...scopeOf(event), page })), page };
	});
