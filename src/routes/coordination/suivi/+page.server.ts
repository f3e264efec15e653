import { listUnansweredRequests } from '#lib/server/introductions/list-unanswered.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ requests: await listUnansweredRequests(scopeOf(event)) }));
