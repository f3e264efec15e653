import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { invitationLinkInput } from '../../validation/invitations.ts';
import { advanceClock, now, resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { memberships } from '../db/schema/index.ts';
import { parisDate, addParisDays } from '../../paris-time.ts';
import { createInvitationLink } from './create-invitation-link.ts';
import { joinThroughLink, signUpThroughLink } from './join-through-link.ts';
import { getInvitationLink, listInvitationLinks } from './list-invitation-links.ts';
import { openInvitationLink } from './open-invitation-link.ts';

const origin = 'http://127.0.0.1:3000';
const input = (overrides: Record<string, string> = {}) =>
	invitationLinkInput.parse({
		label: 'Stand marché du samedi',
		posterText: '',
		lastDay: '',
		maxUses: '',
		...overrides
	});
const signUpAs = (token: string, name: string) =>
	signUpThroughLink({
		token,
		name,
		email: `${name.toLowerCase()}.${Math.random()}@exemple.fr`,
		password: 'un mot de passe',
		origin
	});

afterEach(() => resetClock());

describe('invitation links', () => {
	it('count every opening and every join, per link', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'open' });
		const market = await createInvitationLink({ actor: coordinator.actor, networkId: network.id, ...input() });
		const library = await createInvitationLink({
			actor: coordinator.actor,
			networkId: network.id,
			...input({ label: 'Affiche médiathèque' })
		});
		for (let i = 0; i < 3; i++) await openInvitationLink({ token: market.token });
		await openInvitationLink({ token: library.token });
		await signUpAs(market.token, 'Zoé');
		const outsider = await createNetworkWithPeople();
		await joinThroughLink({ actor: outsider.member.actor, token: market.token, origin });
		await signUpAs(library.token, 'Yann');

		const links = await listInvitationLinks({ actor: coordinator.actor, networkId: network.id });
		expect(links.map((l) => [l.label, l.opened, l.joined, l.state])).toEqual([
			['Affiche médiathèque', 1, 1, 'open'],
			['Stand marché du samedi', 3, 2, 'open']
		]);
		const [joined] = await db()
			.select()
			.from(memberships)
			.where(and(eq(memberships.networkId, network.id), eq(memberships.accountId, outsider.member.id)));
		expect(joined.status).toBe('active');
	});

	it('follows the network’s policy: a join on approval is pending, and counted', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'approval' });
		const link = await createInvitationLink({ actor: coordinator.actor, networkId: network.id, ...input() });
		const result = await signUpAs(link.token, 'Inès');
		expect(result.status).toBe('pending');
		const [row] = await listInvitationLinks({ actor: coordinator.actor, networkId: network.id });
		expect(row.joined).toBe(1);
	});

	it('refuses a join once the use limit is reached, and writes nothing', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const link = await createInvitationLink({
			actor: coordinator.actor,
			networkId: network.id,
			...input({ maxUses: '2' })
		});
		await signUpAs(link.token, 'Ana');
		await signUpAs(link.token, 'Bob');
		const late = await createAccount();
		await expect(joinThroughLink({ actor: await actorOf(late.id), token: link.token, origin })).rejects.toMatchObject({
			code: 'invitation_exhausted'
		});
		await expect(signUpAs(link.token, 'Chloé')).rejects.toMatchObject({ code: 'invitation_exhausted' });
		const rows = await db().select().from(memberships).where(eq(memberships.accountId, late.id));
		expect(rows).toHaveLength(0);
		expect((await openInvitationLink({ token: link.token })).state).toBe('exhausted');
		const [row] = await listInvitationLinks({ actor: coordinator.actor, networkId: network.id });
		expect([row.joined, row.state]).toEqual([2, 'exhausted']);
	});

	it('refuses a join after the link’s last day', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const today = parisDate(now());
		const link = await createInvitationLink({
			actor: coordinator.actor,
			networkId: network.id,
			...input({ lastDay: today })
		});
		expect((await openInvitationLink({ token: link.token })).state).toBe('open');
		advanceClock(addParisDays(now(), 1).getTime() - now().getTime());
		expect((await openInvitationLink({ token: link.token })).state).toBe('expired');
		await expect(signUpAs(link.token, 'Dora')).rejects.toMatchObject({ code: 'invitation_expired' });
	});

	it('does not open a link of a suspended network, nor a made-up secret', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const link = await createInvitationLink({ actor: coordinator.actor, networkId: network.id, ...input() });
		await expect(openInvitationLink({ token: 'pas-un-secret' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(openInvitationLink({ token: 'a'.repeat(43) })).rejects.toMatchObject({ code: 'not_found' });
		await db().execute(
			// Suspending is its own use case; here only the network's status matters.
			`update networks set status = 'suspended', suspended_at = now() where id = '${network.id}'`
		);
		await expect(openInvitationLink({ token: link.token })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('lets only the network’s coordinators make, list and read its links', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople();
		await expect(createInvitationLink({ actor: null, networkId: a.network.id, ...input() })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			createInvitationLink({ actor: a.member.actor, networkId: a.network.id, ...input() })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			createInvitationLink({ actor: b.coordinator.actor, networkId: a.network.id, ...input() })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(listInvitationLinks({ actor: a.member.actor, networkId: a.network.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const link = await createInvitationLink({ actor: a.coordinator.actor, networkId: a.network.id, ...input() });
		// B's coordinator asking for A's link in B: another network's link is not found.
		await expect(
			getInvitationLink({ actor: b.coordinator.actor, networkId: b.network.id, linkId: link.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await listInvitationLinks({ actor: b.coordinator.actor, networkId: b.network.id })).toEqual([]);
	});

	it('refuses bad input with its sentence code and writes nothing', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const issue = (values: Record<string, string>) =>
			invitationLinkInput
				.safeParse({ label: 'x', posterText: '', lastDay: '', maxUses: '', ...values })
				.error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(issue({ label: '' })).toEqual([['label', 'required']]);
		expect(issue({ label: '   ' })).toEqual([['label', 'required']]);
		expect(issue({ maxUses: '0' })).toEqual([['maxUses', 'invitation_uses']]);
		expect(issue({ maxUses: '100000' })).toEqual([['maxUses', 'invitation_uses']]);
		expect(issue({ maxUses: 'dix' })).toEqual([['maxUses', 'invitation_uses']]);
		expect(issue({ lastDay: '2026-02-30' })).toEqual([['lastDay', 'invitation_date']]);
		expect(issue({ maxUses: '10000', lastDay: '' })).toBeUndefined();
		const yesterday = parisDate(addParisDays(now(), -1));
		await expect(
			createInvitationLink({ actor: coordinator.actor, networkId: network.id, ...input({ lastDay: yesterday }) })
		).rejects.toMatchObject({ code: 'invitation_day_past', field: 'lastDay' });
		expect(await listInvitationLinks({ actor: coordinator.actor, networkId: network.id })).toEqual([]);
	});
});
