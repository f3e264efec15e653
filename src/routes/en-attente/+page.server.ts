import { redirect } from '@sveltejs/kit';
import { isWaitingForApproval } from '#lib/server/networks/home-page.ts';
import { guard } from '#lib/server/web/guard.ts';
import { visitorScopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		if (!isWaitingForApproval(visitorScopeOf(event))) redirect(303, '/');
		return {};
	});
