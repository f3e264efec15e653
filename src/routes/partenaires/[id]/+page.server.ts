import { getPartnerCard } from '#lib/server/partners/partner-card.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// A partner's public card for the network's members: what it brings and its venues, no contacts (decision 035).
export const load: PageServerLoad = (event) =>
	guard(event, () => getPartnerCard({ ...scopeOf(event), partnerId: event.params.id }));
