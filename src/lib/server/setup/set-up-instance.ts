// The one-time setup of a new instance: its first network and first coordinator, who also administers the
// instance. The single-row `instance` table makes a second setup fail, even under concurrent submissions.
import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accounts, instance, memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { insertNetwork, type NetworkFields } from '../networks/create-network.ts';

export type FirstCoordinator = { name: string; email: string; password: string; locale?: 'fr' | 'en' };

export async function isSetupDone(): Promise<boolean> {
	const [row] = await db().select({ n: count() }).from(instance);
	return row.n > 0;
}

/** Runs `fill` in the setup transaction, after the instance row and the first coordinator exist. */
export async function setUpInstance(
	network: NetworkFields,
	coordinator: FirstCoordinator,
	fill?: (tx: Queryable, ids: { networkId: string; accountId: string }) => Promise<void>
) {
	const passwordHash = await hashPassword(coordinator.password);
	try {
		return await db().transaction(async (tx) => {
			await tx.insert(instance).values({ id: 1, setupAt: now() });
			const created = await insertNetwork(tx, network);
			const [account] = await tx
				.insert(accounts)
				.values({
					name: coordinator.name,
					email: coordinator.email.toLowerCase(),
					passwordHash,
					isInstanceAdmin: true,
					locale: coordinator.locale ?? 'fr'
				})
				.returning({ id: accounts.id });
			await tx.insert(memberships).values({
				networkId: created.id,
				accountId: account.id,
				role: 'coordinator',
				status: 'active',
				decidedAt: now()
			});
			const ids = { networkId: created.id, accountId: account.id };
			await fill?.(tx, ids);
			return ids;
		});
	} catch (error) {
		if (isUniqueViolation(error)) {
			if (await isSetupDone()) throw new AppError('setup_already_done');
			throw new AppError('email_taken', 'email');
		}
		throw error;
	}
}
