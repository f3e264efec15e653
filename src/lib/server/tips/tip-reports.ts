// The coordinators' side of reported tips, shown on /coordination/signalements beside the reported messages.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, tipReports, tips } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

const author = alias(accounts, 'author');
const reporter = alias(accounts, 'reporter');

/** The network's open tip reports, oldest first, each with the tip and whether it is already hidden. */
export async function listOpenTipReports(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: tipReports.id,
			reason: tipReports.reason,
			reportedAt: tipReports.createdAt,
			reporterName: reporter.name,
			tipId: tips.id,
			tipTitle: tips.title,
			tipBody: tips.body,
			tipHidden: tips.hiddenAt,
			authorAccountId: tips.authorAccountId,
			authorName: author.name
		})
		.from(tipReports)
		.innerJoin(tips, eq(tips.id, tipReports.tipId))
		.innerJoin(author, eq(author.id, tips.authorAccountId))
		.innerJoin(reporter, eq(reporter.id, tipReports.reporterAccountId))
		.where(and(eq(tipReports.networkId, options.networkId), isNull(tipReports.handledAt)))
		.orderBy(asc(tipReports.createdAt))
		.limit(200);
}

/** « Marquer comme traité » without hiding the tip: the coordinator found nothing wrong. */
export async function markTipReportHandled(options: { actor: Actor | null; networkId: string; reportId: string }) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.reportId)) throw new AppError('not_found');
	const [handled] = await db()
		.update(tipReports)
		.set({ handledAt: now(), handledByAccountId: coordinator.accountId })
		.where(
			and(
				eq(tipReports.id, options.reportId),
				eq(tipReports.networkId, options.networkId),
				isNull(tipReports.handledAt)
			)
		)
		.returning({ id: tipReports.id });
	if (!handled) throw new AppError('not_found');
}
