import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { partners } from '../db/schema/index.ts';
import { requireManagedPartner } from './find-partner.ts';
import { partnerNameTaken } from './partner-content.ts';

/**
 * A coordinator archives a partner the network no longer works with, or brings it back. Partners are never
 * deleted: venues, agreements and referrals keep pointing to them. An archived partner leaves the members' directory
 * and takes no new referral. Bringing one back whose name was given to another meanwhile is refused.
 */
export async function archivePartner(options: {
	actor: Actor | null;
	networkId: string;
	partnerId: string;
	archived: boolean;
}) {
	const { actor, partner } = await requireManagedPartner(options);
	const at = now();
	return db().transaction(async (tx) => {
		const [saved] = await tx
			.update(partners)
			.set({ archivedAt: options.archived ? at : null, updatedAt: at })
			.where(and(eq(partners.networkId, options.networkId), eq(partners.id, partner.id)))
			.returning()
			.catch(partnerNameTaken);
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: options.archived ? 'partner_archived' : 'partner_unarchived',
			subjectId: partner.id,
			detail: partner.name
		});
		return saved;
	});
}
