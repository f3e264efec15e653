import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createSkill,
	postContent,
	themeOf
} from '../../../../tests/factories.ts';
import { postInput } from '../../validation/posts.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { postSkills, posts, themes } from '../db/schema/index.ts';
import { createPost } from './create-post.ts';

const DAY = 24 * 60 * 60 * 1000;
const written = async () => ({ posts: await db().$count(posts), postSkills: await db().$count(postSkills) });

describe('createPost', () => {
	it('publishes a request for the network’s members, expiring after 30 days, with its skills', async () => {
		const { network, member } = await createNetworkWithPeople();
		const skill = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const startsAt = new Date(now().getTime() + 5 * DAY);
		const before = now().getTime();
		const post = await createPost({
			actor: member.actor,
			networkId: network.id,
			kind: 'request',
			...(await postContent(network.id, { skillIds: [skill.id], whenKind: 'once', startsAt }))
		});

		expect(post).toMatchObject({
			networkId: network.id,
			authorAccountId: member.id,
			kind: 'request',
			title: 'Réparer mon vélo',
			themeId: (await themeOf(network.id, 'Mobilité & vélo')).id,
			visibility: 'members',
			status: 'open',
			whenKind: 'once',
			startsAt,
			expiryNoticeSentAt: null,
			updatedByAccountId: member.id
		});
		const lifetime = post.expiresAt.getTime() - post.createdAt.getTime();
		expect(lifetime).toBe(30 * DAY);
		expect(post.createdAt.getTime()).toBeGreaterThanOrEqual(before);
		const skillRows = await db().select().from(postSkills).where(eq(postSkills.postId, post.id));
		// The skill's row carries the post's creation date (trigger post_skills_post_created_at): a skill's newest
		// posts are read in order from it.
		expect(skillRows).toEqual([
			{ networkId: network.id, postId: post.id, skillId: skill.id, postCreatedAt: post.createdAt }
		]);
	});

	it('keeps an offer online for 90 days, and ignores a date for a post that is not at a given date', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await createPost({
			actor: member.actor,
			networkId: network.id,
			kind: 'offer',
			...(await postContent(network.id, {
				title: 'Je partage ma connaissance en danse',
				themeName: 'Musique & danse',
				whenKind: 'recurring',
				startsAt: new Date()
			}))
		});
		expect(post.expiresAt.getTime() - post.createdAt.getTime()).toBe(90 * DAY);
		expect(post.startsAt).toBeNull();
	});

	it('lets a coordinator publish a public version; a plain member asking for it is refused and nothing is saved', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const content = await postContent(network.id, { visibility: 'public' });
		const post = await createPost({ actor: coordinator.actor, networkId: network.id, kind: 'offer', ...content });
		expect(post.visibility).toBe('public');

		const before = await written();
		await expect(
			createPost({ actor: member.actor, networkId: network.id, kind: 'offer', ...content })
		).rejects.toMatchObject({ code: 'forbidden', field: 'visibility' });
		expect(await written()).toEqual(before);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a member whose request is pending', 'membership_pending'],
		['a member of another network', 'not_member']
	])('is refused to %s, and nothing is saved', async (who, code) => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor =
			who === 'anonymous'
				? null
				: who === 'a member of another network'
					? other.member.actor
					: await actorOf((await createMember(network.id, { status: 'pending' })).id);
		const before = await written();
		await expect(
			createPost({ actor, networkId: network.id, kind: 'request', ...(await postContent(network.id)) })
		).rejects.toMatchObject({ code });
		expect(await written()).toEqual(before);
	});

	describe('with a theme or skills that do not fit', () => {
		it.each(['an unknown theme', 'a theme of another network', 'an archived theme'])(
			'refuses %s on the theme field, and nothing is saved',
			async (which) => {
				const { network, member } = await createNetworkWithPeople();
				const other = await createNetworkWithPeople();
				let themeId: string = crypto.randomUUID();
				if (which === 'a theme of another network') themeId = (await themeOf(other.network.id, 'Cuisine')).id;
				if (which === 'an archived theme') {
					themeId = (await themeOf(network.id, 'Couture')).id;
					await db().update(themes).set({ archivedAt: now() }).where(eq(themes.id, themeId));
				}
				const before = await written();
				await expect(
					createPost({
						actor: member.actor,
						networkId: network.id,
						kind: 'request',
						...(await postContent(network.id, { themeId }))
					})
				).rejects.toMatchObject({ code: 'theme_unknown', field: 'themeId' });
				expect(await written()).toEqual(before);
			}
		);

		it('refuses a skill of another network (or one that does not exist), and nothing is saved', async () => {
			const { network, member } = await createNetworkWithPeople();
			const other = await createNetworkWithPeople();
			const mine = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
			const theirs = await createSkill(other.network.id, 'Réparation de vélo', 'Mobilité & vélo');
			const before = await written();
			for (const skillIds of [[mine.id, theirs.id], [crypto.randomUUID()], ['pas-un-identifiant']]) {
				await expect(
					createPost({
						actor: member.actor,
						networkId: network.id,
						kind: 'request',
						...(await postContent(network.id, { skillIds }))
					})
				).rejects.toMatchObject({ code: 'skill_unknown', field: 'skillIds' });
			}
			expect(await written()).toEqual(before);
		});
	});

	describe('with bad input', () => {
		const form = {
			kind: 'request',
			title: 'Réparer mon vélo',
			description: 'Pneu crevé.',
			themeId: crypto.randomUUID(),
			format: 'one_to_one',
			placeKind: 'neighbourhood',
			place: '',
			whenKind: 'flexible',
			whenNote: ''
		};

		it.each([
			['an empty title', { title: '   ' }, 'title', 'required'],
			['a two-letter title', { title: 'Vé' }, 'title', 'post_title_short'],
			['a 121-character title', { title: 'v'.repeat(121) }, 'title', 'too_long'],
			['a 10 000-character description', { description: 'd'.repeat(10_000) }, 'description', 'too_long'],
			['a script tag in the title', { title: '<script>alert(1)</script>' }, 'title', 'no_markup'],
			['a script tag in the description', { description: 'Bonjour <script>x</script>' }, 'description', 'no_markup'],
			['an unknown kind', { kind: 'gift' }, 'kind', 'unknown_choice'],
			['no theme', { themeId: '' }, 'themeId', 'required'],
			['a one-time post without its date', { whenKind: 'once' }, 'startsAt', 'post_date_required'],
			['an impossible date', { whenKind: 'once', startsAt: '2026-02-30T10:00' }, 'startsAt', 'post_date'],
			[
				'eleven skills',
				{ skillIds: Array.from({ length: 11 }, () => crypto.randomUUID()).join('\n') },
				'skillIds',
				'too_many'
			],
			['an unknown visibility', { visibility: 'everyone' }, 'visibility', 'unknown_choice']
		])('%s is refused by the form schema with a code on its field', (_, change, field, code) => {
			const parsed = postInput.safeParse({ ...form, ...change });
			expect(parsed.success).toBe(false);
			expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(code);
		});

		it('is still stopped by the database when a caller skips the schema, and nothing is saved', async () => {
			const { network, member } = await createNetworkWithPeople();
			const before = await written();
			for (const bad of [{ description: 'd'.repeat(10_000) }, { title: '' }, { title: 'x'.repeat(121) }]) {
				const error = await createPost({
					actor: member.actor,
					networkId: network.id,
					kind: 'request',
					...(await postContent(network.id, bad))
				}).catch((e) => e);
				expect(isCheckViolation(error)).toBe(true);
			}
			expect(await written()).toEqual(before);
		});
	});
});
