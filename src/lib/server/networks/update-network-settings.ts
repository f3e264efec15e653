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

/**
 * How the network counts exchanges (decision 019): open reciprocity, time bank (with optional limits on
 * balances, in minutes: a lower limit ≤ 0, an upper limit ≥ 0) or gift. Switching keeps every exchange and
 * balance; the ledger only moves while in time-bank mode. Returns the network as saved.
 */
export async function updateReciprocitySettings(options: {
	actor: Actor | null;
	networkId: string;
	reciprocityMode: 'open' | 'time_bank' | 'gift';
	timeMinBalanceMinutes: number | null;
	timeMaxBalanceMinutes: number | null;
}) {
	requireCoordinator(options.actor, options.networkId);
	const { reciprocityMode, timeMinBalanceMinutes, timeMaxBalanceMinutes } = options;
	const [updated] = await db()
		.update(networks)
		.set({ reciprocityMode, timeMinBalanceMinutes, timeMaxBalanceMinutes })
		.where(eq(networks.id, options.networkId))
		.returning();
	return updated;
}
