// What the shared space served over a report's period (issue 15: « a loan and a booking count for reports, not in
// the time bank »): room and computer-station slots used, the people who came with a booking, and the tool
// library's loans and borrowers. A booking counts when it was confirmed, started within the period (and not in
// the future) and its person was not marked absent; a room booked for an event is counted with the events.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { reportPeriod } from '../reports/report-period.ts';

export type SpaceServed = {
	roomSlots: number;
	stationSlots: number;
	bookers: number;
	loans: number;
	borrowers: number;
};

export async function spaceReport(options: {
	actor: Actor | null;
	networkId: string;
	/** First day (YYYY-MM-DD, Paris), included. */
	from: string;
	/** Last day (YYYY-MM-DD, Paris), included. */
	to: string;
}): Promise<SpaceServed> {
	requireCoordinator(options.actor, options.networkId);
	const { start, end } = reportPeriod(options.from, options.to);
	const { networkId } = options;
	const at = now().toISOString();
	const used = sql`b.network_id = ${networkId} and b.status = 'confirmed' and b.occurrence_id is null
		and b.no_show_at is null and b.starts_at >= ${start}::timestamptz and b.starts_at < ${end}::timestamptz
		and b.starts_at <= ${at}::timestamptz`;
	const lent = sql`l.network_id = ${networkId} and l.lent_at >= ${start}::timestamptz and l.lent_at < ${end}::timestamptz`;
	const [row] = await sqlRows<SpaceServed>(
		db(),
		sql`select
			(select count(*)::int from space_bookings b join space_resources r on r.id = b.resource_id
				where ${used} and r.kind = 'room') as "roomSlots",
			(select count(*)::int from space_bookings b join space_resources r on r.id = b.resource_id
				where ${used} and r.kind = 'station') as "stationSlots",
			(select count(distinct b.account_id)::int from space_bookings b where ${used}) as bookers,
			(select count(*)::int from library_loans l where ${lent}) as loans,
			(select count(distinct l.account_id)::int from library_loans l where ${lent}) as borrowers`
	);
	return row;
}
