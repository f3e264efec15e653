// What the referral form offers to choose from: the partners in use, and the network's active members by name —
// all of them in a small network; in a big one (over MEMBERS_IN_LIST) only those whose name matches what the
// coordinator typed in the form's search (`?qui=`), so the page never carries thousands of names.
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, memberships, partners } from '../db/schema/index.ts';

/** Up to this many active members, the form lists them all; above, it asks for a name first. */
export const MEMBERS_IN_LIST = 300;
/** Members listed for one search. */
const MATCHES_SHOWN = 30;

export async function referralFormChoices(options: {
	actor: Actor | null;
	networkId: string;
	/** A part of a name, from the form's search. */
	query?: string;
	/** A member already chosen (`?membre=`, or a refused form's value): always offered. */
	chosen?: string;
}) {
	requireCoordinator(options.actor, options.networkId);
	const active = and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active'));
	const [partnerRows, [{ total }]] = await Promise.all([
		db()
			.select({ id: partners.id, name: partners.name })
			.from(partners)
			.where(and(eq(partners.networkId, options.networkId), isNull(partners.archivedAt)))
			.orderBy(asc(partners.nameKey)),
		db().select({ total: count() }).from(memberships).where(active)
	]);
	const query = options.query?.trim() ?? '';
	const needsSearch = total > MEMBERS_IN_LIST;
	const chosen = options.chosen && isUuid(options.chosen) ? options.chosen : undefined;
	const byName = query === '' ? undefined : sql`name_key(${accounts.name}) like '%' || name_key(${query}) || '%'`;
	const members =
		needsSearch && !byName && !chosen
			? []
			: await db()
					.select({ id: accounts.id, name: accounts.name })
					.from(memberships)
					.innerJoin(accounts, eq(accounts.id, memberships.accountId))
					.where(
						and(
							active,
							needsSearch || byName ? sql`(${byName ?? sql`false`} or ${accounts.id} = ${chosen ?? null})` : undefined
						)
					)
					.orderBy(asc(accounts.name))
					.limit(needsSearch || byName ? MATCHES_SHOWN : MEMBERS_IN_LIST);
	return { partners: partnerRows, members, needsSearch, query };
}
