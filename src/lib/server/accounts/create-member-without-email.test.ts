import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { createMemberWithoutEmail, renewLoginCode } from './create-member-without-email.ts';
import { logInWithCode } from './log-in-with-code.ts';

const ip = '10.2.0.1';

describe('createMemberWithoutEmail', () => {
	it('creates an active member, recorded as created by the coordinator, who logs in with the code', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const created = await createMemberWithoutEmail({
			actor: coordinator.actor,
			networkId: network.id,
			name: 'Gérard Moreau'
		});
		expect(created.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		const [account] = await db().select().from(accounts).where(eq(accounts.id, created.accountId));
		expect(account).toMatchObject({ name: 'Gérard Moreau', email: null, createdByAccountId: coordinator.id });
		expect(account.loginCodeHash).not.toContain(created.code);
		const [membership] = await db().select().from(memberships).where(eq(memberships.accountId, created.accountId));
		expect(membership).toMatchObject({ networkId: network.id, status: 'active', role: 'member' });
		expect(await logInWithCode({ code: created.code, ip })).toBe(created.accountId);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['member', 'forbidden'],
		['other network coordinator', 'not_member']
	])('is refused to %s, and nothing is written', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'member' ? member.actor : other.coordinator.actor;
		const before = await db().$count(accounts);
		await expect(createMemberWithoutEmail({ actor, networkId: network.id, name: 'Personne' })).rejects.toMatchObject({
			code
		});
		expect(await db().$count(accounts)).toBe(before);
	});
});

describe('renewLoginCode', () => {
	it('gives a new code and the old one stops working', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const created = await createMemberWithoutEmail({
			actor: coordinator.actor,
			networkId: network.id,
			name: 'Hélène Dubois'
		});
		const renewed = await renewLoginCode({
			actor: coordinator.actor,
			networkId: network.id,
			accountId: created.accountId
		});
		expect(renewed.code).not.toBe(created.code);
		expect(await logInWithCode({ code: renewed.code, ip })).toBe(created.accountId);
		await expect(logInWithCode({ code: created.code, ip })).rejects.toMatchObject({ code: 'invalid_login_code' });
	});

	it('is refused for a member who has an email, for someone of another network, and to non-coordinators', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const stranger = await createMemberWithoutEmail({
			actor: other.coordinator.actor,
			networkId: other.network.id,
			name: 'Inès Camara'
		});
		await expect(
			renewLoginCode({ actor: coordinator.actor, networkId: network.id, accountId: member.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			renewLoginCode({ actor: coordinator.actor, networkId: network.id, accountId: stranger.accountId })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			renewLoginCode({ actor: member.actor, networkId: network.id, accountId: stranger.accountId })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			renewLoginCode({ actor: null, networkId: network.id, accountId: stranger.accountId })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		// An address typed by hand, with something that is not an id: nobody, not a database error.
		await expect(
			renewLoginCode({ actor: coordinator.actor, networkId: network.id, accountId: 'pas-un-id' })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await logInWithCode({ code: stranger.code, ip })).toBe(stranger.accountId);
	});
});
