// Server-side sessions. The cookie carries a random token; the sessions table keys on its SHA-256.
import { and, eq, gt, ne } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { sessions } from '../db/schema/index.ts';
import { randomToken, sha256 } from './crypto.ts';

export const SESSION_COOKIE = 'entrelien_session';
export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export type Session = { token: string; expiresAt: Date };

export async function createSession(accountId: string, currentNetworkId?: string | null): Promise<Session> {
	const token = randomToken();
	const expiresAt = new Date(now().getTime() + SESSION_DAYS * DAY);
	await db()
		.insert(sessions)
		.values({ idHash: sha256(token), accountId, currentNetworkId: currentNetworkId ?? null, expiresAt });
	return { token, expiresAt };
}

export async function findSession(token: string) {
	const [row] = await db()
		.select()
		.from(sessions)
		.where(and(eq(sessions.idHash, sha256(token)), gt(sessions.expiresAt, now())))
		.limit(1);
	return row;
}

export async function endSession(token: string): Promise<void> {
	await db()
		.delete(sessions)
		.where(eq(sessions.idHash, sha256(token)));
}

/** Ends every session of an account, e.g. after a password reset. */
export async function endAllSessions(accountId: string): Promise<void> {
	await db().delete(sessions).where(eq(sessions.accountId, accountId));
}

/**
 * Ends every session of an account but the one of this token (the person changing their password stays logged
 * in; whoever else had the old password does not). Without a token, ends them all.
 */
export async function endOtherSessions(
	accountId: string,
	keepToken: string | undefined,
	tx?: Queryable
): Promise<void> {
	const others = keepToken ? ne(sessions.idHash, sha256(keepToken)) : undefined;
	await (tx ?? db()).delete(sessions).where(and(eq(sessions.accountId, accountId), others));
}

export async function setSessionNetwork(token: string, networkId: string): Promise<void> {
	await db()
		.update(sessions)
		.set({ currentNetworkId: networkId })
		.where(eq(sessions.idHash, sha256(token)));
}
