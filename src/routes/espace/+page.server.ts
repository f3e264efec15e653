import { listSpace } from '#lib/server/space/list-space.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The rooms and computer stations members can book, by venue (decision 029).
export const load: PageServerLoad = (event) => guard(event, async () => ({ venues: await listSpace(scopeOf(event)) }));
