import { groupsPage } from '#lib/server/groups/list-groups.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, () => groupsPage(scopeOf(event)));
