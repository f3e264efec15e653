import { sessionParticipants } from '#lib/server/skills-map/session-entry.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => sessionParticipants({ ...scopeOf(event), eventId: event.params.eventId }));
