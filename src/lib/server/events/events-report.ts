// « Rapports » (coordinators): what the events did over a period of Paris calendar days, both included — each
// occurrence held (not cancelled, already started) with its facilitators (who shared: this is how an event counts as
// knowledge shared), the people marked present (who learned) and the no-shows (registered, marked absent); and
// the totals, with the confirmed exchanges of the period. Nothing is written: attendance does not create
// exchanges (decision 022).
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { reportPeriod } from '../reports/report-period.ts';
import { REPORT_MAX_OCCURRENCES } from '../../validation/reports.ts';

/** A member (with a profile), or a guest without an account (decision 024): `guest` true, no profile link. */
export type ReportPerson = { id: string; name: string; guest?: boolean };
export type ReportOccurrence = {
	occurrenceId: string;
	eventId: string;
	title: string;
	startsAt: Date;
	attendanceMarked: boolean;
	facilitators: ReportPerson[];
	present: ReportPerson[];
	absent: ReportPerson[];
};
export type ReportTotals = {
	occurrences: number;
	occurrencesMarked: number;
	sharers: number;
	learners: number;
	presences: number;
	noShows: number;
	exchanges: number;
};

/** Who learned, counted once over the period: a member by account, a guest by email address. */
export const LEARNER = sql.raw(`coalesce(r.account_id::text, 'guest:' || lower(g.email))`);

type HeldRow = {
	occurrence_id: string;
	event_id: string;
	title: string;
	starts_at: Date | string;
	marked: boolean;
	facilitators: ReportPerson[] | string | null;
	present: ReportPerson[] | string | null;
	absent: ReportPerson[] | string | null;
};

const people = (value: ReportPerson[] | string | null): ReportPerson[] =>
	value === null ? [] : typeof value === 'string' ? (JSON.parse(value) as ReportPerson[]) : value;

export async function eventsReport(options: {
	actor: Actor | null;
	networkId: string;
	/** First day (YYYY-MM-DD, Paris), included. */
	from: string;
	/** Last day (YYYY-MM-DD, Paris), included. */
	to: string;
}): Promise<{ from: string; to: string; occurrences: ReportOccurrence[]; truncated: boolean; totals: ReportTotals }> {
	requireCoordinator(options.actor, options.networkId);
	const { networkId, from, to } = options;
	const { start, end } = reportPeriod(from, to);
	const at = now().toISOString();
	// Held: not cancelled, started within the period, and not in the future.
	const held = sql`o.network_id = ${networkId} and o.cancelled_at is null
		and o.starts_at >= ${start}::timestamptz and o.starts_at < ${end}::timestamptz
		and o.starts_at <= ${at}::timestamptz`;
	const marked = (attendance: 'present' | 'absent') =>
		sql`coalesce((select json_agg(json_build_object('id', coalesce(a.id, g.id), 'name', coalesce(a.name, g.name),
				'guest', g.id is not null) order by coalesce(a.name, g.name), r.id)
			from event_registrations r left join accounts a on a.id = r.account_id
				left join event_guests g on g.id = r.guest_id
			where r.occurrence_id = o.id and r.status = 'registered' and r.attendance = ${attendance}), '[]'::json)`;
	const [rows, totals] = await Promise.all([
		sqlRows<HeldRow>(
			db(),
			sql`select o.id as occurrence_id, o.event_id, e.title, o.starts_at, o.attendance_marked_at is not null as marked,
				coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name, a.id)
					from event_facilitators f join accounts a on a.id = f.account_id
					where f.event_id = o.event_id), '[]'::json) as facilitators,
				${marked('present')} as present,
				${marked('absent')} as absent
			from event_occurrences o join events e on e.id = o.event_id
			where ${held}
			order by o.starts_at, e.title, o.id
			limit ${REPORT_MAX_OCCURRENCES + 1}`
		),
		sqlRows<ReportTotals>(
			db(),
			sql`select
				(select count(*)::int from event_occurrences o where ${held}) as occurrences,
				(select count(*)::int from event_occurrences o where ${held} and o.attendance_marked_at is not null)
					as "occurrencesMarked",
				(select count(distinct f.account_id)::int from event_occurrences o
					join event_facilitators f on f.event_id = o.event_id where ${held}) as sharers,
				(select count(distinct ${LEARNER})::int from event_occurrences o
					join event_registrations r on r.occurrence_id = o.id left join event_guests g on g.id = r.guest_id
					where ${held} and r.status = 'registered' and r.attendance = 'present') as learners,
				(select count(*)::int from event_occurrences o
					join event_registrations r on r.occurrence_id = o.id
					where ${held} and r.status = 'registered' and r.attendance = 'present') as presences,
				(select count(*)::int from event_occurrences o
					join event_registrations r on r.occurrence_id = o.id
					where ${held} and r.status = 'registered' and r.attendance = 'absent') as "noShows",
				(select count(*)::int from exchanges x where x.network_id = ${networkId} and x.confirmed_at is not null
					and x.occurred_on between ${from}::date and ${to}::date) as exchanges`
		)
	]);
	const occurrences = rows.slice(0, REPORT_MAX_OCCURRENCES).map((r) => ({
		occurrenceId: r.occurrence_id,
		eventId: r.event_id,
		title: r.title,
		startsAt: new Date(r.starts_at),
		attendanceMarked: r.marked,
		facilitators: people(r.facilitators),
		present: people(r.present),
		absent: people(r.absent)
	}));
	return { from, to, occurrences, truncated: rows.length > REPORT_MAX_OCCURRENCES, totals: totals[0] };
}
