// Someone opens an invitation link (decision 039): the page counts the opening — a counter, no address, no
// cookie — and shows the network, or why the link can no longer be used.
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { countOpening, findLinkByToken, joinsOf, linkState } from './links.ts';

/** `count: false` shows the page again without counting (the same visit, after a refused form). */
export async function openInvitationLink(options: { token: string; count?: boolean }) {
	const q = db();
	const { link, network } = await findLinkByToken(q, options.token);
	if (options.count !== false) await countOpening(q, link.id);
	return {
		state: linkState(link, await joinsOf(q, link.id), now()),
		network: {
			id: network.id,
			name: network.name,
			town: network.town,
			description: network.description,
			joinPolicy: network.joinPolicy
		}
	};
}
