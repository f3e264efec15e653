// « Mes demandes »: the parent's own requests, newest slot first, with how many carers offered and whether one
// was chosen (decision 032).
import { and, desc, eq, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { childcareRequests } from '../db/schema/index.ts';
import { summary } from './get-care-request.ts';

export async function listMyCareRequests(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await db()
		.select({
			request: childcareRequests,
			offers: sql<number>`(select count(*)::int from childcare_offers o where o.request_id = ${qualified(childcareRequests.id)})`
		})
		.from(childcareRequests)
		.where(
			and(eq(childcareRequests.networkId, options.networkId), eq(childcareRequests.parentAccountId, actor.accountId))
		)
		.orderBy(desc(childcareRequests.startsAt))
		.limit(30);
	return rows.map((r) => ({ ...summary(r.request), offers: r.offers }));
}
