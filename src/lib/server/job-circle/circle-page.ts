// The circle's page (`/entraide/emploi`, decision 031): for its members and the coordinators, who is looking for
// work, the recent check-ins (with the links an interview date offers), the live leads, the weekly meetings (the
// circle group's events) and the member's own status; for anyone else of the network, how to join.
import { sql } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { AppError, isAppError } from '../errors.ts';
import { listAgenda } from '../events/list-agenda.ts';
import { JOB_HELP_KINDS } from '../../job-circle-options.ts';
import { parisMonday } from '../../paris-time.ts';
import { findCircle, requireCircleReader } from './circle.ts';
import { recentCheckins } from './checkins.ts';
import { liveLeads } from './leads.ts';

/** « Bravo » stays on the circle's page this long after a celebrated « j'ai trouvé ! ». */
const CELEBRATION_DAYS = 30;
/** The meetings listed: the next few occurrences of the circle's events. */
const MEETINGS_SHOWN = 3;

export async function jobCirclePage(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	let reader;
	try {
		reader = await requireCircleReader(options);
	} catch (error) {
		if (!isAppError(error) || error.code !== 'job_circle_members_only') throw error;
		const circle = await findCircle(db(), options.networkId);
		return {
			reader: false as const,
			exists: circle !== undefined,
			isCoordinator: isCoordinator(actor, options.networkId)
		};
	}
	const { circle } = reader;
	const at = now();
	const [seekers, celebrations, checkins, leads, agenda] = await Promise.all([
		sqlRows<{ account_id: string; name: string; since: string | Date }>(
			db(),
			sql`select s.account_id, a.name, s.seeking_since as since
				from job_seekers s
				join accounts a on a.id = s.account_id
				join group_members g on g.group_id = ${circle.groupId} and g.account_id = s.account_id and g.status = 'active'
				where s.network_id = ${circle.networkId} and s.seeking_since is not null
				order by a.name limit 200`
		),
		sqlRows<{ name: string; found_at: string | Date }>(
			db(),
			sql`select a.name, s.found_at from job_seekers s
				join accounts a on a.id = s.account_id
				join group_members g on g.group_id = ${circle.groupId} and g.account_id = s.account_id and g.status = 'active'
				where s.network_id = ${circle.networkId} and s.celebrate
					and s.found_at > ${new Date(at.getTime() - CELEBRATION_DAYS * 86_400_000).toISOString()}::timestamptz
				order by s.found_at desc limit 10`
		),
		recentCheckins(db(), circle, at),
		liveLeads(db(), circle.networkId, actor.accountId),
		listAgenda({ actor, networkId: circle.networkId, groupId: circle.groupId })
	]);
	const week = parisMonday(at);
	const mine = checkins.find((c) => c.accountId === actor.accountId && c.week === week) ?? null;
	return {
		reader: true as const,
		groupId: circle.groupId,
		isMember: reader.isMember,
		isCoordinator: reader.isCoordinator,
		seeking: seekers.some((s) => s.account_id === actor.accountId),
		seekers: seekers.map((s) => ({ accountId: s.account_id, name: s.name, since: new Date(s.since) })),
		celebrations: celebrations.map((c) => ({ name: c.name, foundAt: new Date(c.found_at) })),
		myCheckin: mine,
		checkins: checkins.filter((c) => c !== mine),
		leads,
		meetings: agenda.weeks.flatMap((w) => w.items).slice(0, MEETINGS_SHOWN)
	};
}

/** The « ask for help » page: for the circle's members, who write their own requests. */
export async function jobHelpPage(options: { actor: Actor | null; networkId: string }) {
	const { isMember } = await requireCircleReader(options);
	if (!isMember) throw new AppError('job_circle_members_only');
	return { helpKinds: JOB_HELP_KINDS };
}
