// Starting a conversation, posted by hand: the form is read once to choose between « about an introduction » and
// « to members »; a body that is not a form and a person without a current network get a sentence, not a 500.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { actions } from './+page.server.ts';

function event(actor: Actor | null, networkId: string | null, body: BodyInit, type?: string) {
	const url = new URL('https://entrelien.example/messages/nouvelle');
	return {
		locals: { actor, network: networkId ? { id: networkId } : null },
		params: {},
		url,
		request: new Request(url, { method: 'POST', body, headers: type ? { 'content-type': type } : undefined })
	} as never;
}

describe('the new message form', () => {
	it('sends to a member and goes to the conversation', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const body = new URLSearchParams({ body: 'Bonjour !', accountIds: coordinator.id });
		await expect(actions.default(event(member.actor, network.id, body))).rejects.toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/messages\/.+\?fait=envoye$/)
		});
	});

	it('answers a member without a current network with a sentence on the form', async () => {
		const { coordinator, member } = await createNetworkWithPeople();
		for (const fields of [{ accountIds: coordinator.id }, { introductionId: coordinator.id }] as Record<
			string,
			string
		>[]) {
			const body = new URLSearchParams({ body: 'Bonjour !', ...fields });
			const result = await actions.default(event(member.actor, null, body));
			expect(result).toMatchObject({
				status: 403,
				data: {
					errors: { _form: "Vous n'êtes pas membre de ce réseau. Demandez à le rejoindre depuis « Mon compte »." }
				}
			});
		}
	});

	it('answers a multipart body without a boundary with a 400 and a sentence', async () => {
		const { network, member } = await createNetworkWithPeople();
		const result = await actions.default(event(member.actor, network.id, 'body=x', 'multipart/form-data'));
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { _form: "Le formulaire n'a pas pu être lu. Rechargez la page, puis envoyez-le de nouveau." } }
		});
	});
});
