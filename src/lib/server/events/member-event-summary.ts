// The events part of a member's profile: « Ateliers animés » (occurrences held — not cancelled, started — of events
// they facilitate; shown with « Savoirs partagés ») and « Ateliers suivis » (occurrences where they were marked
// present; shown with « Savoirs reçus »). Counts and the latest few; these are not exchanges (decision 022).
// Occurrences of « anyone with the link » events are counted, but their titles are listed only to the member
// themselves and to coordinators (the link is a secret).
import { sql } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { activeMemberOf } from '../profiles/find-member.ts';

export const EVENTS_ON_PROFILE = 3;

export type ProfileOccurrence = { occurrenceId: string; eventId: string; title: string; startsAt: Date };

type LatestRow = {
	role: 'led' | 'attended';
	occurrence_id: string;
	event_id: string;
	title: string;
	starts_at: Date | string;
};

export async function memberEventSummary(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const { networkId } = options;
	const who = member.accountId;
	const seesAll = actor.accountId === who || isCoordinator(actor, networkId);
	const at = now().toISOString();
	const led = sql`from event_occurrences o join event_facilitators f on f.event_id = o.event_id
		join events e on e.id = o.event_id
		where o.network_id = ${networkId} and f.account_id = ${who} and o.cancelled_at is null
			and o.starts_at <= ${at}::timestamptz`;
	const attended = sql`from event_registrations r join event_occurrences o on o.id = r.occurrence_id
		join events e on e.id = o.event_id
		where r.network_id = ${networkId} and r.account_id = ${who} and r.status = 'registered'
			and r.attendance = 'present' and o.cancelled_at is null`;
	const listed = sql`(e.audience <> 'link' or ${seesAll})`;
	const [counts, latest] = await Promise.all([
		sqlRows<{ led: number; attended: number }>(
			db(),
			sql`select (select count(*)::int ${led}) as led, (select count(*)::int ${attended}) as attended`
		),
		sqlRows<LatestRow>(
			db(),
			sql`(select 'led' as role, o.id as occurrence_id, o.event_id, e.title, o.starts_at ${led} and ${listed}
				order by o.starts_at desc limit ${EVENTS_ON_PROFILE})
			union all
			(select 'attended' as role, o.id as occurrence_id, o.event_id, e.title, o.starts_at ${attended} and ${listed}
				order by o.starts_at desc limit ${EVENTS_ON_PROFILE})`
		)
	]);
	const pick = (role: LatestRow['role']): ProfileOccurrence[] =>
		latest
			.filter((r) => r.role === role)
			.map((r) => ({
				occurrenceId: r.occurrence_id,
				eventId: r.event_id,
				title: r.title,
				startsAt: new Date(r.starts_at)
			}))
			.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
	return {
		ledCount: counts[0].led,
		attendedCount: counts[0].attended,
		led: pick('led'),
		attended: pick('attended')
	};
}
