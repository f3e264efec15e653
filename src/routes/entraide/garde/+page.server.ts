import { myCareHours } from '#lib/server/childcare/care-hours.ts';
import { listCareRequests } from '#lib/server/childcare/list-care-requests.ts';
import { listMyCareRequests } from '#lib/server/childcare/list-my-care-requests.ts';
import { myCarerStatus } from '#lib/server/childcare/my-carer-status.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// « Garde d'enfants »: my trust status, the requests waiting (active trusted carers only), my requests and my
// family's hours (decision 032).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		return {
			status: await myCarerStatus(scope),
			requests: await listCareRequests(scope),
			mine: await listMyCareRequests(scope),
			hours: await myCareHours(scope),
			done: flashOf(event, ['annulee'])
		};
	});
