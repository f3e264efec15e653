import { listMyReferrals } from '#lib/server/partners/list-referrals.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The member's own referrals to partners (decision 035), never anyone else's.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ referrals: await listMyReferrals(scopeOf(event)) }));
