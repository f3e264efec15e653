// « En réparation » and back (decision 030): an item under repair is neither lent nor kept for anyone; a hold it
// was kept for goes back to the head of the line (its arrival is unchanged) and is offered again when it is back.
import { and, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { libraryConditionNotes, libraryHolds, libraryRepairs, spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockItem } from './item-access.ts';
import { itemNow } from './item-state.ts';
import { offerNext } from './queue.ts';

type Options = { actor: Actor | null; networkId: string; resourceId: string; note: string };

/** The front desk puts an item under repair, with why. Refused while it is lent: record its return first. */
export async function startRepair(options: Options) {
	const actor = requireCoordinator(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const item = await lockItem(tx, options.networkId, options.resourceId);
		const state = await itemNow(tx, item.id);
		if (state.loan) throw new AppError('library_item_lent', 'resourceId');
		if (state.repair) throw new AppError('library_item_in_repair', 'resourceId');
		const at = now();
		if (state.offer) {
			await tx
				.update(libraryHolds)
				.set({ status: 'waiting', offeredAt: null, offerExpiresAt: null })
				.where(eq(libraryHolds.id, state.offer.id));
		}
		const [repair] = await tx
			.insert(libraryRepairs)
			.values({ networkId: options.networkId, resourceId: item.id, startedAt: at })
			.returning();
		await note(tx, options, actor.accountId, 'repair', at);
		return repair;
	});
}

/** The item is back from repair, with how it is now; the first person waiting is offered it. */
export async function endRepair(options: Options) {
	const actor = requireCoordinator(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const item = await lockItem(tx, options.networkId, options.resourceId);
		const at = now();
		const [ended] = await tx
			.update(libraryRepairs)
			.set({ endedAt: at })
			.where(and(eq(libraryRepairs.resourceId, item.id), isNull(libraryRepairs.endedAt)))
			.returning();
		if (!ended) throw new AppError('library_not_in_repair');
		await note(tx, options, actor.accountId, 'repaired', at);
		if (options.note !== '') {
			await tx
				.update(spaceResources)
				.set({ condition: options.note, updatedAt: at })
				.where(eq(spaceResources.id, item.id));
		}
		await offerNext(tx, item);
		return ended;
	});
}

async function note(tx: Tx, options: Options, authorAccountId: string, kind: 'repair' | 'repaired', at: Date) {
	await tx.insert(libraryConditionNotes).values({
		networkId: options.networkId,
		resourceId: options.resourceId,
		kind,
		note: options.note,
		authorAccountId,
		createdAt: at
	});
}
