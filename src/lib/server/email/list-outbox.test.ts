import { describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { useConfig, loadConfig } from '../config.ts';
import { composeEmail } from './compose.ts';
import { listOutbox } from './list-outbox.ts';
import { queueEmail } from './queue-email.ts';

describe('listOutbox', () => {
	it('shows the instance administrator the latest emails, newest first', async () => {
		useConfig(loadConfig({}));
		const admin = await actorOf((await createAccount({ isInstanceAdmin: true })).id);
		for (const subject of ['Premier', 'Second']) {
			await queueEmail(
				'a@exemple.org',
				composeEmail({ lang: 'fr', subject, greeting: 'Bonjour', paragraphs: [], footer: '' })
			);
		}
		const { emails } = await listOutbox({ actor: admin });
		expect(emails.slice(0, 2).map((e) => e.subject)).toEqual(['Second', 'Premier']);
	});

	it('is refused to visitors, members and coordinators', async () => {
		const { coordinator, member } = await createNetworkWithPeople();
		await expect(listOutbox({ actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(listOutbox({ actor: member.actor })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOutbox({ actor: coordinator.actor })).rejects.toMatchObject({ code: 'forbidden' });
	});
});
