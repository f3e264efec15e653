// What the referral form offers to choose from: the partners in use and the network's active members (by name),
// and the chosen member's open posts when one is picked.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships, partners } from '../db/schema/index.ts';

export async function referralFormChoices(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const [partnerRows, members] = await Promise.all([
		db()
			.select({ id: partners.id, name: partners.name })
			.from(partners)
			.where(and(eq(partners.networkId, options.networkId), isNull(partners.archivedAt)))
			.orderBy(asc(partners.nameKey)),
		db()
			.select({ id: accounts.id, name: accounts.name })
			.from(memberships)
			.innerJoin(accounts, eq(accounts.id, memberships.accountId))
			.where(and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active')))
			.orderBy(asc(accounts.name))
	]);
	return { partners: partnerRows, members };
}
