import { homePage } from '#lib/server/networks/home-page.ts';
import { guard } from '#lib/server/web/guard.ts';
import { visitorScopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor, networkId, network, suspendedNetworks } = visitorScopeOf(event);
		return { description: network?.description ?? '', ...(await homePage({ actor, networkId, suspendedNetworks })) };
	});
