import { listThemes } from '#lib/server/skills/list-themes.ts';
import { guard } from '#lib/server/web/guard.ts';
import { networkOf, scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The printed questionnaire of a skills session (decision 034): the network's themes as boxes to tick, on paper.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event, 'coordinator');
		return { themes: await listThemes(scope), network: networkOf(event).name };
	});
