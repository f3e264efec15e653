import { searchOptions } from '#lib/server/search/search-options.ts';
import { coordinatorSkillsMap } from '#lib/server/skills-map/skills-map.ts';
import { guard } from '#lib/server/web/guard.ts';
import { readQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { mapQuery } from '#lib/validation/skills-map.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event, 'coordinator');
		const { neighbourhoods } = await searchOptions(scope);
		const query = readQuery(event, mapQuery);
		if (!query.ok) return { values: query.values, errors: query.errors, neighbourhoods, map: null, csv: null };
		const { quartier, du, au } = query.data;
		const map = await coordinatorSkillsMap({
			...scope,
			neighbourhood: quartier,
			from: du || undefined,
			to: au || undefined
		});
		const csv = `/coordination/carte/carte-des-savoirs.csv${event.url.search}`;
		return { values: { quartier, du, au }, errors: {} as Record<string, string>, neighbourhoods, map, csv };
	});
