import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addMemberSkill,
	createNetworkWithPeople,
	createPost as givenPost,
	createSkill,
	themeOf
} from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { themes } from '../db/schema/index.ts';
import { postFormChoices } from './post-form-choices.ts';

describe('postFormChoices', () => {
	it('offers the open themes and the author’s profile skills; the visibility choice to coordinators only', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const sewing = await themeOf(network.id, 'Couture');
		await db().update(themes).set({ archivedAt: now() }).where(eq(themes.id, sewing.id));
		const bike = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const arabic = await createSkill(network.id, 'Arabe', 'Langues');
		await createSkill(network.id, 'Excel', 'Informatique & numérique');
		await addMemberSkill(network.id, member.id, bike.id, 'share');
		await addMemberSkill(network.id, member.id, arabic.id, 'learn');
		await addMemberSkill(network.id, member.id, arabic.id, 'share');

		const choices = await postFormChoices({ actor: member.actor, networkId: network.id });
		expect(choices.themes).toHaveLength(11);
		expect(choices.themes.map((t) => t.name)).not.toContain('Couture');
		expect(choices.skills.map((s) => s.name)).toEqual(['Arabe', 'Réparation de vélo']);
		expect(choices.canChooseVisibility).toBe(false);
		expect((await postFormChoices({ actor: coordinator.actor, networkId: network.id })).canChooseVisibility).toBe(true);
	});

	it('when a coordinator edits a post: the author’s skills, the post’s own skills and its archived theme', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const bike = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const hem = await createSkill(network.id, 'Ourlets', 'Couture');
		await addMemberSkill(network.id, member.id, bike.id, 'share');
		const post = await givenPost(network.id, member.id, { themeName: 'Couture', skillIds: [hem.id] });
		await db().update(themes).set({ archivedAt: now() }).where(eq(themes.id, post.themeId));

		const choices = await postFormChoices({
			actor: coordinator.actor,
			networkId: network.id,
			post: { id: post.id, themeId: post.themeId, authorAccountId: member.id }
		});
		expect(choices.themes.map((t) => t.name)).toContain('Couture');
		expect(choices.skills.map((s) => s.name)).toEqual(['Ourlets', 'Réparation de vélo']);
	});

	it('is refused to visitors and to members of another network', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await expect(postFormChoices({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(postFormChoices({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});
