// Who may open a childcare request, and as whom (decision 032): its parent; a coordinator acting for a parent
// without email; an active trusted carer while it is open or once they offered. Anyone else — a plain member, a
// suspended carer, another network — meets « not found », as if it did not exist.
import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, childcareOffers, childcareRequests } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isActiveCarer } from './carer-status.ts';

export type CareRequest = typeof childcareRequests.$inferSelect;
export type CareOffer = typeof childcareOffers.$inferSelect;
/** parent: the parent, or a coordinator acting for a parent without email; carer: an active trusted carer. */
export type CareRole = 'parent' | 'carer';

export async function findCareRequest(q: Queryable, networkId: string, requestId: string, lock = false) {
	if (!isUuid(requestId)) return undefined;
	const query = q
		.select()
		.from(childcareRequests)
		.where(and(eq(childcareRequests.id, requestId), eq(childcareRequests.networkId, networkId)));
	const [row] = lock ? await query.for('update') : await query;
	return row;
}

export async function offersOf(q: Queryable, requestId: string): Promise<CareOffer[]> {
	return q.select().from(childcareOffers).where(eq(childcareOffers.requestId, requestId));
}

/** Whether the actor speaks for the parent: the parent, or a coordinator when the parent has no email. */
async function speaksForParent(q: Queryable, actor: Actor, request: CareRequest): Promise<boolean> {
	if (actor.accountId === request.parentAccountId) return true;
	if (!isCoordinator(actor, request.networkId)) return false;
	const [parent] = await q
		.select({ email: accounts.email })
		.from(accounts)
		.where(eq(accounts.id, request.parentAccountId));
	return parent !== undefined && parent.email === null;
}

/** The request and the actor's role on it; « not found » for everyone who may not know it exists. */
export async function openCareRequest(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; requestId: string; lock?: boolean }
) {
	const actor = requireMember(options.actor, options.networkId);
	const request = await findCareRequest(q, options.networkId, options.requestId, options.lock);
	if (!request) throw new AppError('not_found');
	const offers = await offersOf(q, request.id);
	if (await speaksForParent(q, actor, request)) return { actor, request, offers, role: 'parent' as CareRole };
	const mine = offers.find((o) => o.carerAccountId === actor.accountId);
	if ((request.status === 'open' || mine) && (await isActiveCarer(q, options.networkId, actor.accountId))) {
		return { actor, request, offers, role: 'carer' as CareRole, mine };
	}
	throw new AppError('not_found');
}
