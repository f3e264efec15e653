// The « new code » button of the members list posts here: the page shows the printable sheet, or the sentence of
// a refusal (it used to go back to the list without it).
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { actions, load } from './+page.server.ts';

function event(options: { actor: Actor | null; networkId: string; accountId: string; method?: string }) {
	const url = new URL(`https://entrelien.example/coordination/membres/${options.accountId}/nouveau-code`);
	return {
		locals: { actor: options.actor, network: options.actor ? { id: options.networkId, name: 'Réseau' } : null },
		params: { id: options.accountId },
		url,
		request:
			options.method === 'GET' ? new Request(url) : new Request(url, { method: 'POST', body: new URLSearchParams() })
	} as never;
}

describe('renewing a login code', () => {
	it('shows the refusal on this page after the POST, and sends a plain visit back to the list', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const posted = event({ actor: member.actor, networkId: network.id, accountId: coordinator.id });
		const refused = await actions.default(posted);
		expect(refused).toMatchObject({
			status: 403,
			data: {
				errors: {
					_form:
						"Cette action est réservée à d'autres personnes du réseau. Revenez à l'accueil, ou demandez à l'équipe du réseau."
				}
			}
		});
		// SvelteKit runs the page's load after the action, on the same POST: it must render the page.
		expect(await load(posted)).toEqual({});
		const visit = event({ actor: member.actor, networkId: network.id, accountId: coordinator.id, method: 'GET' });
		await expect(load(visit)).rejects.toMatchObject({ status: 303, location: '/coordination/membres' });
	});

	it('refuses a member who has an email with « not found », on this page', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const refused = await actions.default(
			event({ actor: coordinator.actor, networkId: network.id, accountId: member.id })
		);
		expect(refused).toMatchObject({ status: 404, data: { errors: { _form: expect.any(String) } } });
	});
});
