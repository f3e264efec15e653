import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, messageReports, messages } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireParticipation } from './conversation-access.ts';

/** A message of the conversation the actor can see (not their own), for the report page; or not_found. */
export async function findReportableMessage(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	messageId: number;
}) {
	const { participation } = await requireParticipation(db(), options);
	if (!Number.isSafeInteger(options.messageId)) throw new AppError('not_found');
	const [message] = await db()
		.select({
			id: messages.id,
			body: messages.body,
			kind: messages.kind,
			createdAt: messages.createdAt,
			authorAccountId: messages.authorAccountId,
			authorName: accounts.name
		})
		.from(messages)
		.innerJoin(accounts, eq(accounts.id, messages.authorAccountId))
		.where(and(eq(messages.id, options.messageId), eq(messages.conversationId, participation.conversationId)));
	if (!message) throw new AppError('not_found');
	if (participation.leftAt && message.createdAt > participation.leftAt) throw new AppError('not_found');
	if (message.authorAccountId === participation.accountId) throw new AppError('forbidden');
	return message;
}

/**
 * « Signaler »: a participant reports someone else's message to the network's coordinators, with a reason. They
 * see the message and the reason, not the rest of the conversation. Reporting again while a report is open
 * changes nothing.
 */
export async function reportMessage(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	messageId: number;
	reason: string;
}) {
	const message = await findReportableMessage(options);
	await db()
		.insert(messageReports)
		.values({
			networkId: options.networkId,
			messageId: message.id,
			reporterAccountId: options.actor!.accountId,
			reason: options.reason,
			createdAt: now()
		})
		.onConflictDoNothing();
}
