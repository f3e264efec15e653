import { and, count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { resetPassword } from '../accounts/reset-password.ts';
import { advanceClock } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { createNetworkInput } from '../../validation/admin-networks.ts';
import { hasWaitingInvitation, showWaitingInvitation } from './coordinator-invitation.ts';
import { createNetworkWithCoordinator, INVITATION_DAYS } from './create-network-with-coordinator.ts';

let n = 0;
const unique = () => `${++n}-${Date.now()}`;

beforeEach(() => useConfig(loadConfig({})));
afterEach(() => useConfig(undefined));

async function admin() {
	const account = await createAccount({ isInstanceAdmin: true });
	return { ...account, actor: await actorOf(account.id) };
}

async function newNetwork(actor: Awaited<ReturnType<typeof admin>>['actor'], coordinatorEmail: string) {
	const input = createNetworkInput.parse({
		name: `Réseau des Fontenelles ${unique()}`,
		town: 'Nanterre',
		description: '',
		joinPolicy: 'approval',
		coordinatorEmail,
		coordinatorName: 'Rachida Haddad'
	});
	return createNetworkWithCoordinator({ actor, input, origin: 'http://127.0.0.1:3000' });
}

const shown = async (networkId: string) =>
	(
		await db()
			.select({ n: count() })
			.from(auditLog)
			.where(and(eq(auditLog.networkId, networkId), eq(auditLog.action, 'coordinator_invitation_shown')))
	)[0].n;

describe("a new network's coordinator invitation in outbox mode", () => {
	it('is shown to the administrator, with its link, and each showing is journaled', async () => {
		const { actor } = await admin();
		const { network, coordinatorAccountId } = await newNetwork(actor, `rachida.${unique()}@exemple.org`);
		expect(await hasWaitingInvitation({ actor, networkId: network.id })).toBe(true);
		const invitation = await showWaitingInvitation({ actor, networkId: network.id });
		expect(invitation.toName).toBe('Rachida Haddad');
		const token = invitation.text.match(/\/mot-de-passe\/([\w-]+)/)?.[1];
		expect(token).toBeTruthy();
		await showWaitingInvitation({ actor, networkId: network.id });
		expect(await shown(network.id)).toBe(2);
		const [row] = await db().select().from(auditLog).where(eq(auditLog.action, 'coordinator_invitation_shown'));
		expect(row).toMatchObject({ actorAccountId: actor!.accountId, subjectAccountId: coordinatorAccountId });

		// Once the coordinator chose a password, the invitation is theirs alone.
		await resetPassword({ token: token!, password: 'un mot de passe solide' });
		expect(await hasWaitingInvitation({ actor, networkId: network.id })).toBe(false);
		await expect(showWaitingInvitation({ actor, networkId: network.id })).rejects.toMatchObject({ code: 'not_found' });
		expect(await shown(network.id)).toBe(2);
	});

	it('is never shown for an existing account, after its days, with SMTP, or to anyone but an administrator', async () => {
		const { actor } = await admin();
		const existing = await createAccount({ password: 'déjà un mot de passe' });
		const withExisting = await newNetwork(actor, existing.email!);
		await expect(showWaitingInvitation({ actor, networkId: withExisting.network.id })).rejects.toMatchObject({
			code: 'not_found'
		});

		const { network } = await newNetwork(actor, `paul.${unique()}@exemple.org`);
		const other = await createNetworkWithPeople();
		for (const someone of [null, other.member.actor, other.coordinator.actor]) {
			await expect(showWaitingInvitation({ actor: someone, networkId: network.id })).rejects.toMatchObject({
				code: someone ? 'forbidden' : 'not_logged_in'
			});
		}
		useConfig(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }));
		await expect(showWaitingInvitation({ actor, networkId: network.id })).rejects.toMatchObject({ code: 'not_found' });
		useConfig(loadConfig({}));
		await expect(showWaitingInvitation({ actor, networkId: 'pas-un-id' })).rejects.toMatchObject({ code: 'not_found' });
		advanceClock((INVITATION_DAYS * 24 + 1) * 3_600_000);
		await expect(showWaitingInvitation({ actor, networkId: network.id })).rejects.toMatchObject({ code: 'not_found' });
		expect(await shown(network.id)).toBe(0);
	});
});
