import { and, count, eq } from 'drizzle-orm';
import { db } from '../db/client.ts';
import { memberships } from '../db/schema/index.ts';

export async function countPendingMemberships(networkId: string): Promise<number> {
	const [row] = await db()
		.select({ n: count() })
		.from(memberships)
		.where(and(eq(memberships.networkId, networkId), eq(memberships.status, 'pending')));
	return row.n;
}
