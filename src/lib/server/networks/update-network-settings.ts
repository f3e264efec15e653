import { eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';

/** Returns the network as saved. */
export async function updateNetworkSettings(options: {
	actor: Actor | null;
	networkId: string;
	name: string;
	town: string;
	description: string;
	joinPolicy: 'open' | 'approval';
}) {
	requireCoordinator(options.actor, options.networkId);
	const { name, town, description, joinPolicy } = options;
	const [updated] = await db()
		.update(networks)
		.set({ name, town, description, joinPolicy })
		.where(eq(networks.id, options.networkId))
		.returning();
	return updated;
}
