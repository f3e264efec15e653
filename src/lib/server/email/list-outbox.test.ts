import { describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { requestMagicLink } from '../accounts/magic-link.ts';
import { useConfig, loadConfig } from '../config.ts';
import { composeEmail } from './compose.ts';
import { listOutbox } from './list-outbox.ts';
import { queueEmail } from './queue-email.ts';

describe('listOutbox', () => {
	it('shows the instance administrator the latest emails, newest first', async () => {
		useConfig(loadConfig({}));
		const admin = await actorOf((await createAccount({ isInstanceAdmin: true })).id);
		for (const subject of ['Premier', 'Second']) {
			await queueEmail({
				to: 'a@exemple.org',
				toAccountId: null,
				message: composeEmail({
					lang: 'fr',
					subject,
					greeting: 'Bonjour',
					paragraphs: [],
					footer: '',
					holdsSecretLink: false
				})
			});
		}
		const { emails } = await listOutbox({ actor: admin });
		expect(emails.slice(0, 2).map((e) => e.subject)).toEqual(['Second', 'Premier']);
	});

	it("never gives the administrator a body, so never another network's live log-in link", async () => {
		useConfig(loadConfig({}));
		const { member } = await createNetworkWithPeople();
		const admin = await actorOf((await createAccount({ isInstanceAdmin: true })).id);
		await requestMagicLink({ email: member.email!, origin: 'http://entrelien.test' });
		const { emails } = await listOutbox({ actor: admin });
		const link = emails.find((e) => e.toAddress === member.email)!;
		expect(link).toMatchObject({ status: 'outbox' });
		expect(JSON.stringify(emails)).not.toContain('/connexion/lien/');
		expect(Object.keys(link).sort()).toEqual(
			['attempts', 'createdAt', 'id', 'sentAt', 'status', 'subject', 'toAddress'].sort()
		);
	});

	it('is refused to visitors, members and coordinators', async () => {
		const { coordinator, member } = await createNetworkWithPeople();
		await expect(listOutbox({ actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(listOutbox({ actor: member.actor })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOutbox({ actor: coordinator.actor })).rejects.toMatchObject({ code: 'forbidden' });
	});
});
