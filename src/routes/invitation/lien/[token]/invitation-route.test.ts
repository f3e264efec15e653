// Invitation links as the browser meets them (decision 039): the link's page renders the network or, for an
// expired or exhausted link, the French sentence (never an error page); the poster is a PDF for the network's
// coordinators only; bad input on the form gets its sentence beside the field and writes nothing.
import { isActionFailure } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, themeOf } from '../../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { createInvitationLink } from '#lib/server/invitations/create-invitation-link.ts';
import { signUpThroughLink } from '#lib/server/invitations/join-through-link.ts';
import { listInvitationLinks } from '#lib/server/invitations/list-invitation-links.ts';
import { invitationLinkInput } from '#lib/validation/invitations.ts';
import * as admin from '../../../coordination/invitations/+page.server.ts';
import * as poster from '../../../coordination/invitations/[id]/affiche.pdf/+server.ts';
import * as board from '../../../coordination/invitations/tableau.pdf/+server.ts';
import * as linkRoute from './+page.server.ts';
import LinkPage from './+page.svelte';

function event(options: {
	actor: Actor | null;
	networkId: string | null;
	path: string;
	params?: Record<string, string>;
	body?: Record<string, string>;
}) {
	const url = new URL(`https://entrelien.example${options.path}`);
	return {
		locals: { actor: options.actor, network: options.networkId ? { id: options.networkId } : null },
		params: options.params ?? {},
		url,
		request: new Request(url, options.body ? { method: 'POST', body: new URLSearchParams(options.body) } : {}),
		cookies: { get: () => undefined, set: () => {}, delete: () => {} }
	} as never;
}

const statusOf = async (run: () => unknown) => {
	try {
		const result = await run();
		return result instanceof Response ? result.status : 200;
	} catch (e) {
		return (e as { status?: number }).status;
	}
};

const html = (data: unknown) => render(LinkPage as never, { props: { data, form: null } as never }).body;

async function world() {
	const people = await createNetworkWithPeople({ name: 'Savoirs du Parvis' });
	const link = await createInvitationLink({
		actor: people.coordinator.actor,
		networkId: people.network.id,
		...invitationLinkInput.parse({ label: 'Stand', posterText: '', lastDay: '', maxUses: '1' })
	});
	return { ...people, link };
}

describe('the invitation link pages', () => {
	it('show the network, then the sentence once the link is used up; a POST is not a new opening', async () => {
		const { network, coordinator, link } = await world();
		const path = `/invitation/lien/${link.token}`;
		const open = await linkRoute.load(event({ actor: null, networkId: null, path, params: { token: link.token } }));
		expect(html(open)).toContain('Rejoindre Savoirs du Parvis');
		expect(html(open)).toContain('Créer mon compte');
		const refused = await linkRoute.actions.signup(
			event({ actor: null, networkId: null, path, params: { token: link.token }, body: { name: '', email: 'x' } })
		);
		expect(isActionFailure(refused)).toBe(true);
		await linkRoute.load(
			event({ actor: null, networkId: null, path, params: { token: link.token }, body: { name: '' } })
		);
		await signUpThroughLink({
			token: link.token,
			name: 'Nadia',
			email: 'nadia.parvis@exemple.fr',
			password: 'un mot de passe',
			origin: 'https://entrelien.example'
		});
		const full = await linkRoute.load(event({ actor: null, networkId: null, path, params: { token: link.token } }));
		expect(html(full)).toContain('a déjà servi le nombre de fois prévu');
		expect(html(full)).not.toContain('Créer mon compte');
		const [row] = await listInvitationLinks({ actor: coordinator.actor, networkId: network.id });
		expect([row.opened, row.joined]).toEqual([2, 1]);
		expect(
			await statusOf(() =>
				linkRoute.load(event({ actor: null, networkId: null, path: '/invitation/lien/x', params: { token: 'x' } }))
			)
		).toBe(404);
	});

	it('give the poster as a PDF to the coordinators of the link’s network only', async () => {
		const { network, coordinator, member, link } = await world();
		const other = await createNetworkWithPeople();
		const path = `/coordination/invitations/${link.id}/affiche.pdf`;
		const get = (actor: Actor | null, networkId: string | null) =>
			poster.GET(event({ actor, networkId, path, params: { id: link.id } }));
		const response = await get(coordinator.actor, network.id);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(
			Buffer.from(await response.arrayBuffer())
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');
		expect(await statusOf(() => get(null, null))).toBe(303);
		expect(await statusOf(() => get(member.actor, network.id))).toBe(403);
		expect(await statusOf(() => get(other.coordinator.actor, other.network.id))).toBe(404);
		expect(await statusOf(() => admin.load(event({ actor: member.actor, networkId: network.id, path })))).toBe(403);
		// The offer board: a theme of the network, for its coordinators; a missing or foreign theme is not found.
		const theme = await themeOf(network.id, 'Autre');
		const boardOf = (actor: Actor | null, networkId: string | null, query: string) =>
			board.GET(event({ actor, networkId, path: `/coordination/invitations/tableau.pdf${query}` }));
		const sheet = await boardOf(coordinator.actor, network.id, `?theme=${theme.id}`);
		expect(sheet.headers.get('content-type')).toBe('application/pdf');
		expect(await statusOf(() => boardOf(member.actor, network.id, `?theme=${theme.id}`))).toBe(403);
		expect(await statusOf(() => boardOf(other.coordinator.actor, other.network.id, `?theme=${theme.id}`))).toBe(404);
		expect(await statusOf(() => boardOf(coordinator.actor, network.id, ''))).toBe(404);
		expect(await statusOf(() => boardOf(coordinator.actor, network.id, '?theme=%00'))).toBe(404);
	});

	it('refuse bad input beside its field and write nothing', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const create = (body: Record<string, string>) =>
			admin.actions.create(
				event({ actor: coordinator.actor, networkId: network.id, path: '/coordination/invitations?/create', body })
			);
		for (const [body, field, sentence] of [
			[{ label: '' }, 'label', 'Ce champ est obligatoire'],
			[{ label: 'Stand', maxUses: '0' }, 'maxUses', 'entre 1 et 10'],
			[{ label: 'Stand', maxUses: '100000' }, 'maxUses', 'entre 1 et 10'],
			[{ label: 'Stand', lastDay: '2020-01-01' }, 'lastDay', 'Ce jour est déjà passé']
		] as const) {
			const result = await create(body);
			expect(isActionFailure(result)).toBe(true);
			const errors = (result as unknown as { data: { errors: Record<string, string> } }).data.errors;
			expect(errors[field], JSON.stringify(errors)).toContain(sentence);
		}
		expect(await listInvitationLinks({ actor: coordinator.actor, networkId: network.id })).toEqual([]);
	});
});
