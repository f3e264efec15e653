import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { groups } from '../db/schema/index.ts';
import { groupInput, groupMessageInput } from '../../validation/groups.ts';
import { createGroup } from './create-group.ts';

const form = { name: 'Informatique', themeId: '', description: 'Entraide sur ordinateur.', joinPolicy: 'open' };

describe('group form', () => {
	it('accepts a group without theme', () => {
		expect(groupInput.parse(form)).toEqual({ ...form, themeId: null });
	});

	it.each([
		['an empty name', { name: '   ' }, 'name', 'required'],
		['an 81-character name', { name: 'n'.repeat(81) }, 'name', 'too_long'],
		['a 10 000-character description', { description: 'd'.repeat(10_000) }, 'description', 'too_long'],
		['a script tag in the name', { name: '<script>alert(1)</script>' }, 'name', 'no_markup'],
		['a script tag in the description', { description: 'Salut <script>x</script>' }, 'description', 'no_markup'],
		['a theme that is not an id', { themeId: 'cuisine' }, 'themeId', 'unknown_choice'],
		['an unknown join policy', { joinPolicy: 'secret' }, 'joinPolicy', 'unknown_choice']
	])('refuses %s with a code on its field', (_, change, field, code) => {
		const parsed = groupInput.safeParse({ ...form, ...change });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(code);
	});

	it.each([
		['an empty message', '  \n ', 'grp_body_required'],
		['a 4 001-character message', 'm'.repeat(4001), 'grp_body_too_long']
	])('refuses %s in the thread', (_, body, code) => {
		const parsed = groupMessageInput.safeParse({ body });
		expect(parsed.error?.issues[0]?.message).toBe(code);
	});

	it('keeps a script tag in a thread message as text (it is always shown as text)', () => {
		expect(groupMessageInput.parse({ body: ' <script>x</script> ' })).toEqual({ body: '<script>x</script>' });
	});

	it('is still stopped by the database when a caller skips the schema, and nothing is saved', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const before = await db().$count(groups);
		for (const bad of [{ name: '' }, { name: 'n'.repeat(81) }, { description: 'd'.repeat(10_000) }]) {
			const error = await createGroup({
				actor: coordinator.actor,
				networkId: network.id,
				name: 'Informatique',
				themeId: null,
				description: '',
				joinPolicy: 'open',
				...bad
			}).catch((e) => e);
			expect(isCheckViolation(error)).toBe(true);
		}
		expect(await db().$count(groups)).toBe(before);
	});
});
