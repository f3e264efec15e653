import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { partners } from '../db/schema/index.ts';
import { requireManagedPartner } from './find-partner.ts';
import { partnerColumns, partnerNameTaken, setPartnerThemesAndSkills, type PartnerContent } from './partner-content.ts';

/** A coordinator changes a partner's card (archived ones too). Returns the saved partner. */
export async function updatePartner(
	options: { actor: Actor | null; networkId: string; partnerId: string } & PartnerContent
) {
	const { actor, partner } = await requireManagedPartner(options);
	return db().transaction(async (tx) => {
		const [saved] = await tx
			.update(partners)
			.set({ ...partnerColumns(options), updatedAt: now() })
			.where(and(eq(partners.networkId, options.networkId), eq(partners.id, partner.id)))
			.returning()
			.catch(partnerNameTaken);
		await setPartnerThemesAndSkills(tx, {
			actor,
			networkId: options.networkId,
			partnerId: partner.id,
			content: options
		});
		return saved;
	});
}
