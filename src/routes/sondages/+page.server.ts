import { listPolls } from '#lib/server/polls/list-polls.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ polls: await listPolls(scopeOf(event, 'member')) }));
