import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkResourceLinks, resourceColumns, resourceNameTaken, type ResourceContent } from './resource-content.ts';

/**
 * A coordinator changes a resource and its rules, or archives it (no new bookings; its history stays) and brings
 * it back. New rules apply to new bookings: those already made keep their time and buffer.
 */
export async function editResource(
	options: { actor: Actor | null; networkId: string; resourceId: string; archived: boolean } & ResourceContent
) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.resourceId)) throw new AppError('not_found');
	await checkResourceLinks(db(), options.networkId, options);
	const at = now();
	const [resource] = await db()
		.update(spaceResources)
		.set({ ...resourceColumns(options), archivedAt: options.archived ? at : null, updatedAt: at })
		.where(and(eq(spaceResources.networkId, options.networkId), eq(spaceResources.id, options.resourceId)))
		.returning()
		.catch(resourceNameTaken);
	if (!resource) throw new AppError('not_found');
	return resource;
}
