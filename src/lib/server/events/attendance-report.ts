// What the events did, for the coordinators' reports: over a period, the occurrences held with attendance marked,
// the members who shared (their facilitators: this is how an event counts as knowledge shared), the members who
// learned (present), and the no-shows (registered, absent).
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';
import { LEARNER } from './events-report.ts';

export type AttendanceReport = {
	occurrences: number;
	sharers: number;
	learners: number;
	presences: number;
	noShows: number;
};

export async function attendanceReport(options: {
	actor: Actor | null;
	networkId: string;
	from: Date;
	to: Date;
}): Promise<AttendanceReport> {
	requireCoordinator(options.actor, options.networkId);
	const period = sql`o.network_id = ${options.networkId} and o.cancelled_at is null
		and o.attendance_marked_at is not null
		and o.starts_at >= ${options.from.toISOString()}::timestamptz
		and o.starts_at < ${options.to.toISOString()}::timestamptz`;
	const [row] = await sqlRows<AttendanceReport>(
		db(),
		sql`select
			(select count(*)::int from event_occurrences o where ${period}) as occurrences,
			(select count(distinct f.account_id)::int from event_occurrences o
				join event_facilitators f on f.event_id = o.event_id where ${period}) as sharers,
			(select count(distinct ${LEARNER})::int from event_occurrences o
				join event_registrations r on r.occurrence_id = o.id left join event_guests g on g.id = r.guest_id where ${period} and r.attendance = 'present') as learners,
			(select count(*)::int from event_occurrences o
				join event_registrations r on r.occurrence_id = o.id where ${period} and r.attendance = 'present') as presences,
			(select count(*)::int from event_occurrences o
				join event_registrations r on r.occurrence_id = o.id where ${period} and r.attendance = 'absent') as "noShows"`
	);
	return row;
}
