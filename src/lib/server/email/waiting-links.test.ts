import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { requestMagicLink } from '../accounts/magic-link.ts';
import { requestPasswordReset } from '../accounts/request-password-reset.ts';
import { advanceClock } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { auditLog, emails, memberships } from '../db/schema/index.ts';
import { listWaitingLinks } from './list-waiting-links.ts';
import { queueEmail } from './queue-email.ts';
import { showWaitingLink } from './show-waiting-link.ts';
import { membershipApprovedEmail } from './templates.ts';
import { WAITING_LINK_MINUTES } from './waiting-links.ts';

const ORIGIN = 'http://entrelien.test';

beforeEach(() => useConfig(loadConfig({})));
afterEach(() => useConfig(undefined));

/** The id of the latest email written to this account. */
async function lastEmailTo(accountId: string) {
	const rows = await db().select().from(emails).where(eq(emails.toAccountId, accountId));
	return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

async function auditRowsOf(emailId: string) {
	return db()
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.action, 'outbox_link_shown'), eq(auditLog.subjectId, emailId)));
}

/** A network with its coordinator, a member with a live log-in link, and the people around them. */
async function outboxScene() {
	const { network, coordinator, member } = await createNetworkWithPeople();
	const other = await createNetworkWithPeople();
	await requestMagicLink({ email: member.email!, origin: ORIGIN });
	const link = await lastEmailTo(member.id);
	return { network, coordinator, member, other, link };
}

describe('queueEmail', () => {
	it('records the recipient account and whether the body holds a secret link', async () => {
		const { network, member } = await createNetworkWithPeople();
		await requestMagicLink({ email: member.email!, origin: ORIGIN });
		const magic = await lastEmailTo(member.id);
		expect(magic).toMatchObject({ toAccountId: member.id, holdsSecretLink: true, status: 'outbox' });
		expect(magic.textBody).toContain(`${ORIGIN}/connexion/lien/`);

		const reader = await createMember(network.id);
		await requestPasswordReset({ email: reader.email!, origin: ORIGIN });
		expect(await lastEmailTo(reader.id)).toMatchObject({ toAccountId: reader.id, holdsSecretLink: true });

		const news = membershipApprovedEmail({ locale: 'fr', name: 'Awa', network: network.name, url: ORIGIN });
		await queueEmail({ to: 'awa@exemple.org', toAccountId: null, message: news });
		const [plain] = await db().select().from(emails).where(eq(emails.toAddress, 'awa@exemple.org'));
		expect(plain).toMatchObject({ toAccountId: null, holdsSecretLink: false });
	});
});

describe('listWaitingLinks', () => {
	it("lists the live links of the network's active and pending members, without their text", async () => {
		const { network, coordinator, member, link } = await outboxScene();
		const newcomer = await createMember(network.id, { status: 'pending' });
		await requestPasswordReset({ email: newcomer.email!, origin: ORIGIN });
		const { outboxMode, links } = await listWaitingLinks({ actor: coordinator.actor, networkId: network.id });
		expect(outboxMode).toBe(true);
		expect(links.map((l) => [l.toName, l.pending]).sort()).toEqual(
			[
				[member.name, false],
				[newcomer.name, true]
			].sort()
		);
		expect(links.find((l) => l.id === link.id)).not.toHaveProperty('textBody');
	});

	it('leaves out coordinators, instance administrators, outsiders, plain news and expired links', async () => {
		const { network, coordinator, member: helped, other } = await outboxScene();
		// A member here who coordinates another network: their link would open that network to this coordinator.
		await db().insert(memberships).values({
			networkId: network.id,
			accountId: other.coordinator.id,
			role: 'member',
			status: 'active',
			decidedAt: new Date()
		});
		await requestMagicLink({ email: other.coordinator.email!, origin: ORIGIN });
		const admin = await createMember(network.id, { isInstanceAdmin: true });
		await requestMagicLink({ email: admin.email!, origin: ORIGIN });
		const coMember = await createMember(network.id, { role: 'coordinator' });
		await requestMagicLink({ email: coMember.email!, origin: ORIGIN });
		await requestMagicLink({ email: other.member.email!, origin: ORIGIN });
		const refused = await createMember(network.id, { status: 'refused' });
		await requestMagicLink({ email: refused.email!, origin: ORIGIN });
		const news = membershipApprovedEmail({ locale: 'fr', name: 'x', network: network.name, url: ORIGIN });
		const member = await createMember(network.id);
		await queueEmail({ to: member.email!, toAccountId: member.id, message: news });

		const listed = async () =>
			(await listWaitingLinks({ actor: coordinator.actor, networkId: network.id })).links.map((l) => l.toName);
		expect(await listed()).toEqual([helped.name]);
		advanceClock((WAITING_LINK_MINUTES + 1) * 60_000);
		expect(await listed()).toEqual([]);
	});

	it('offers nothing when emails are sent by SMTP', async () => {
		const { network, coordinator } = await outboxScene();
		useConfig(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }));
		expect(await listWaitingLinks({ actor: coordinator.actor, networkId: network.id })).toEqual({
			outboxMode: false,
			links: []
		});
	});
});

describe('showWaitingLink', () => {
	it('gives the coordinator the text with the link and journals each showing', async () => {
		const { network, coordinator, member, link } = await outboxScene();
		const shown = await showWaitingLink({ actor: coordinator.actor, networkId: network.id, emailId: link.id });
		expect(shown.toName).toBe(member.name);
		expect(shown.text).toContain(`${ORIGIN}/connexion/lien/`);
		await showWaitingLink({ actor: coordinator.actor, networkId: network.id, emailId: link.id });
		const rows = await auditRowsOf(link.id);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({
			networkId: network.id,
			actorAccountId: coordinator.id,
			subjectAccountId: member.id,
			detail: link.subject
		});
	});

	it('is refused to visitors, members, other coordinators and an administrator who does not coordinate', async () => {
		const { network, member, other, link } = await outboxScene();
		const admin = await actorOf((await createAccount({ isInstanceAdmin: true })).id);
		const show = (actor: Parameters<typeof showWaitingLink>[0]['actor']) =>
			showWaitingLink({ actor, networkId: network.id, emailId: link.id });
		await expect(show(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(show(member.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(show(other.coordinator.actor)).rejects.toMatchObject({ code: 'not_member' });
		await expect(show(admin)).rejects.toMatchObject({ code: 'not_member' });
		// Another network's coordinator asking in their own network: the member is not theirs.
		await expect(
			showWaitingLink({ actor: other.coordinator.actor, networkId: other.network.id, emailId: link.id })
		).rejects.toMatchObject({ code: 'not_found' });
		for (const actor of [null, member.actor, other.coordinator.actor, admin]) {
			await expect(listWaitingLinks({ actor, networkId: network.id })).rejects.toThrow();
		}
		expect(await auditRowsOf(link.id)).toEqual([]);
	});

	it('refuses a sent email, an unknown id and anything once SMTP is configured', async () => {
		const { network, coordinator, link } = await outboxScene();
		const show = (emailId: string) => showWaitingLink({ actor: coordinator.actor, networkId: network.id, emailId });
		await expect(show('pas-un-identifiant')).rejects.toMatchObject({ code: 'not_found' });
		await expect(show(crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });
		useConfig(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }));
		await expect(show(link.id)).rejects.toMatchObject({ code: 'not_found' });
		useConfig(loadConfig({}));
		await db().update(emails).set({ status: 'sent' }).where(eq(emails.id, link.id));
		await expect(show(link.id)).rejects.toMatchObject({ code: 'not_found' });
		expect(await auditRowsOf(link.id)).toEqual([]);
	});
});
