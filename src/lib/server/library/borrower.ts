import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** The front desk lends to active members of the network only: anyone else is refused next to the field. */
export async function requireBorrower(q: Queryable, networkId: string, accountId: string) {
	const [member] = isUuid(accountId)
		? await q
				.select({ status: memberships.status })
				.from(memberships)
				.where(and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId)))
		: [];
	if (member?.status !== 'active') throw new AppError('space_member_unknown', 'accountId');
}
