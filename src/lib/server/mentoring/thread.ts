// The pair's own thread (decision 036): the mentor and the member only — never the coordinators. It exists
// apart from private messages (decision 018) because those are between members, and the mentor is not one.
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, mentoringMessages } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { pairFor } from './access.ts';

/** The thread's last messages, oldest first (a pair writes a few a week: 200 is months). */
export async function listThread(options: { actor: Actor | null; mentoringId: string }) {
	const pair = await pairFor(options.actor, options.mentoringId);
	const messages = await db()
		.select({
			id: mentoringMessages.id,
			body: mentoringMessages.body,
			createdAt: mentoringMessages.createdAt,
			authorAccountId: mentoringMessages.authorAccountId,
			author: accounts.name
		})
		.from(mentoringMessages)
		.leftJoin(accounts, eq(accounts.id, mentoringMessages.authorAccountId))
		.where(eq(mentoringMessages.mentoringId, pair.mentoring.id))
		.orderBy(asc(mentoringMessages.createdAt), asc(mentoringMessages.id))
		.limit(200);
	return { ...pair, messages };
}

/** Writing is open while the mentoring is proposed or running (to agree on a first date); not once it ended. */
export async function postToThread(options: { actor: Actor | null; mentoringId: string; body: string }) {
	const pair = await pairFor(options.actor, options.mentoringId);
	if (pair.mentoring.status !== 'proposed' && pair.mentoring.status !== 'active') {
		throw new AppError('mentoring_ended');
	}
	await db().insert(mentoringMessages).values({
		networkId: pair.mentoring.networkId,
		mentoringId: pair.mentoring.id,
		authorAccountId: options.actor!.accountId,
		body: options.body,
		createdAt: now()
	});
}
