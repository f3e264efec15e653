// Single-use links sent by email (password reset, log-in link). Taking a link marks it used in the same
// statement that checks it, so two clicks cannot both succeed.
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, type Queryable, type Tx } from '../db/client.ts';
import { emailTokens } from '../db/schema/index.ts';
import { lockUntilCommit } from '../db/xact-lock.ts';
import { AppError } from '../errors.ts';
import { randomToken, sha256 } from '../auth/crypto.ts';

export type LinkPurpose = 'password_reset' | 'magic_link';
export const LINK_MINUTES: Record<LinkPurpose, number> = { password_reset: 60, magic_link: 20 };
/** At most this many links per account per hour, so nobody can flood someone's inbox. */
export const MAX_LINKS_PER_HOUR = 5;

/**
 * Creates a link unless the account already received MAX_LINKS_PER_HOUR in the last hour (then null). The count
 * and the insert run under a lock on the account's links until `tx` ends, so simultaneous requests cannot all
 * pass the count. Keep `tx` short: it holds that lock.
 */
export async function createLimitedEmailLink(tx: Tx, accountId: string, purpose: LinkPurpose): Promise<string | null> {
	await lockUntilCommit(tx, `email-links:${accountId}`);
	const since = new Date(now().getTime() - 60 * 60 * 1000);
	const [row] = await tx
		.select({ n: count() })
		.from(emailTokens)
		.where(and(eq(emailTokens.accountId, accountId), gt(emailTokens.createdAt, since)));
	if (row.n >= MAX_LINKS_PER_HOUR) return null;
	return createEmailLink(accountId, purpose, tx);
}

export async function createEmailLink(accountId: string, purpose: LinkPurpose, tx?: Queryable): Promise<string> {
	const token = randomToken();
	const expiresAt = new Date(now().getTime() + LINK_MINUTES[purpose] * 60 * 1000);
	await (tx ?? db())
		.insert(emailTokens)
		.values({ tokenHash: sha256(token), accountId, purpose, expiresAt, createdAt: now() });
	return token;
}

/** Marks the link used and returns its account, or throws token_invalid (unknown, used or expired). */
export async function consumeEmailLink(token: string, purpose: LinkPurpose, tx?: Queryable): Promise<string> {
	const [row] = await (tx ?? db())
		.update(emailTokens)
		.set({ usedAt: now() })
		.where(
			and(
				eq(emailTokens.tokenHash, sha256(token)),
				eq(emailTokens.purpose, purpose),
				isNull(emailTokens.usedAt),
				gt(emailTokens.expiresAt, now())
			)
		)
		.returning({ accountId: emailTokens.accountId });
	if (!row) throw new AppError('token_invalid');
	return row.accountId;
}

/** Whether a link can still be used, without using it (to show the right page before the person confirms). */
export async function isEmailLinkUsable(token: string, purpose: LinkPurpose): Promise<boolean> {
	const [row] = await db()
		.select({ accountId: emailTokens.accountId })
		.from(emailTokens)
		.where(
			and(
				eq(emailTokens.tokenHash, sha256(token)),
				eq(emailTokens.purpose, purpose),
				isNull(emailTokens.usedAt),
				gt(emailTokens.expiresAt, now())
			)
		)
		.limit(1);
	return Boolean(row);
}
