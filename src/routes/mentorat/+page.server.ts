import { mentoringOverview } from '#lib/server/mentoring/overview.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { guard } from '#lib/server/web/guard.ts';
import { accountOf, visitorScopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// Mentors have no network in their session (no membership): the page reads their mentor rows from the account.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await mentoringOverview({ actor: accountOf(event), networkId: visitorScopeOf(event).networkId })),
		done: flashOf(event, ['demande', 'quitte'])
	}));
