// The trusted carers' list: the open requests of the network that have not started (not their own), soonest
// first, with whether they already offered; and the slots they were chosen for, until a day after. Anyone who
// is not an active carer gets an empty list, as if there were no request at all (decision 032).
import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { childcareOffers, childcareRequests } from '../db/schema/index.ts';
import { isActiveCarer } from './carer-status.ts';
import { summary } from './get-care-request.ts';

/** At most this many open requests are listed (a neighbourhood has a handful at a time). */
export const CARE_LIST_LIMIT = 50;

export async function listCareRequests(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!(await isActiveCarer(db(), options.networkId, actor.accountId))) return { open: [], chosen: [] };
	const at = now();
	const open = await db()
		.select()
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.networkId, options.networkId),
				eq(childcareRequests.status, 'open'),
				gt(childcareRequests.startsAt, at),
				ne(childcareRequests.parentAccountId, actor.accountId)
			)
		)
		.orderBy(asc(childcareRequests.startsAt))
		.limit(CARE_LIST_LIMIT);
	const offered =
		open.length === 0
			? []
			: await db()
					.select({ requestId: childcareOffers.requestId })
					.from(childcareOffers)
					.where(
						and(
							eq(childcareOffers.carerAccountId, actor.accountId),
							inArray(
								childcareOffers.requestId,
								open.map((r) => r.id)
							)
						)
					);
	const mine = new Set(offered.map((o) => o.requestId));
	const chosen = await db()
		.select({ request: childcareRequests })
		.from(childcareOffers)
		.innerJoin(childcareRequests, eq(childcareRequests.id, childcareOffers.requestId))
		.where(
			and(
				eq(childcareOffers.networkId, options.networkId),
				eq(childcareOffers.carerAccountId, actor.accountId),
				eq(childcareOffers.status, 'chosen'),
				eq(childcareRequests.status, 'confirmed'),
				sql`${childcareRequests.endsAt} > ${new Date(at.getTime() - 7 * 86_400_000).toISOString()}::timestamptz`
			)
		)
		.orderBy(asc(childcareRequests.startsAt));
	return {
		open: open.map((r) => ({ ...summary(r), offered: mine.has(r.id) })),
		chosen: chosen.map((c) => summary(c.request))
	};
}
