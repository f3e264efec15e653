import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill,
	themeOf
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { memberSkills, postSkills, skills, themes } from '../db/schema/index.ts';
import { findOrCreateSkill } from './choose-skill.ts';
import { listSkills } from './list-skills.ts';
import { mergeSkills } from './merge-skills.ts';
import { suggestSkills } from './suggest-skills.ts';

describe('findOrCreateSkill', () => {
	it('gives the existing skill for the same name without case, accents or extra spaces', async () => {
		const { network, member } = await createNetworkWithPeople();
		const cycling = await themeOf(network.id, 'Mobilité & vélo');
		const first = await findOrCreateSkill(db(), {
			networkId: network.id,
			name: 'Réparation de vélo',
			themeId: cycling.id,
			createdByAccountId: member.id
		});
		const again = await findOrCreateSkill(db(), {
			networkId: network.id,
			name: '  reparation   de VELO ',
			themeId: (await themeOf(network.id, 'Autre')).id,
			createdByAccountId: member.id
		});
		expect(again.id).toBe(first.id);
		expect(await db().$count(skills, eq(skills.networkId, network.id))).toBe(1);
	});

	it('creates the same skill once when two people type it at the same moment', async () => {
		const { network, member } = await createNetworkWithPeople();
		const themeId = (await themeOf(network.id, 'Langues')).id;
		const made = await Promise.all(
			['Arabe', 'arabe', 'ARABE'].map((name) =>
				findOrCreateSkill(db(), { networkId: network.id, name, themeId, createdByAccountId: member.id })
			)
		);
		expect(new Set(made.map((s) => s.id)).size).toBe(1);
	});

	it('refuses a theme of another network or an archived one, and creates nothing', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const theirs = await themeOf(other.network.id, 'Cuisine');
		await expect(
			findOrCreateSkill(db(), {
				networkId: network.id,
				name: 'Couscous',
				themeId: theirs.id,
				createdByAccountId: member.id
			})
		).rejects.toMatchObject({ code: 'theme_unknown', field: 'themeId' });
		const sewing = await themeOf(network.id, 'Couture');
		await db().update(themes).set({ archivedAt: new Date() }).where(eq(themes.id, sewing.id));
		await expect(
			findOrCreateSkill(db(), {
				networkId: network.id,
				name: 'Ourlets',
				themeId: sewing.id,
				createdByAccountId: member.id
			})
		).rejects.toMatchObject({ code: 'theme_unknown' });
		expect(await db().$count(skills, eq(skills.networkId, network.id))).toBe(0);
	});
});

describe('suggestSkills', () => {
	it('proposes close names, typos included, best first, from this network only', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await createSkill(network.id, 'Jardinage', 'Jardinage');
		await createSkill(network.id, 'Jardinage sur balcon', 'Jardinage');
		await createSkill(network.id, 'Cuisine libanaise', 'Cuisine');
		await createSkill(other.network.id, 'Jardinage en permaculture', 'Jardinage');
		const names = async (text: string) =>
			(await suggestSkills({ actor: member.actor, networkId: network.id, text })).map((s) => s.name);
		expect(await names('jardinnage')).toEqual(['Jardinage', 'Jardinage sur balcon']);
		expect(await names('JARDINAGE')).toEqual(['Jardinage', 'Jardinage sur balcon']);
		expect(await names('libanaise')).toEqual(['Cuisine libanaise']);
		expect(await names('plomberie')).toEqual([]);
		expect(await names('   ')).toEqual([]);
	});

	it('is for members only', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await expect(suggestSkills({ actor: null, networkId: network.id, text: 'x' })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(suggestSkills({ actor: other.member.actor, networkId: network.id, text: 'x' })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});

describe('mergeSkills', () => {
	async function duplicates() {
		const people = await createNetworkWithPeople();
		const { network } = people;
		const kept = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const duplicate = await createSkill(network.id, 'Réparer les vélos', 'Bricolage & réparation');
		const both = await createMember(network.id);
		const onlyDuplicate = await createMember(network.id);
		await addMemberSkill(network.id, both.id, kept.id, 'share', { level: 'advanced' });
		await addMemberSkill(network.id, both.id, duplicate.id, 'share', { level: 'beginner' });
		await addMemberSkill(network.id, onlyDuplicate.id, duplicate.id, 'learn');
		const post = await createPost(network.id, onlyDuplicate.id, {
			title: 'Réparer mon vélo',
			skillIds: [duplicate.id]
		});
		return { ...people, kept, duplicate, both, onlyDuplicate, post };
	}

	it('the coordinators’ list counts each skill’s profiles (2, 1 and 0)', async () => {
		const { network, coordinator, kept, duplicate } = await duplicates();
		const unused = await createSkill(network.id, 'Tricot', 'Couture');
		const listed = await listSkills({ actor: coordinator.actor, networkId: network.id });
		const profilesOf = (id: string) => listed.find((s) => s.id === id)?.profiles;
		expect([profilesOf(duplicate.id), profilesOf(kept.id), profilesOf(unused.id)]).toEqual([2, 1, 0]);
	});

	it('moves every profile and post to the kept skill, once, and deletes the duplicate', async () => {
		const { network, coordinator, kept, duplicate, both, onlyDuplicate, post } = await duplicates();
		await mergeSkills({
			actor: coordinator.actor,
			networkId: network.id,
			fromSkillId: duplicate.id,
			intoSkillId: kept.id
		});
		expect(await db().$count(skills, eq(skills.id, duplicate.id))).toBe(0);
		const rows = await db().select().from(memberSkills).where(eq(memberSkills.networkId, network.id));
		expect(rows.map((r) => [r.accountId, r.skillId, r.direction, r.level]).sort()).toEqual(
			[
				[both.id, kept.id, 'share', 'advanced'],
				[onlyDuplicate.id, kept.id, 'learn', 'intermediate']
			].sort()
		);
		expect(await db().select().from(postSkills).where(eq(postSkills.postId, post.id))).toEqual([
			{ networkId: network.id, postId: post.id, skillId: kept.id, postCreatedAt: post.createdAt }
		]);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is refused to %s, and nothing moves', async (who, code) => {
		const { network, member, kept, duplicate } = await duplicates();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;
		await expect(
			mergeSkills({ actor, networkId: network.id, fromSkillId: duplicate.id, intoSkillId: kept.id })
		).rejects.toMatchObject({ code });
		expect(await db().$count(memberSkills, eq(memberSkills.skillId, duplicate.id))).toBe(2);
	});

	it('refuses a skill of another network and merging a skill into itself', async () => {
		const { network, coordinator, duplicate } = await duplicates();
		const other = await createNetworkWithPeople();
		const theirs = await createSkill(other.network.id, 'Vélo', 'Mobilité & vélo');
		await expect(
			mergeSkills({
				actor: coordinator.actor,
				networkId: network.id,
				fromSkillId: duplicate.id,
				intoSkillId: theirs.id
			})
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			mergeSkills({
				actor: coordinator.actor,
				networkId: network.id,
				fromSkillId: duplicate.id,
				intoSkillId: duplicate.id
			})
		).rejects.toMatchObject({ code: 'skill_merge_same' });
		expect(await db().$count(skills, and(eq(skills.id, duplicate.id), eq(skills.networkId, network.id)))).toBe(1);
	});
});
