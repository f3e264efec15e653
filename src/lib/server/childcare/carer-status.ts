// Who is trusted with children: a member is a carer while their row in `childcare_carers` is active. Everything
// about requests asks this first; a member who is not an active carer meets « not found » (decision 032).
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { childcareCarers } from '../db/schema/index.ts';

export type CarerRow = typeof childcareCarers.$inferSelect;

/** The member's carer row in this network, if a coordinator ever met them. */
export async function carerRow(q: Queryable, networkId: string, accountId: string): Promise<CarerRow | undefined> {
	const [row] = await q
		.select()
		.from(childcareCarers)
		.where(and(eq(childcareCarers.networkId, networkId), eq(childcareCarers.accountId, accountId)));
	return row;
}

export async function isActiveCarer(q: Queryable, networkId: string, accountId: string): Promise<boolean> {
	return (await carerRow(q, networkId, accountId))?.status === 'active';
}
