import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { partners } from '../db/schema/index.ts';
import { partnerColumns, partnerNameTaken, setPartnerThemesAndSkills, type PartnerContent } from './partner-content.ts';

/** A coordinator adds a partner organisation to the network's directory. Returns the saved partner. */
export async function createPartner(options: { actor: Actor | null; networkId: string } & PartnerContent) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const at = now();
	return db().transaction(async (tx) => {
		const [partner] = await tx
			.insert(partners)
			.values({
				...partnerColumns(options),
				networkId: options.networkId,
				createdByAccountId: actor.accountId,
				createdAt: at,
				updatedAt: at
			})
			.returning()
			.catch(partnerNameTaken);
		await setPartnerThemesAndSkills(tx, {
			actor,
			networkId: options.networkId,
			partnerId: partner.id,
			content: options
		});
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_created',
			subjectId: partner.id,
			detail: partner.name
		});
		return partner;
	});
}
