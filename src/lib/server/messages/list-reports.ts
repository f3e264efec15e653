import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, messageReports, messages } from '../db/schema/index.ts';

const author = alias(accounts, 'author');
const reporter = alias(accounts, 'reporter');

/** « Signalements »: the open reports of the network, oldest first, each with the reported message. */
export async function listOpenReports(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: messageReports.id,
			reason: messageReports.reason,
			reportedAt: messageReports.createdAt,
			reporterName: reporter.name,
			messageBody: messages.body,
			messageKind: messages.kind,
			messageAt: messages.createdAt,
			authorAccountId: messages.authorAccountId,
			authorName: author.name
		})
		.from(messageReports)
		.innerJoin(messages, eq(messages.id, messageReports.messageId))
		.innerJoin(author, eq(author.id, messages.authorAccountId))
		.innerJoin(reporter, eq(reporter.id, messageReports.reporterAccountId))
		.where(and(eq(messageReports.networkId, options.networkId), isNull(messageReports.handledAt)))
		.orderBy(asc(messageReports.createdAt))
		.limit(200);
}
