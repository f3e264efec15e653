import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { sessions } from '../db/schema/index.ts';
import { sha256 } from './crypto.ts';
import { createSession, endSession, findSession, SESSION_DAYS } from './sessions.ts';

describe('sessions', () => {
	it('are stored by the hash of their token only', async () => {
		const account = await createAccount();
		const session = await createSession(account.id);
		const [row] = await db().select().from(sessions).where(eq(sessions.accountId, account.id));
		expect(row.idHash).toBe(sha256(session.token));
		expect(JSON.stringify(row)).not.toContain(session.token);
		expect((await findSession(session.token))?.accountId).toBe(account.id);
	});

	it('end on the server when logging out: the old cookie no longer works', async () => {
		const account = await createAccount();
		const session = await createSession(account.id);
		await endSession(session.token);
		expect(await findSession(session.token)).toBeUndefined();
	});

	it('expire after their lifetime', async () => {
		const account = await createAccount();
		const session = await createSession(account.id);
		advanceClock((SESSION_DAYS + 1) * 24 * 60 * 60 * 1000);
		expect(await findSession(session.token)).toBeUndefined();
	});

	it('do not accept a made-up token', async () => {
		expect(await findSession('invente')).toBeUndefined();
	});
});
