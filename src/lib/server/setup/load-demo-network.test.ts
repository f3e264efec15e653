// Setup happens once per database, so the demo setup has its own test file (and its own database).
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../../../tests/factories.ts';
import { firstNames, lastNames } from './demo/names.ts';
import { SKILL_LEVELS, SLOTS } from '../../profile-options.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import {
	accounts,
	eventOccurrences,
	eventRegistrations,
	exchangeThanks,
	exchanges,
	groupMessages,
	groups,
	introductions,
	messages,
	notifications,
	venues,
	memberSkills,
	memberships,
	networks,
	postSkills,
	posts,
	profiles,
	skills,
	spaceBookings,
	spaceResources,
	themes
} from '../db/schema/index.ts';
import { countUnreadMessages } from '../messages/count-unread.ts';
import { coordinationTodo } from '../networks/coordination-todo.ts';
import { listMembersForCoordinator } from '../networks/list-members.ts';
import { listPosts } from '../posts/list-posts.ts';
import { search } from '../search/search.ts';
import { setUpWithDemoNetwork } from './load-demo-network.ts';
import { isSetupDone } from './set-up-instance.ts';

const admin = { name: 'Élodie Mercier', email: 'elodie.mercier@exemple.org', password: 'les savoirs du quartier' };
let ids: { networkId: string; accountId: string };

async function people() {
	return db()
		.select({
			id: accounts.id,
			name: accounts.name,
			email: accounts.email,
			loginCodeHash: accounts.loginCodeHash,
			role: memberships.role,
			status: memberships.status
		})
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(eq(memberships.networkId, ids.networkId));
}

/** The active members the demo added (everyone but the person who set it up). */
async function demoActiveIds() {
	return new Set((await people()).filter((p) => p.status === 'active' && p.id !== ids.accountId).map((p) => p.id));
}

const DAY = 24 * 60 * 60 * 1000;
const NANTERRE = [
	'Petit-Nanterre',
	'Université',
	'Vieux-Pont',
	'Parc Sud',
	'Centre',
	"Chemin de l'Île",
	'Mont-Valérien'
];

describe('setUpWithDemoNetwork', () => {
	beforeAll(async () => {
		expect(await isSetupDone()).toBe(false);
		ids = await setUpWithDemoNetwork(admin);
	});

	it('sets up the instance with the demo network, run by the person who set it up', async () => {
		expect(await isSetupDone()).toBe(true);
		const [network] = await db().select().from(networks).where(eq(networks.id, ids.networkId));
		expect(network).toMatchObject({
			name: 'Réseau des savoirs du Petit-Nanterre',
			slug: 'reseau-des-savoirs-du-petit-nanterre',
			town: 'Nanterre'
		});
		expect(await db().$count(networks)).toBe(1);
		const [account] = await db().select().from(accounts).where(eq(accounts.id, ids.accountId));
		expect(account).toMatchObject({ email: admin.email, isInstanceAdmin: true });
		expect(await db().$count(accounts, eq(accounts.isInstanceAdmin, true))).toBe(1);
	});

	it('has at least 30 members, some of them without email who log in with a code', async () => {
		const everyone = await people();
		expect(everyone.filter((p) => p.status === 'active').length).toBeGreaterThanOrEqual(30);
		const withoutEmail = everyone.filter((p) => p.email === null);
		expect(withoutEmail.length).toBeGreaterThanOrEqual(1);
		for (const p of withoutEmail) expect(p.loginCodeHash).toMatch(/^[0-9a-f]{64}$/);
		expect(await db().$count(accounts, and(isNull(accounts.email), isNull(accounts.loginCodeHash)))).toBe(0);
	});

	it('has a second coordinator besides the one who set it up', async () => {
		const coordinators = (await people()).filter((p) => p.role === 'coordinator' && p.status === 'active');
		expect(coordinators.length).toBeGreaterThanOrEqual(2);
		expect(coordinators.some((c) => c.id !== ids.accountId)).toBe(true);
	});

	it('has at least one request waiting, which the coordinator sees', async () => {
		const pending = (await people()).filter((p) => p.status === 'pending');
		expect(pending.length).toBeGreaterThanOrEqual(1);
		const list = await listMembersForCoordinator({ actor: await actorOf(ids.accountId), networkId: ids.networkId });
		expect(list.pending.map((p) => p.accountId).sort()).toEqual(pending.map((p) => p.id).sort());
	});

	it('uses realistic French names and addresses, never placeholders', async () => {
		const everyone = await people();
		for (const p of everyone) {
			expect(p.name).not.toMatch(/test|lorem|ipsum|foo|bar|user|demo|\d/i);
			expect(p.name).toMatch(/^\p{Lu}[\p{L}' -]+ \p{Lu}[\p{L}' -]+$/u);
			if (p.email) expect(p.email).not.toMatch(/test|lorem|foo/i);
		}
		const demo = everyone.filter((p) => p.id !== ids.accountId);
		for (const p of demo) {
			expect(firstNames.some((f) => p.name.startsWith(`${f} `))).toBe(true);
			expect(lastNames.some((l) => p.name.endsWith(` ${l}`))).toBe(true);
		}
		expect(new Set(everyone.map((p) => p.name)).size).toBeGreaterThanOrEqual(30);
	});

	it('has about 30 skills spread over the themes, no two with the same name', async () => {
		const rows = await db()
			.select({ name: skills.name, nameKey: skills.nameKey, theme: themes.name })
			.from(skills)
			.innerJoin(themes, eq(themes.id, skills.themeId))
			.where(eq(skills.networkId, ids.networkId));
		expect(rows.length).toBeGreaterThanOrEqual(25);
		expect(rows.length).toBeLessThanOrEqual(40);
		expect(new Set(rows.map((r) => r.nameKey)).size).toBe(rows.length);
		expect(new Set(rows.map((r) => r.theme)).size).toBe(12);
		const names = rows.map((r) => r.name);
		for (const name of ['Réparation de vélo', 'Cuisine libanaise', 'Arabe', 'Couture', 'Potager', 'Rédiger un CV']) {
			expect(names).toContain(name);
		}
	});

	it('gives most active members a profile: a Nanterre neighbourhood, languages and availability', async () => {
		const active = await demoActiveIds();
		const rows = await db().select().from(profiles).where(eq(profiles.networkId, ids.networkId));
		// Most, not all: a few members have not started, and meet the onboarding when they log in.
		expect(rows.length).toBeGreaterThanOrEqual(active.size * 0.7);
		expect(rows.length).toBeLessThan(active.size);
		for (const profile of rows) {
			expect(active.has(profile.accountId)).toBe(true);
			expect(NANTERRE).toContain(profile.neighbourhood);
			expect(profile.languages.length).toBeGreaterThanOrEqual(1);
			expect(profile.availability.length).toBeGreaterThanOrEqual(2);
			for (const slot of profile.availability) expect(SLOTS).toContain(slot);
			expect(['done', 'skipped']).toContain(profile.onboarding);
		}
		expect(rows.filter((p) => p.languages.length > 1).length).toBeGreaterThanOrEqual(5);
		expect(new Set(rows.map((p) => p.neighbourhood)).size).toBeGreaterThanOrEqual(5);
	});

	it('has every demo member share 1 to 3 skills and want to learn 0 to 2, many both', async () => {
		const active = await demoActiveIds();
		const rows = await db().select().from(memberSkills).where(eq(memberSkills.networkId, ids.networkId));
		const lists = new Map<string, { share: number; learn: number }>();
		for (const row of rows) {
			expect(active.has(row.accountId)).toBe(true);
			expect(SKILL_LEVELS).toContain(row.level);
			expect(row.formats.length).toBeGreaterThanOrEqual(1);
			const list = lists.get(row.accountId) ?? { share: 0, learn: 0 };
			list[row.direction as 'share' | 'learn']++;
			lists.set(row.accountId, list);
		}
		for (const id of active) {
			const list = lists.get(id) ?? { share: 0, learn: 0 };
			expect(list.share).toBeGreaterThanOrEqual(1);
			expect(list.share).toBeLessThanOrEqual(3);
			expect(list.learn).toBeLessThanOrEqual(2);
		}
		const both = [...lists.values()].filter((l) => l.share > 0 && l.learn > 0);
		expect(both.length).toBeGreaterThanOrEqual(10);
	});

	it('has 25 posts by active members, offers and requests, in every state', async () => {
		const active = await demoActiveIds();
		const rows = await db().select().from(posts).where(eq(posts.networkId, ids.networkId));
		const at = now().getTime();
		const expired = rows.filter((p) => p.status === 'open' && p.expiresAt.getTime() <= at);
		const live = rows.filter((p) => p.status === 'open' && p.expiresAt.getTime() > at);
		expect(rows.length).toBe(25);
		expect(rows.filter((p) => p.kind === 'offer').length).toBe(13);
		expect(rows.filter((p) => p.kind === 'request').length).toBe(12);
		expect(rows.filter((p) => p.status === 'fulfilled').length).toBe(1);
		expect(rows.filter((p) => p.status === 'closed').length).toBe(1);
		expect(expired.length).toBe(2);
		expect(live.length).toBe(21);
		// One live post is in its last week, so its author has a reminder coming.
		expect(live.filter((p) => p.expiresAt.getTime() - at < 7 * DAY).length).toBe(1);
		const once = rows.filter((p) => p.whenKind === 'once');
		expect(once.length).toBeGreaterThanOrEqual(2);
		for (const p of once) {
			expect(p.startsAt!.getTime()).toBeGreaterThan(at);
			expect(p.startsAt!.getTime()).toBeLessThan(at + 6 * 7 * DAY);
		}
		for (const p of rows) {
			expect(active.has(p.authorAccountId)).toBe(true);
			expect(p.createdAt.getTime()).toBeLessThanOrEqual(at);
			expect(p.title).not.toMatch(/test|lorem|ipsum|annonce \d/i);
			expect(p.description.length).toBeGreaterThan(40);
		}
		expect(new Set(rows.map((p) => p.title)).size).toBe(rows.length);
	});

	it('ties each post to skills that its author shares (offer) or wants to learn (request)', async () => {
		const rows = await db()
			.select({ kind: posts.kind, author: posts.authorAccountId, skillId: postSkills.skillId })
			.from(posts)
			.innerJoin(postSkills, eq(postSkills.postId, posts.id))
			.where(eq(posts.networkId, ids.networkId));
		expect(new Set(rows.map((r) => r.skillId)).size).toBeGreaterThanOrEqual(20);
		const lists = await db().select().from(memberSkills).where(eq(memberSkills.networkId, ids.networkId));
		for (const r of rows) {
			const direction = r.kind === 'offer' ? 'share' : 'learn';
			expect(lists.some((l) => l.accountId === r.author && l.skillId === r.skillId && l.direction === direction)).toBe(
				true
			);
		}
		expect(await db().$count(posts, eq(posts.networkId, ids.networkId))).toBe(
			new Set(
				(
					await db().select({ id: postSkills.postId }).from(postSkills).where(eq(postSkills.networkId, ids.networkId))
				).map((r) => r.id)
			).size
		);
	});

	it('shows the live posts to a member and finds posts and members by search', async () => {
		const actor = await actorOf(ids.accountId);
		const page = await listPosts({ actor, networkId: ids.networkId });
		expect(page.total).toBe(21);
		const result = await search({ actor, networkId: ids.networkId, query: 'vélo' });
		if (result.status !== 'done') throw new Error('expected results');
		expect(result.hits.some((h) => h.type === 'post')).toBe(true);
		expect(result.hits.some((h) => h.type === 'member')).toBe(true);
	});

	it('has a life on every page: groups, venues, events, introductions, exchanges, messages (issue 14)', async () => {
		const { networkId } = ids;
		const here = <T extends { networkId: unknown }>(table: T) => eq(table.networkId as never, networkId);
		expect(await db().$count(groups, here(groups))).toBeGreaterThanOrEqual(5);
		expect((await db().select({ name: venues.name }).from(venues).where(here(venues))).map((v) => v.name)).toEqual(
			expect.arrayContaining(["Cuisine d'Authenti'Cité", 'Jardins Gorki', 'Salle du réseau'])
		);
		expect(await db().$count(groupMessages, here(groupMessages))).toBeGreaterThan(5);

		// The agenda: events to come and one past; a waiting list, an offered place, a cancelled occurrence.
		const occurrences = await db().select().from(eventOccurrences).where(here(eventOccurrences));
		const at = now().getTime();
		expect(occurrences.filter((o) => o.startsAt.getTime() > at && !o.cancelledAt).length).toBeGreaterThan(3);
		expect(occurrences.filter((o) => o.cancelledAt !== null)).toHaveLength(1);
		expect(occurrences.filter((o) => o.startsAt.getTime() < at && o.attendanceMarkedAt !== null)).toHaveLength(1);
		const statuses = (await db().select().from(eventRegistrations).where(here(eventRegistrations))).map(
			(r) => r.status
		);
		expect(statuses).toEqual(expect.arrayContaining(['registered', 'waitlisted', 'offered', 'cancelled']));

		// Introductions at each step, exchanges confirmed and waiting, thanks, messages and a report.
		const steps = new Set((await db().select().from(introductions).where(here(introductions))).map((i) => i.status));
		for (const step of ['proposed', 'accepted', 'met', 'done']) expect(steps).toContain(step);
		const exchangeStates = (await db().select().from(exchanges).where(here(exchanges))).map((e) => e.confirmedAt);
		expect(exchangeStates.some((c) => c !== null)).toBe(true);
		expect(exchangeStates.some((c) => c === null)).toBe(true);
		expect(await db().$count(exchangeThanks, here(exchangeThanks))).toBeGreaterThanOrEqual(2);
		expect(await db().$count(messages, here(messages))).toBeGreaterThanOrEqual(6);
		expect(await db().$count(notifications, here(notifications))).toBeGreaterThan(20);
		// The shared space (issue 15): the network's room opens rooms, stations and tools, some already booked.
		const resourceKinds = new Set(
			(await db().select().from(spaceResources).where(here(spaceResources))).map((r) => r.kind)
		);
		expect([...resourceKinds].sort()).toEqual(['item', 'room', 'station']);
		expect(await db().$count(spaceBookings, here(spaceBookings))).toBeGreaterThanOrEqual(2);

		// The person who set it up finds something waiting on their home page, as a member and as a coordinator.
		const actor = await actorOf(ids.accountId);
		expect(await countUnreadMessages({ actor, networkId })).toBe(2);
		expect(await coordinationTodo({ actor, networkId })).toMatchObject({ pending: 3, reports: 1 });
	});
});
