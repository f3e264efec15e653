// Serving the holds in order (decision 030), like the events' waiting list: when an item is free (no open loan,
// no repair, nobody it is kept for), the first waiting hold is offered: the member is told and the item is kept
// for them until the offer's end. Callers hold the item's lock (item-access.ts).
import { eq } from 'drizzle-orm';
import { now } from '../clock.ts';
import type { Tx } from '../db/client.ts';
import { libraryHolds } from '../db/schema/index.ts';
import type { Item } from './item-access.ts';
import { firstWaiting, itemNow } from './item-state.ts';
import { notifyLibrary } from './notify-library.ts';
import { offerEnd } from './rules.ts';

/** Offers the item to the first member waiting for it, if it is free. Returns that hold's id, or null. */
export async function offerNext(tx: Tx, item: Item): Promise<string | null> {
	const state = await itemNow(tx, item.id);
	if (state.loan || state.repair || state.offer) return null;
	const next = await firstWaiting(tx, item.id);
	if (!next) return null;
	const at = now();
	const { lastDay, expiresAt } = offerEnd(at);
	await tx
		.update(libraryHolds)
		.set({ status: 'offered', offeredAt: at, offerExpiresAt: expiresAt })
		.where(eq(libraryHolds.id, next.id));
	await notifyLibrary(tx, {
		networkId: item.networkId,
		accountId: next.accountId,
		what: 'hold_ready',
		item,
		until: lastDay
	});
	return next.id;
}
