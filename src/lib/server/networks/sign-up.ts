import { and, eq } from 'drizzle-orm';
import { hashPassword } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { notifyCoordinatorsOfRequest } from './notify-coordinators.ts';
import { getNetworkBySlug } from './find-network.ts';

export type SignUpInput = {
	name: string;
	email: string;
	password: string;
	networkSlug: string;
	origin: string;
	locale?: 'fr' | 'en';
	/** Runs in the same transaction once the membership is written (an invitation link counts the join). */
	whileJoining?: JoinHook;
};

export type JoinHook = (tx: Tx, joined: { accountId: string; networkId: string }) => Promise<void>;

/**
 * Creates an account and its membership in one network: active at once in an open network, pending
 * (and coordinators told) in a network that approves its members.
 */
export async function signUp(input: SignUpInput) {
	const network = await getNetworkBySlug(input.networkSlug);
	const passwordHash = await hashPassword(input.password);
	const status = network.joinPolicy === 'open' ? 'active' : 'pending';
	try {
		const accountId = await db().transaction(async (tx) => {
			const [account] = await tx
				.insert(accounts)
				.values({ name: input.name, email: input.email.toLowerCase(), passwordHash, locale: input.locale ?? 'fr' })
				.returning({ id: accounts.id });
			await tx.insert(memberships).values({
				networkId: network.id,
				accountId: account.id,
				role: 'member',
				status,
				decidedAt: status === 'active' ? now() : null
			});
			if (status === 'pending') await notifyCoordinatorsOfRequest(tx, network, input.name, input.origin);
			await input.whileJoining?.(tx, { accountId: account.id, networkId: network.id });
			return account.id;
		});
		return { accountId, networkId: network.id, status };
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('email_taken', 'email');
		throw error;
	}
}

export async function membershipStatus(accountId: string, networkId: string) {
	const [row] = await db()
		.select({ status: memberships.status })
		.from(memberships)
		.where(and(eq(memberships.accountId, accountId), eq(memberships.networkId, networkId)));
	return row?.status;
}
