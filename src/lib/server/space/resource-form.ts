import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { groups, themes, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findResource } from './resource-access.ts';

/** What the resource form offers: the venues in use, the open themes, the groups; and the resource to edit. */
export async function resourceForm(options: { actor: Actor | null; networkId: string; resourceId?: string }) {
	requireCoordinator(options.actor, options.networkId);
	const resource = options.resourceId ? await findResource(db(), options.networkId, options.resourceId) : undefined;
	if (options.resourceId && !resource) throw new AppError('not_found');
	const [venueChoices, themeChoices, groupChoices] = await Promise.all([
		db()
			.select({ id: venues.id, name: venues.name })
			.from(venues)
			.where(and(eq(venues.networkId, options.networkId), isNull(venues.archivedAt)))
			.orderBy(asc(venues.nameKey)),
		db()
			.select({ id: themes.id, name: themes.name })
			.from(themes)
			.where(and(eq(themes.networkId, options.networkId), isNull(themes.archivedAt)))
			.orderBy(asc(themes.position), asc(themes.nameKey)),
		db()
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(eq(groups.networkId, options.networkId))
			.orderBy(asc(groups.nameKey))
	]);
	return { resource, venues: venueChoices, themes: themeChoices, groups: groupChoices };
}
