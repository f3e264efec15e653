import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { memberships, profiles } from '../db/schema/index.ts';
import { and, eq } from 'drizzle-orm';
import { matchPost } from './match-post.ts';

async function profile(networkId: string, accountId: string, fields: Partial<typeof profiles.$inferInsert>) {
	await db()
		.insert(profiles)
		.values({ networkId, accountId, ...fields });
}

/** A request to fix a sink, by Karim who lives in Petit-Nanterre, speaks Arabic, and is free on Tuesday evenings. */
async function sinkRequest() {
	const people = await createNetworkWithPeople();
	const { network } = people;
	const karim = await createMember(network.id, { name: 'Karim Benali' });
	await profile(network.id, karim.id, {
		neighbourhood: 'Petit-Nanterre',
		languages: ['français', 'arabe'],
		availability: ['tue_evening']
	});
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	const tiling = await createSkill(network.id, 'Carrelage', 'Bricolage & réparation');
	const sewing = await createSkill(network.id, 'Couture', 'Couture');
	const post = await createPost(network.id, karim.id, {
		kind: 'request',
		title: 'Qui veut me montrer comment déboucher un évier ?',
		themeName: 'Bricolage & réparation',
		skillIds: [plumbing.id]
	});
	return { ...people, karim, plumbing, tiling, sewing, post };
}

describe('matchPost', () => {
	it('ranks the skill before the theme, then availability, neighbourhood and language', async () => {
		const { network, coordinator, karim, plumbing, tiling, sewing, post } = await sinkRequest();
		const add = async (name: string, skillId: string, fields: Partial<typeof profiles.$inferInsert> = {}) => {
			const person = await createMember(network.id, { name });
			await addMemberSkill(network.id, person.id, skillId, 'share');
			await profile(network.id, person.id, fields);
			return person;
		};
		await add('Awa Diop', plumbing.id); // skill only: 100
		await add('Bernard Petit', plumbing.id, { neighbourhood: 'petit-nanterre' }); // skill + nearby: 108
		await add('Chloé Martin', plumbing.id, { availability: ['tue_evening'], languages: ['arabe'] }); // 115
		await add('Dalila Haddad', tiling.id, {
			availability: ['tue_evening'],
			neighbourhood: 'Petit-Nanterre',
			languages: ['arabe']
		}); // theme only, everything else: 63
		await add('Émile Roux', sewing.id); // another theme: not a match
		const learner = await createMember(network.id, { name: 'Fatou Sow' });
		await addMemberSkill(network.id, learner.id, plumbing.id, 'learn'); // wants to learn: not a helper

		const matches = await matchPost({ actor: coordinator.actor, networkId: network.id, postId: post.id });
		expect(matches.map((m) => [m.name, m.score])).toEqual([
			['Chloé Martin', 115],
			['Bernard Petit', 108],
			['Awa Diop', 100],
			['Dalila Haddad', 63]
		]);
		expect(matches[0]).toMatchObject({ skillMatch: true, available: true, sharedLanguage: true, nearby: false });
		expect(matches.map((m) => m.accountId)).not.toContain(karim.id);
	});

	it('keeps every tie at the cut: the best scores first, then the tied by name', async () => {
		const { network, coordinator, karim, plumbing, post } = await sinkRequest();
		const add = async (name: string, fields: Partial<typeof profiles.$inferInsert> = {}) => {
			const person = await createMember(network.id, { name });
			await addMemberSkill(network.id, person.id, plumbing.id, 'share');
			await profile(network.id, person.id, fields);
			return person;
		};
		// Two above the rest, then more people at one same score than places left.
		await add('Zoé Lambert', { availability: ['tue_evening'] });
		await add('Yanis Moreau', { neighbourhood: 'Petit-Nanterre' });
		const tied = ['Inès', 'Hugo', 'Gaëlle', 'Farid', 'Eva', 'David', 'Céline', 'Bruno', 'Amel', 'Jules'];
		for (const first of tied) await add(`${first} Garnier`);
		const matches = await matchPost({ actor: coordinator.actor, networkId: network.id, postId: post.id });
		expect(matches.map((m) => m.name)).toEqual([
			'Zoé Lambert',
			'Yanis Moreau',
			...tied
				.map((first) => `${first} Garnier`)
				.sort()
				.slice(0, 8)
		]);
		expect(matches.map((m) => m.accountId)).not.toContain(karim.id);
	});

	it('for an offer, finds the members who want to learn it', async () => {
		const { network, coordinator, plumbing } = await sinkRequest();
		const giver = await createMember(network.id, { name: 'Gérard Moreau' });
		const offer = await createPost(network.id, giver.id, {
			kind: 'offer',
			title: 'Je montre la plomberie de base',
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id]
		});
		const learner = await createMember(network.id, { name: 'Inès Camara' });
		await addMemberSkill(network.id, learner.id, plumbing.id, 'learn');
		const sharer = await createMember(network.id, { name: 'Jules Bernard' });
		await addMemberSkill(network.id, sharer.id, plumbing.id, 'share');
		const matches = await matchPost({ actor: coordinator.actor, networkId: network.id, postId: offer.id });
		expect(matches.map((m) => m.name)).toEqual(['Inès Camara']);
	});

	it('leaves out members who are not active, and never looks into another network', async () => {
		const { network, coordinator, member, plumbing, post } = await sinkRequest();
		const pending = await createMember(network.id, { name: 'Lina Pending', status: 'pending' });
		await addMemberSkill(network.id, pending.id, plumbing.id, 'share');
		const refused = await createMember(network.id, { name: 'Marc Refused' });
		await addMemberSkill(network.id, refused.id, plumbing.id, 'share');
		await db()
			.update(memberships)
			.set({ status: 'refused' })
			.where(and(eq(memberships.networkId, network.id), eq(memberships.accountId, refused.id)));
		expect(await matchPost({ actor: coordinator.actor, networkId: network.id, postId: post.id })).toEqual([]);

		const other = await createNetworkWithPeople();
		// Asking from another network for this network's post: refused, and with its own id, not found.
		await expect(
			matchPost({ actor: other.member.actor, networkId: network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			matchPost({ actor: other.coordinator.actor, networkId: other.network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(matchPost({ actor: null, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			matchPost({ actor: await actorOf(member.id), networkId: network.id, postId: 'pas-un-id' })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('shows the matches to the author and the coordinators only (decision 016)', async () => {
		const { network, coordinator, member, karim, plumbing, post } = await sinkRequest();
		const helper = await createMember(network.id, { name: 'Awa Diop' });
		await addMemberSkill(network.id, helper.id, plumbing.id, 'share');
		const names = async (actor: Awaited<ReturnType<typeof actorOf>>) =>
			(await matchPost({ actor, networkId: network.id, postId: post.id })).map((m) => m.name);
		expect(await names(await actorOf(karim.id))).toEqual(['Awa Diop']);
		expect(await names(coordinator.actor)).toEqual(['Awa Diop']);
		// Another member, even one who fits: not theirs to see.
		await expect(matchPost({ actor: member.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			matchPost({ actor: await actorOf(helper.id), networkId: network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(matchPost({ actor: null, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		const pending = await createMember(network.id, { name: 'Lina Attente', status: 'pending' });
		await expect(
			matchPost({ actor: await actorOf(pending.id), networkId: network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'membership_pending' });
	});

	it('uses the slot of a one-time meeting instead of the author’s usual availability', async () => {
		const { network, coordinator, karim, plumbing } = await sinkRequest();
		// Saturday 6 June 2026, 10:00 in Paris (08:00 UTC): a Saturday morning.
		const post = await createPost(network.id, karim.id, {
			kind: 'request',
			title: 'Évier bouché samedi',
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id],
			whenKind: 'once',
			startsAt: new Date('2026-06-06T08:00:00Z')
		});
		const saturday = await createMember(network.id, { name: 'Nora Samedi' });
		await addMemberSkill(network.id, saturday.id, plumbing.id, 'share');
		await profile(network.id, saturday.id, { availability: ['sat_morning'] });
		const tuesday = await createMember(network.id, { name: 'Omar Mardi' });
		await addMemberSkill(network.id, tuesday.id, plumbing.id, 'share');
		await profile(network.id, tuesday.id, { availability: ['tue_evening'] });
		const matches = await matchPost({ actor: coordinator.actor, networkId: network.id, postId: post.id });
		expect(matches.map((m) => [m.name, m.available])).toEqual([
			['Nora Samedi', true],
			['Omar Mardi', false]
		]);
	});

	it('fills the list with the theme only when too few people share the skill itself', async () => {
		const { network, coordinator, plumbing, tiling, post } = await sinkRequest();
		for (const [name, skillId] of [
			['Paul Plombier', plumbing.id],
			['Rose Plombière', plumbing.id],
			['Sami Carreleur', tiling.id]
		] as const) {
			const person = await createMember(network.id, { name });
			await addMemberSkill(network.id, person.id, skillId, 'share');
		}
		const names = async (limit: number) =>
			(await matchPost({ actor: coordinator.actor, networkId: network.id, postId: post.id, limit })).map((m) => m.name);
		expect(await names(2)).toEqual(['Paul Plombier', 'Rose Plombière']);
		expect(await names(3)).toEqual(['Paul Plombier', 'Rose Plombière', 'Sami Carreleur']);
	});
});
