import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { spaceResources } from '../db/schema/index.ts';
import { checkResourceLinks, resourceColumns, resourceNameTaken, type ResourceContent } from './resource-content.ts';

/** A coordinator adds a room, a computer station or an item to a venue of the network. Returns the saved row. */
export async function addResource(options: { actor: Actor | null; networkId: string } & ResourceContent) {
	const actor = requireCoordinator(options.actor, options.networkId);
	await checkResourceLinks(db(), options.networkId, options);
	const at = now();
	const [resource] = await db()
		.insert(spaceResources)
		.values({
			...resourceColumns(options),
			networkId: options.networkId,
			createdByAccountId: actor.accountId,
			createdAt: at,
			updatedAt: at
		})
		.returning()
		.catch(resourceNameTaken);
	return resource;
}
