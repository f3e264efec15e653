// Server-side sessions. The cookie carries a random token; the sessions table keys on its SHA-256.
import { and, eq, gt, lt } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
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

export async function setSessionNetwork(token: string, networkId: string): Promise<void> {
	await db()
		.update(sessions)
		.set({ currentNetworkId: networkId })
		.where(eq(sessions.idHash, sha256(token)));
}

export async function deleteExpiredSessions(): Promise<void> {
	await db().delete(sessions).where(lt(sessions.expiresAt, now()));
}
