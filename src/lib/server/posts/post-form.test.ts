// The post form through the real pipeline (form data → zod schema → domain), as /annonces/nouvelle runs it:
// French messages next to the fields, the typed values kept, and nothing written.
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createSkill, themeOf } from '../../../../tests/factories.ts';
import { postInput } from '../../validation/posts.ts';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { postSkills, posts } from '../db/schema/index.ts';
import { handleForm } from '../web/form.ts';
import { createPost } from './create-post.ts';

function post(fields: [string, string][]): RequestEvent {
	const body = new URLSearchParams(fields);
	const request = new Request('http://127.0.0.1/annonces/nouvelle', { method: 'POST', body });
	return { request, url: new URL(request.url) } as RequestEvent;
}

function submit(actor: Actor, networkId: string, fields: Record<string, string>, extra: [string, string][] = []) {
	return handleForm(post([...Object.entries(fields), ...extra]), postInput, async (input) => {
		const created = await createPost({ actor, networkId, ...input });
		return { id: created.id };
	});
}

const written = async () => ({ posts: await db().$count(posts), postSkills: await db().$count(postSkills) });

async function setUp() {
	const people = await createNetworkWithPeople();
	const good = {
		kind: 'request',
		title: 'Réparer mon vélo',
		description: 'La chaîne saute quand je change de vitesse.',
		themeId: (await themeOf(people.network.id, 'Mobilité & vélo')).id,
		format: 'one_to_one',
		placeKind: 'neighbourhood',
		place: 'Petit-Nanterre',
		whenKind: 'flexible',
		startsAt: '',
		whenNote: ''
	};
	return { ...people, good };
}

describe('the post form', () => {
	it('publishes a post with two ticked skills', async () => {
		const { network, member, good } = await setUp();
		const a = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const b = await createSkill(network.id, 'Mécanique', 'Bricolage & réparation');
		const result = await submit(member.actor, network.id, good, [
			['skillIds', a.id],
			['skillIds', b.id]
		]);
		expect(result).toMatchObject({ id: expect.any(String) });
		expect(await db().$count(postSkills)).toBe(2);
	});

	it.each([
		['an empty title', { title: '' }, 'title', 'Ce champ est obligatoire. Remplissez-le.'],
		[
			'a 10 000-character description',
			{ description: 'd'.repeat(10_000) },
			'description',
			// The limit is written as French writes numbers, with a narrow no-break space.
			'Ce texte est trop long : 4\u202f000 signes au plus. Raccourcissez-le.'
		],
		[
			'a script tag in the title',
			{ title: '<script>alert(1)</script>' },
			'title',
			'Les signes < et > sont refusés ici. Retirez-les.'
		],
		['a two-letter title', { title: 'Vé' }, 'title', 'Ce titre est trop court. Écrivez au moins 3 signes.'],
		['no theme', { themeId: '' }, 'themeId', 'Ce champ est obligatoire. Remplissez-le.'],
		[
			'an unknown theme',
			{ themeId: crypto.randomUUID() },
			'themeId',
			"Ce thème n'est pas dans la liste. Choisissez un thème de la liste."
		],
		[
			'a one-time post without a date',
			{ whenKind: 'once' },
			'startsAt',
			"Il manque la date et l'heure. Indiquez-les, ou choisissez un autre moment."
		],
		[
			'a public post by a plain member',
			{ visibility: 'public' },
			'visibility',
			"Cette action est réservée à d'autres personnes du réseau. Revenez à l'accueil, ou demandez à l'équipe du réseau."
		]
	])('%s → a French message on the field, the values kept, nothing written', async (_, change, field, message) => {
		const { network, member, good } = await setUp();
		const before = await written();
		const result = await submit(member.actor, network.id, { ...good, ...change });
		expect(result).toMatchObject({ data: { errors: { [field]: message } } });
		const status = (result as { status: number }).status;
		expect(status).toBeGreaterThanOrEqual(400);
		expect(status).toBeLessThan(500);
		expect(result).toMatchObject({ data: { values: { whenNote: '', place: 'Petit-Nanterre' } } });
		expect(await written()).toEqual(before);
	});

	it('refuses a theme of another network with the same message', async () => {
		const { network, member, good } = await setUp();
		const other = await createNetworkWithPeople();
		const before = await written();
		const result = await submit(member.actor, network.id, {
			...good,
			themeId: (await themeOf(other.network.id, 'Mobilité & vélo')).id
		});
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { themeId: "Ce thème n'est pas dans la liste. Choisissez un thème de la liste." } }
		});
		expect(await written()).toEqual(before);
	});

	it('lets the route redirect after publishing', async () => {
		const { network, member, good } = await setUp();
		const thrown = await handleForm(post(Object.entries(good)), postInput, async (input) => {
			const created = await createPost({ actor: member.actor, networkId: network.id, ...input });
			const { redirect } = await import('@sveltejs/kit');
			redirect(303, `/annonces/${created.id}`);
		}).catch((e) => e);
		expect(isRedirect(thrown)).toBe(true);
	});
});
