// « Liens en attente » (/coordination/courriels): the unsent log-in and reset links of the members a coordinator
// helps, without their text. Showing one is a separate, journaled act (show-waiting-link.ts).
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { findWaitingLinks, outboxMode } from './waiting-links.ts';

export async function listWaitingLinks(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	if (!outboxMode()) return { outboxMode: false, links: [] };
	const rows = await findWaitingLinks(options.networkId);
	return {
		outboxMode: true,
		links: rows.map((row) => ({
			id: row.id,
			subject: row.subject,
			createdAt: row.createdAt,
			toName: row.toName,
			toAddress: row.toAddress,
			pending: row.membershipStatus === 'pending'
		}))
	};
}
