import { getLocale } from '#lib/paraglide/runtime.js';
import { navigation } from '#lib/server/networks/navigation.ts';
import { guard } from '#lib/server/web/guard.ts';
import { visitorScopeOf } from '#lib/server/web/scope.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) =>
	guard(event, async () => {
		const { actor, networkId, network, unread } = visitorScopeOf(event);
		// Read on every navigation (also client-side ones), so that the unread badges stay current.
		void event.url.pathname;
		return {
			locale: getLocale(),
			actor: actor ? { name: actor.name, isInstanceAdmin: actor.isInstanceAdmin } : null,
			network: network ? { name: network.name, town: network.town } : null,
			...(await navigation({ actor, networkId, unread }))
		};
	});
