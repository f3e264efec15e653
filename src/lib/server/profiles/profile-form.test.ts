// The profile form's rules, moved out of /profil (issue 12): whose profile may be opened for editing, and the
// « did you mean » step before a new skill is created (a close name is offered, the same name is just added).
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createSkill, themeOf } from '../../../../tests/factories.ts';
import { addSkillOrSuggest } from './add-skill-or-suggest.ts';
import { getEditableProfile } from './editable-profile.ts';
import { getProfile } from './get-profile.ts';

async function withGardening() {
	const people = await createNetworkWithPeople();
	const garden = await createSkill(people.network.id, 'Jardinage', 'Jardinage');
	const theme = await themeOf(people.network.id, 'Jardinage');
	const skill = {
		direction: 'share' as const,
		themeId: theme.id,
		level: 'beginner' as const,
		formats: ['one_to_one' as const]
	};
	return { ...people, garden, skill };
}

describe('addSkillOrSuggest', () => {
	it('offers the close names before creating a new skill, then adds the name kept once confirmed', async () => {
		const { network, member, skill } = await withGardening();
		const mine = { actor: member.actor, networkId: network.id, accountId: member.id, ...skill };
		expect(await addSkillOrSuggest({ ...mine, name: 'jardinnage', confirmed: false })).toEqual({
			suggestions: ['Jardinage']
		});
		expect((await getProfile(mine)).share).toEqual([]);
		expect(await addSkillOrSuggest({ ...mine, name: 'jardinnage', confirmed: true })).toEqual({ added: 'jardinnage' });
	});

	it('adds the same name (accents and case aside) without asking', async () => {
		const { network, member, skill } = await withGardening();
		const mine = { actor: member.actor, networkId: network.id, accountId: member.id, ...skill };
		expect(await addSkillOrSuggest({ ...mine, name: 'JARDINAGE', confirmed: false })).toEqual({ added: 'Jardinage' });
		expect((await getProfile(mine)).share.map((s) => s.name)).toEqual(['Jardinage']);
	});

	it('refuses a visitor, another member, and a member of another network, before suggesting anything', async () => {
		const { network, member, coordinator, skill } = await withGardening();
		const other = await createNetworkWithPeople();
		const someone = await createMember(network.id);
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[await actorOf(someone.id), 'forbidden'],
			// A coordinator fills in only the profiles of members without email.
			[coordinator.actor, 'forbidden'],
			[other.member.actor, 'not_member']
		] as const) {
			await expect(
				addSkillOrSuggest({
					actor,
					networkId: network.id,
					accountId: member.id,
					...skill,
					name: 'jardinnage',
					confirmed: false
				})
			).rejects.toMatchObject({ code });
		}
	});
});

describe('getEditableProfile', () => {
	it('opens one’s own profile, and a coordinator the profile of a member without email', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const desk = await createMember(network.id, { email: null });
		expect(
			(await getEditableProfile({ actor: member.actor, networkId: network.id, accountId: member.id })).accountId
		).toBe(member.id);
		expect(
			(await getEditableProfile({ actor: coordinator.actor, networkId: network.id, accountId: desk.id })).accountId
		).toBe(desk.id);
	});

	it('refuses another member’s profile, a visitor, and another network', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		for (const [actor, accountId, code] of [
			[coordinator.actor, member.id, 'forbidden'],
			[member.actor, coordinator.id, 'forbidden'],
			[null, member.id, 'not_logged_in'],
			[other.coordinator.actor, member.id, 'not_member']
		] as const) {
			await expect(getEditableProfile({ actor, networkId: network.id, accountId })).rejects.toMatchObject({ code });
		}
	});
});
