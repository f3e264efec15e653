import { and, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { messageReports } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** « Marquer comme traité »: a coordinator of the network closes a report. */
export async function markReportHandled(options: { actor: Actor | null; networkId: string; reportId: string }) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.reportId)) throw new AppError('not_found');
	const [handled] = await db()
		.update(messageReports)
		.set({ handledAt: now(), handledByAccountId: actor.accountId })
		.where(
			and(
				eq(messageReports.id, options.reportId),
				eq(messageReports.networkId, options.networkId),
				isNull(messageReports.handledAt)
			)
		)
		.returning({ id: messageReports.id });
	if (!handled) throw new AppError('not_found');
}
