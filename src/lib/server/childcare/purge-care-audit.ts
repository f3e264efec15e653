// Worker sweep: the journal's lines about who viewed a childcare request or its details are kept one year, then
// deleted (decision 032). Other journal lines are not touched.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';

export const CARE_AUDIT_DAYS = 365;
const PURGE_BATCH = 100;

export async function purgeCareAudit(): Promise<number> {
	const before = new Date(now().getTime() - CARE_AUDIT_DAYS * 86_400_000).toISOString();
	return inBatches(
		Number.POSITIVE_INFINITY,
		async (size) =>
			(
				await sqlRows<{ id: string }>(
					db(),
					sql`delete from audit_log where id in (select id from audit_log
						where action in ('childcare_viewed', 'childcare_details_viewed') and at < ${before}::timestamptz
						limit ${size}) returning id`
				)
			).length,
		PURGE_BATCH
	);
}
