import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { randomLoginCode, sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { isUuid } from '../db/ids.ts';
import { AppError } from '../errors.ts';

/**
 * For people with little digital practice: a coordinator creates the member with a name only and hands over a
 * printed login code. The code is returned once, here; only its hash is kept.
 */
export async function createMemberWithoutEmail({
	actor,
	networkId,
	name
}: {
	actor: Actor | null;
	networkId: string;
	name: string;
}) {
	const coordinator = requireCoordinator(actor, networkId);
	const code = randomLoginCode();
	const accountId = await db().transaction(async (tx) => {
		const [account] = await tx
			.insert(accounts)
			.values({ name, loginCodeHash: sha256(code), createdByAccountId: coordinator.accountId })
			.returning({ id: accounts.id });
		await tx.insert(memberships).values({
			networkId,
			accountId: account.id,
			status: 'active',
			decidedAt: now(),
			decidedByAccountId: coordinator.accountId
		});
		return account.id;
	});
	return { accountId, name, code };
}

/** Prints a new code for a member without email (the old one stops working), e.g. when the sheet is lost. */
export async function renewLoginCode({
	actor,
	networkId,
	accountId
}: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
}) {
	requireCoordinator(actor, networkId);
	// An address typed by hand: not even an id finds nobody.
	if (!isUuid(accountId)) throw new AppError('not_found');
	const code = randomLoginCode();
	const [member] = await db()
		.select({ name: accounts.name, email: accounts.email })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId)));
	// Members who have an email manage their own password; a coordinator only holds codes of the others.
	if (!member || member.email) throw new AppError('not_found');
	await db()
		.update(accounts)
		.set({ loginCodeHash: sha256(code) })
		.where(eq(accounts.id, accountId));
	return { accountId, name: member.name, code };
}
