import { noShowCounts } from '#lib/server/space/no-show-counts.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// Repeated no-shows, for the coordinators only (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ counts: await noShowCounts(scopeOf(event)) }));
