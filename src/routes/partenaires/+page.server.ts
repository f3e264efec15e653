import { listPartnerCards } from '#lib/server/partners/partner-card.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The members' directory of partners: public cards only, never contacts (decision 035).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ partners: await listPartnerCards(scopeOf(event)) }));
