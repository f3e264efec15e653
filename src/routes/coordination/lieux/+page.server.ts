import { archiveVenue } from '#lib/server/venues/archive-venue.ts';
import { listVenues } from '#lib/server/venues/list-venues.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { venueIdInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const venues = await listVenues({ ...scopeOf(event), withArchived: true });
		return {
			inUse: venues.filter((v) => v.archivedAt === null),
			archived: venues.filter((v) => v.archivedAt !== null),
			done: flashOf(event, ['enregistre'])
		};
	});

export const actions: Actions = {
	archive: (event) =>
		handleForm(event, venueIdInput, async (input) => {
			await archiveVenue({ ...scopeOf(event), venueId: input.venueId, archived: true });
			return { archived: true };
		}),
	unarchive: (event) =>
		handleForm(event, venueIdInput, async (input) => {
			await archiveVenue({ ...scopeOf(event), venueId: input.venueId, archived: false });
			return { unarchived: true };
		})
};
