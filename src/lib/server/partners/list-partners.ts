// The coordinators' directory: every partner of the network (archived ones apart), with how many contacts,
// agreements and open referrals each has.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { partners } from '../db/schema/index.ts';
import type { PartnerKind } from '../../partner-options.ts';

export async function listPartners(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	// Counts by correlated subqueries over small per-partner indexes; the partners table is qualified explicitly
	// (DESIGN.md: Drizzle names a one-table select's columns without their table).
	const rows = await db()
		.select({
			id: partners.id,
			name: partners.name,
			kind: partners.kind,
			archivedAt: partners.archivedAt,
			contacts: sql<number>`(select count(*) from partner_contacts c where c.partner_id = "partners"."id")::int`,
			agreements: sql<number>`(select count(*) from partner_agreements a where a.partner_id = "partners"."id")::int`,
			openReferrals: sql<number>`(select count(*) from partner_referrals r
				where r.partner_id = "partners"."id" and r.status in ('proposed', 'contacted'))::int`
		})
		.from(partners)
		.where(eq(partners.networkId, options.networkId))
		.orderBy(asc(partners.nameKey));
	const all = rows.map((r) => ({ ...r, kind: r.kind as PartnerKind }));
	return { inUse: all.filter((p) => p.archivedAt === null), archived: all.filter((p) => p.archivedAt !== null) };
}

/** The partners a venue may be linked to (the venue form's list): those in use, by name. */
export async function partnerChoices(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({ id: partners.id, name: partners.name })
		.from(partners)
		.where(and(eq(partners.networkId, options.networkId), isNull(partners.archivedAt)))
		.orderBy(asc(partners.nameKey));
}
