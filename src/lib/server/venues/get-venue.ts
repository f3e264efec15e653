import { requireMember, type Actor } from '../auth/policies.ts';
import { AppError } from '../errors.ts';
import { findPartner } from '../partners/find-partner.ts';
import { findVenue } from './find-venue.ts';

/**
 * A venue's page for an active member of the network, door code included: members come to the place, and the
 * code is never shown outside the network (decision 021). Archived venues stay readable (past events link them).
 */
export async function getVenue(options: { actor: Actor | null; networkId: string; venueId: string }) {
	requireMember(options.actor, options.networkId);
	const venue = await findVenue(options);
	if (!venue) throw new AppError('not_found');
	// The linked partner of the directory (decision 035), when members may open its card (not archived).
	const partner = venue.partnerId
		? await findPartner({ networkId: options.networkId, partnerId: venue.partnerId })
		: undefined;
	return { ...venue, partner: partner && !partner.archivedAt ? { id: partner.id, name: partner.name } : null };
}
