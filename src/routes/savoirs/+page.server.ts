import { membersSkillsMap } from '#lib/server/skills-map/skills-map.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The members' « carte des savoirs »: small counts of people already hidden by the domain (« moins de 3 »).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ map: await membersSkillsMap(scopeOf(event)) }));
