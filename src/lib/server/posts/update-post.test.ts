import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost as givenPost,
	createSkill,
	postContent,
	themeOf
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { postSkills, posts, themes } from '../db/schema/index.ts';
import { updatePost } from './update-post.ts';

const row = async (id: string) => (await db().select().from(posts).where(eq(posts.id, id)))[0];
const skillIdsOf = async (id: string) =>
	(await db().select().from(postSkills).where(eq(postSkills.postId, id))).map((r) => r.skillId).sort();

/** A network whose member published a request about their bike, with one skill. */
async function withPost() {
	const people = await createNetworkWithPeople();
	const skill = await createSkill(people.network.id, 'Réparation de vélo', 'Mobilité & vélo');
	const post = await givenPost(people.network.id, people.member.id, {
		title: 'Réparer mon vélo',
		themeName: 'Mobilité & vélo',
		skillIds: [skill.id]
	});
	return { ...people, skill, post };
}

describe('updatePost', () => {
	it('lets the author change everything but the kind and the expiry, and records who edited', async () => {
		const { network, member, post } = await withPost();
		const other = await createSkill(network.id, 'Mécanique', 'Bricolage & réparation');
		advanceClock(60_000);
		const content = await postContent(network.id, {
			title: 'Réparer mon vélo (roue voilée)',
			themeName: 'Bricolage & réparation',
			skillIds: [other.id],
			format: 'small_group',
			placeKind: 'venue',
			place: 'Atelier vélo de la Maison des Provinces',
			whenKind: 'once',
			startsAt: new Date(now().getTime() + 3 * 86_400_000)
		});
		await updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...content });

		const saved = await row(post.id);
		expect(saved).toMatchObject({
			title: 'Réparer mon vélo (roue voilée)',
			themeId: content.themeId,
			format: 'small_group',
			placeKind: 'venue',
			kind: post.kind,
			expiresAt: post.expiresAt,
			updatedByAccountId: member.id,
			visibility: 'members'
		});
		expect(saved.updatedAt.getTime()).toBeGreaterThan(post.updatedAt.getTime());
		expect(await skillIdsOf(post.id)).toEqual([other.id]);
	});

	it('lets a coordinator edit a member’s post, recorded as made by the coordinator, and make it public', async () => {
		const { network, coordinator, post } = await withPost();
		const content = await postContent(network.id, { visibility: 'public' });
		await updatePost({ actor: coordinator.actor, networkId: network.id, postId: post.id, ...content });
		expect(await row(post.id)).toMatchObject({ updatedByAccountId: coordinator.id, visibility: 'public' });
	});

	it('keeps a public post public when its author edits it, and lets them make it members-only again', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { visibility: 'public' });
		await updatePost({
			actor: member.actor,
			networkId: network.id,
			postId: post.id,
			...(await postContent(network.id))
		});
		expect((await row(post.id)).visibility).toBe('public');
		const membersOnly = await postContent(network.id, { visibility: 'members' });
		await updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...membersOnly });
		expect((await row(post.id)).visibility).toBe('members');
	});

	it('refuses to let the author make their post public', async () => {
		const { network, member, post } = await withPost();
		const content = await postContent(network.id, { visibility: 'public', title: 'Autre titre' });
		await expect(
			updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...content })
		).rejects.toMatchObject({ code: 'forbidden', field: 'visibility' });
		expect(await row(post.id)).toEqual(post);
	});

	it('lets the post keep a theme archived since, but not move to an archived theme', async () => {
		const { network, member, post } = await withPost();
		await db().update(themes).set({ archivedAt: now() }).where(eq(themes.id, post.themeId));
		const same = await postContent(network.id, { themeId: post.themeId, title: 'Vélo : chaîne qui saute' });
		await updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...same });
		expect((await row(post.id)).title).toBe('Vélo : chaîne qui saute');

		const sewing = await themeOf(network.id, 'Couture');
		await db().update(themes).set({ archivedAt: now() }).where(eq(themes.id, sewing.id));
		const moved = await postContent(network.id, { themeId: sewing.id });
		await expect(
			updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...moved })
		).rejects.toMatchObject({ code: 'theme_unknown', field: 'themeId' });
		expect((await row(post.id)).themeId).toBe(post.themeId);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member editing someone else’s post', 'forbidden'],
		['a member of another network', 'not_member']
	])('is refused to %s, and the post is unchanged', async (who, code) => {
		const { network, post, skill } = await withPost();
		const other = await createNetworkWithPeople();
		const actor =
			who === 'anonymous'
				? null
				: who === 'a member of another network'
					? other.member.actor
					: await actorOf((await createMember(network.id)).id);
		await expect(
			updatePost({ actor, networkId: network.id, postId: post.id, ...(await postContent(network.id)) })
		).rejects.toMatchObject({ code });
		expect(await row(post.id)).toEqual(post);
		expect(await skillIdsOf(post.id)).toEqual([skill.id]);
	});

	it('does not find the post of another network, even for that network’s coordinator acting in their own', async () => {
		const { network, post } = await withPost();
		const other = await createNetworkWithPeople();
		for (const postId of [post.id, 'pas-un-identifiant']) {
			await expect(
				updatePost({
					actor: other.coordinator.actor,
					networkId: other.network.id,
					postId,
					...(await postContent(other.network.id))
				})
			).rejects.toMatchObject({ code: 'not_found' });
		}
		expect(await row(post.id)).toEqual(post);
		expect(network.id).not.toBe(other.network.id);
	});

	it('refuses to edit a closed post', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { status: 'closed', closedAt: now() });
		await expect(
			updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...(await postContent(network.id)) })
		).rejects.toMatchObject({ code: 'post_not_open' });
		expect(await row(post.id)).toEqual(post);
	});

	it('changes nothing when a skill does not belong to the network', async () => {
		const { network, member, post, skill } = await withPost();
		const other = await createNetworkWithPeople();
		const foreign = await createSkill(other.network.id, 'Cuisine libanaise', 'Cuisine');
		const content = await postContent(network.id, { title: 'Nouveau titre', skillIds: [foreign.id] });
		await expect(
			updatePost({ actor: member.actor, networkId: network.id, postId: post.id, ...content })
		).rejects.toMatchObject({ code: 'skill_unknown', field: 'skillIds' });
		expect(await row(post.id)).toEqual(post);
		expect(await skillIdsOf(post.id)).toEqual([skill.id]);
	});
});
