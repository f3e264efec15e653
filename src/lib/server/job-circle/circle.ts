// The job circle of a network (decision 031): a group of that network, named in `job_circles` (one per network,
// its primary key). It is made at first use — a member joining it or a coordinator opening it — with the theme its
// job-search requests are filed under and the five help skills matching reads.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import { isCoordinator, requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { groupMembers, groups, jobCircles, themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { groupMemberOf } from '../groups/group-access.ts';
import { ensureHelpSkills } from './help-skills.ts';

export type Circle = { networkId: string; groupId: string; themeId: string | null; groupName: string };

// Names are written in French, the network's language, like the seeded themes.
const fr = { locale: 'fr' } as const;

/** The network's circle, or undefined before its first use. */
export async function findCircle(q: Queryable, networkId: string): Promise<Circle | undefined> {
	const [row] = await q
		.select({
			networkId: jobCircles.networkId,
			groupId: jobCircles.groupId,
			themeId: groups.themeId,
			groupName: groups.name
		})
		.from(jobCircles)
		.innerJoin(groups, eq(groups.id, jobCircles.groupId))
		.where(eq(jobCircles.networkId, networkId));
	return row;
}

/** The theme job-search requests go under: the seeded « Emploi & démarches » if still open, else a new one. */
async function circleTheme(q: Queryable, networkId: string) {
	for (const name of [m.theme_seed_jobs({}, fr), m.job_circle_theme_name({}, fr)]) {
		const [theme] = await q
			.select({ id: themes.id })
			.from(themes)
			.where(
				and(eq(themes.networkId, networkId), sql`${themes.nameKey} = name_key(${name})`, isNull(themes.archivedAt))
			);
		if (theme) return theme.id;
	}
	const [created] = await q
		.insert(themes)
		.values({ networkId, name: m.job_circle_theme_name({}, fr), position: 1000 })
		.onConflictDoNothing()
		.returning({ id: themes.id });
	// An archived theme of that name exists: requests then go without a dedicated theme, under the circle's group.
	return created?.id ?? null;
}

/**
 * The circle, made if it does not exist yet. A group already named « Cercle emploi » (a coordinator made one by
 * hand) becomes the circle rather than a second group of the same name. Two first uses at once make one circle:
 * the primary key decides, and the loser's transaction is rolled back and reads the winner's.
 */
export async function ensureCircle(networkId: string, accountId: string): Promise<Circle> {
	const existing = await findCircle(db(), networkId);
	if (existing) return existing;
	try {
		await db().transaction(async (tx) => {
			const themeId = await circleTheme(tx, networkId);
			const name = m.job_circle_group_name({}, fr);
			const [named] = await tx
				.select({ id: groups.id })
				.from(groups)
				.where(and(eq(groups.networkId, networkId), sql`${groups.nameKey} = name_key(${name})`));
			let groupId = named?.id;
			// The circle is open to every member of the network: an adopted group on approval becomes open.
			if (groupId) await tx.update(groups).set({ joinPolicy: 'open', updatedAt: now() }).where(eq(groups.id, groupId));
			if (!groupId) {
				const at = now();
				const [group] = await tx
					.insert(groups)
					.values({
						networkId,
						name,
						themeId,
						description: m.job_circle_group_description({}, fr),
						joinPolicy: 'open',
						createdByAccountId: accountId,
						createdAt: at,
						updatedAt: at
					})
					.returning({ id: groups.id });
				groupId = group.id;
			}
			await tx.insert(jobCircles).values({ networkId, groupId, createdAt: now() });
			if (themeId) await ensureHelpSkills(tx, networkId, themeId, accountId);
		});
	} catch (error) {
		// Someone else made it at the same moment (unique keys): theirs is the circle.
		const made = await findCircle(db(), networkId);
		if (made) return made;
		throw error;
	}
	return (await findCircle(db(), networkId))!;
}

export type CircleReader = { actor: Actor; circle: Circle; isMember: boolean; isCoordinator: boolean };

/** Whether the person is an active member of the circle's group. */
export async function inCircle(q: Queryable, circle: Circle, accountId: string): Promise<boolean> {
	const row = await groupMemberOf(circle.groupId, accountId, q);
	return row?.status === 'active';
}

/**
 * Who reads the circle — its check-ins, leads and who is looking for work: its active members and the network's
 * coordinators. Anyone else of the network gets `job_circle_members_only` (the page shows how to join instead).
 */
export async function requireCircleReader(
	options: { actor: Actor | null; networkId: string },
	q: Queryable = db()
): Promise<CircleReader> {
	const actor = requireMember(options.actor, options.networkId);
	const circle = await findCircle(q, options.networkId);
	if (!circle) throw new AppError('job_circle_members_only');
	const coordinator = isCoordinator(actor, options.networkId);
	const isMember = await inCircle(q, circle, actor.accountId);
	if (!isMember && !coordinator) throw new AppError('job_circle_members_only');
	return { actor, circle, isMember, isCoordinator: coordinator };
}

/**
 * A member joins the circle (made at first use). The circle is open: joining is immediate; twice changes nothing.
 * Being in it says one is probably looking for work, so a new member is hidden from the group's member list
 * (decision 021's « masqué de la liste »: the network's members do not see them there; the group's coordinators
 * do); they may show themselves on the group page.
 */
export async function joinJobCircle(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const circle = await ensureCircle(options.networkId, actor.accountId);
	const at = now();
	await db()
		.insert(groupMembers)
		.values({
			groupId: circle.groupId,
			networkId: options.networkId,
			accountId: actor.accountId,
			status: 'active',
			hidden: true,
			requestedAt: at,
			joinedAt: at
		})
		.onConflictDoUpdate({
			// A pending request (the group was switched to approval by hand) becomes a membership: the circle is open.
			target: [groupMembers.groupId, groupMembers.accountId],
			set: { status: 'active', joinedAt: sql`coalesce(${groupMembers.joinedAt}, ${at.toISOString()}::timestamptz)` }
		});
	return circle;
}

/**
 * A coordinator opens the circle without joining it (they read it anyway, decision 021's rule for groups): the
 * group, its theme and the help skills are made, and the coordinators can plan its weekly meeting.
 */
export async function openJobCircle(options: { actor: Actor | null; networkId: string }) {
	const actor = requireCoordinator(options.actor, options.networkId);
	return ensureCircle(options.networkId, actor.accountId);
}
