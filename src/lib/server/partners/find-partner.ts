// The one way to look a partner up by id inside a network (venues, referrals and pages call it). The database
// checks it again with composite foreign keys to partners(network_id, id).
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { partners } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export type Partner = typeof partners.$inferSelect;

/** The partner of this network with this id (archived ones too), or undefined: unknown, not a uuid, another network's. */
export async function findPartner(options: { networkId: string; partnerId: string }, q: Queryable = db()) {
	if (!isUuid(options.partnerId) || !isUuid(options.networkId)) return undefined;
	const [partner] = await q
		.select()
		.from(partners)
		.where(and(eq(partners.networkId, options.networkId), eq(partners.id, options.partnerId)));
	return partner as Partner | undefined;
}

/** For coordinators' actions on one partner: the actor and the partner, or `forbidden` / `not_found`. */
export async function requireManagedPartner(
	options: { actor: Actor | null; networkId: string; partnerId: string },
	q: Queryable = db()
) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const partner = await findPartner(options, q);
	if (!partner) throw new AppError('not_found');
	return { actor, partner };
}
