import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, themeOf } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { memberSkills, profiles } from '../db/schema/index.ts';
import { getProfile } from './get-profile.ts';
import { addMemberSkill, removeMemberSkill } from './member-skills.ts';
import { completeOnboarding, skipOnboarding } from './onboarding.ts';
import { updateProfile } from './update-profile.ts';

const fields = {
	neighbourhood: 'Petit-Nanterre',
	languages: ['français', 'arabe'],
	availability: ['tue_evening', 'sat_morning']
};

async function profileRow(networkId: string, accountId: string) {
	const [row] = await db()
		.select()
		.from(profiles)
		.where(and(eq(profiles.networkId, networkId), eq(profiles.accountId, accountId)));
	return row;
}

describe('profiles', () => {
	it('a member fills in her profile and skills; the other members see them', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		await updateProfile({ actor: member.actor, networkId: network.id, accountId: member.id, ...fields });
		const cycling = await themeOf(network.id, 'Mobilité & vélo');
		await addMemberSkill({
			actor: member.actor,
			networkId: network.id,
			accountId: member.id,
			direction: 'share',
			name: 'Réparation de vélo',
			themeId: cycling.id,
			level: 'advanced',
			formats: ['one_to_one', 'small_group']
		});
		await addMemberSkill({
			actor: member.actor,
			networkId: network.id,
			accountId: member.id,
			direction: 'learn',
			name: 'Arabe',
			themeId: (await themeOf(network.id, 'Langues')).id,
			level: 'beginner',
			formats: ['remote']
		});
		const seen = await getProfile({ actor: coordinator.actor, networkId: network.id, accountId: member.id });
		expect(seen).toMatchObject({ name: member.name, ...fields, canEdit: false });
		expect(seen.share).toMatchObject([{ name: 'Réparation de vélo', themeName: 'Mobilité & vélo', level: 'advanced' }]);
		expect(seen.learn).toMatchObject([{ name: 'Arabe', formats: ['remote'] }]);
		expect((await getProfile({ actor: member.actor, networkId: network.id, accountId: member.id })).canEdit).toBe(true);
		expect((await profileRow(network.id, member.id)).updatedByAccountId).toBe(member.id);
	});

	it('a coordinator fills the profile of a member without email; the change is recorded as hers', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const gerard = await createMember(network.id, { email: null, name: 'Gérard Moreau' });
		expect((await getProfile({ actor: coordinator.actor, networkId: network.id, accountId: gerard.id })).canEdit).toBe(
			true
		);
		await updateProfile({ actor: coordinator.actor, networkId: network.id, accountId: gerard.id, ...fields });
		const skill = await addMemberSkill({
			actor: coordinator.actor,
			networkId: network.id,
			accountId: gerard.id,
			direction: 'share',
			name: 'Potager',
			themeId: (await themeOf(network.id, 'Jardinage')).id,
			level: 'advanced',
			formats: ['small_group']
		});
		expect((await profileRow(network.id, gerard.id)).updatedByAccountId).toBe(coordinator.id);
		const [row] = await db().select().from(memberSkills).where(eq(memberSkills.skillId, skill.id));
		expect(row).toMatchObject({ accountId: gerard.id, updatedByAccountId: coordinator.id });
	});

	it('refuses: visitors, another member, a coordinator for a member who has an email, another network', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const neighbour = await createMember(network.id);
		const other = await createNetworkWithPeople();
		const attempts: [unknown, string][] = [
			[null, 'not_logged_in'],
			[await actorOf(neighbour.id), 'forbidden'],
			[coordinator.actor, 'forbidden'],
			[other.coordinator.actor, 'not_member']
		];
		for (const [actor, code] of attempts) {
			const input = { actor: actor as typeof member.actor | null, networkId: network.id, accountId: member.id };
			await expect(updateProfile({ ...input, ...fields })).rejects.toMatchObject({ code });
			await expect(
				addMemberSkill({
					...input,
					direction: 'share',
					name: 'Couture',
					themeId: (await themeOf(network.id, 'Couture')).id,
					level: 'beginner',
					formats: ['one_to_one']
				})
			).rejects.toMatchObject({ code });
		}
		expect(await profileRow(network.id, member.id)).toBeUndefined();
		expect(await db().$count(memberSkills, eq(memberSkills.accountId, member.id))).toBe(0);
		// A member of another network is not found from this one, even by its coordinator.
		await expect(
			getProfile({ actor: coordinator.actor, networkId: network.id, accountId: other.member.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('removes a skill from a profile, and only from that profile', async () => {
		const { network, member } = await createNetworkWithPeople();
		const themeId = (await themeOf(network.id, 'Couture')).id;
		const skillOf = (actor: typeof member.actor, accountId: string) =>
			addMemberSkill({
				actor,
				networkId: network.id,
				accountId,
				direction: 'share',
				name: 'Couture',
				themeId,
				level: 'beginner',
				formats: ['one_to_one']
			});
		const neighbour = await createMember(network.id);
		const skill = await skillOf(member.actor, member.id);
		await skillOf(await actorOf(neighbour.id), neighbour.id);
		await removeMemberSkill({
			actor: member.actor,
			networkId: network.id,
			accountId: member.id,
			skillId: skill.id,
			direction: 'share'
		});
		expect(await db().$count(memberSkills, eq(memberSkills.skillId, skill.id))).toBe(1);
		await expect(
			removeMemberSkill({
				actor: member.actor,
				networkId: network.id,
				accountId: neighbour.id,
				skillId: skill.id,
				direction: 'share'
			})
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('guided onboarding', () => {
	it('turns ticked answers into skills to share and to learn, reusing existing skills, and is then done', async () => {
		const { network, member } = await createNetworkWithPeople();
		await completeOnboarding({
			actor: member.actor,
			networkId: network.id,
			accountId: member.id,
			share: ['family_cooking', 'arabic'],
			learn: ['bike_repair']
		});
		const profile = await getProfile({ actor: member.actor, networkId: network.id, accountId: member.id });
		expect(profile.onboarding).toBe('done');
		expect(profile.share.map((s) => [s.name, s.themeName])).toEqual([
			['Cuisine familiale', 'Cuisine'],
			['Arabe', 'Langues']
		]);
		expect(profile.learn.map((s) => [s.name, s.themeName])).toEqual([['Réparation de vélo', 'Bricolage & réparation']]);
		// A neighbour answering the same gets the same skills, not duplicates.
		const neighbour = await createMember(network.id);
		await completeOnboarding({
			actor: await actorOf(neighbour.id),
			networkId: network.id,
			accountId: neighbour.id,
			share: ['arabic'],
			learn: []
		});
		const again = await getProfile({ actor: member.actor, networkId: network.id, accountId: neighbour.id });
		expect(again.share[0].skillId).toBe(profile.share[1].skillId);
	});

	it('can be skipped and resumed later', async () => {
		const { network, member } = await createNetworkWithPeople();
		await skipOnboarding({ actor: member.actor, networkId: network.id, accountId: member.id });
		expect((await profileRow(network.id, member.id)).onboarding).toBe('skipped');
		await completeOnboarding({
			actor: member.actor,
			networkId: network.id,
			accountId: member.id,
			share: ['sewing'],
			learn: []
		});
		expect((await profileRow(network.id, member.id)).onboarding).toBe('done');
	});

	it('is refused to another member and to visitors', async () => {
		const { network, member } = await createNetworkWithPeople();
		const neighbour = await createMember(network.id);
		const input = { networkId: network.id, accountId: member.id, share: ['sewing'], learn: [] };
		await expect(completeOnboarding({ ...input, actor: await actorOf(neighbour.id) })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(completeOnboarding({ ...input, actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		expect(await db().$count(memberSkills, eq(memberSkills.accountId, member.id))).toBe(0);
	});
});
