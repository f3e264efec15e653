import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		const profile = await getProfile({ actor: event.locals.actor, networkId, accountId: event.params.id });
		return { profile, isSelf: profile.accountId === event.locals.actor?.accountId };
	});
