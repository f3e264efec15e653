import { listMentors, listRequests } from '#lib/server/mentoring/coordination.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const [mentors, requests] = await Promise.all([listMentors(scope), listRequests(scope)]);
		return { mentors, requests, done: flashOf(event, ['invite', 'demande', 'propose']) };
	});
