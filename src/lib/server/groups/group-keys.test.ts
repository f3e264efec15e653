import { describe, expect, it } from 'vitest';
import { addGroupMember, createGroupIn, createMember, createNetwork, themeOf } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { isCheckViolation, isForeignKeyViolation } from '../db/errors.ts';
import { groupMessages } from '../db/schema/index.ts';

describe('groups in the database', () => {
	it('never mixes networks: a member, a message author or a theme of network B in a group of network A', async () => {
		const a = await createNetwork();
		const b = await createNetwork();
		const group = await createGroupIn(a.id);
		const outsider = await createMember(b.id);
		const inGroupOfA = { id: group.id, networkId: b.id };
		expect(isForeignKeyViolation(await addGroupMember(inGroupOfA, outsider.id).catch((e) => e))).toBe(true);
		expect(isForeignKeyViolation(await addGroupMember(group, outsider.id).catch((e) => e))).toBe(true);
		const message = { groupId: group.id, networkId: a.id, authorAccountId: outsider.id, body: 'Bonjour' };
		expect(
			isForeignKeyViolation(
				await db()
					.insert(groupMessages)
					.values(message)
					.catch((e) => e)
			)
		).toBe(true);
		const themeOfB = await themeOf(b.id, 'Cuisine');
		expect(isForeignKeyViolation(await createGroupIn(a.id, { themeId: themeOfB.id }).catch((e) => e))).toBe(true);
	});

	it('lets only active members of a group coordinate it', async () => {
		const network = await createNetwork();
		const group = await createGroupIn(network.id, { joinPolicy: 'approval' });
		const member = await createMember(network.id);
		const error = await addGroupMember(group, member.id, { role: 'coordinator', status: 'pending' }).catch((e) => e);
		expect(isCheckViolation(error)).toBe(true);
	});
});
