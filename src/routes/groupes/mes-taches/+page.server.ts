import { listMyTasks } from '#lib/server/challenges/list-my-tasks.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// « Mes tâches » (decision 038): reached from « Moi »; the home page's attention list is left as it is.
export const load: PageServerLoad = (event) => guard(event, async () => ({ tasks: await listMyTasks(scopeOf(event)) }));
