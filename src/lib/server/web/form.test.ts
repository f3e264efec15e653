// Bad input through the real form pipeline (zod schema → domain function): a clear French message next to the
// field, a 400, and nothing written.
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { signUp } from '../networks/sign-up.ts';
import { signUpInput } from '../../validation/accounts.ts';
import { handleForm, readForm } from './form.ts';

function post(fields: Record<string, string>, address = 'http://127.0.0.1/inscription'): RequestEvent {
	const request = new Request(address, { method: 'POST', body: new URLSearchParams(fields) });
	return { request, url: new URL(request.url) } as unknown as RequestEvent;
}

async function submitSignUp(fields: Record<string, string>) {
	return handleForm(post(fields), signUpInput, (input) =>
		signUp({ ...input, networkSlug: input.network, origin: 'http://127.0.0.1' })
	);
}

function submitTo(address: string, fields: Record<string, string>) {
	return handleForm(post(fields, address), signUpInput, async () => 'never');
}

async function written() {
	return { accounts: await db().$count(accounts), memberships: await db().$count(memberships) };
}

describe('sign-up form with bad input', () => {
	const good = { name: 'Nadia Haddad', email: 'nadia.haddad@exemple.org', password: 'bonjour-voisin', network: '' };
	beforeAll(async () => {
		good.network = (await createNetwork({ joinPolicy: 'open' })).slug;
	});

	it.each([
		['empty name', { name: '   ' }, 'name', 'Ce champ est obligatoire. Remplissez-le.'],
		[
			'very long name',
			{ name: 'a'.repeat(10_000) },
			'name',
			'Ce texte est trop long : 80 signes au plus. Raccourcissez-le.'
		],
		[
			'script in the name',
			{ name: '<script>alert(1)</script>' },
			'name',
			'Les signes < et > sont refusés ici. Retirez-les.'
		],
		[
			'malformed email',
			{ email: 'nadia@' },
			'email',
			'Indiquez une adresse e-mail complète, par exemple prenom@exemple.fr.'
		],
		[
			'short password',
			{ password: 'court' },
			'password',
			"Ce mot de passe est trop court. Choisissez-en un d'au moins 8 signes."
		],
		[
			'unknown network',
			{ network: 'reseau-inexistant' },
			'network',
			"Ce réseau n'existe pas sur ce site. Vérifiez l'adresse, ou revenez à l'accueil."
		]
	])('%s → message on the field, nothing written', async (_case, change, field, message) => {
		const before = await written();
		const result = await submitSignUp({ ...good, ...change });
		expect(result).toMatchObject({ status: expect.any(Number), data: { errors: { [field]: message } } });
		expect((result as { status: number }).status).toBeGreaterThanOrEqual(400);
		expect((result as { status: number }).status).toBeLessThan(500);
		expect(await written()).toEqual(before);
	});

	it('never sends the password back to the page', async () => {
		const result = await submitSignUp({ ...good, email: 'pas-une-adresse' });
		expect(result).toMatchObject({ data: { values: { name: 'Nadia Haddad', email: 'pas-une-adresse' } } });
		expect(JSON.stringify(result)).not.toContain('bonjour-voisin');
	});

	it('accepts the good input once, then refuses the same email', async () => {
		const ok = await submitSignUp(good);
		expect(ok).toMatchObject({ status: 'active' });
		const again = await submitSignUp({ ...good, email: 'NADIA.HADDAD@exemple.org' });
		expect(again).toMatchObject({
			status: 409,
			data: { errors: { email: expect.stringContaining('Un compte existe déjà') } }
		});
	});

	it.each([
		['a broken multipart body', 'multipart/form-data; boundary=x', '{'],
		['multipart without a boundary', 'multipart/form-data', 'name=Nadia'],
		['a multipart part cut short', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="n"']
	])('answers %s with a sentence on the form, not a crash, and writes nothing', async (_case, type, body) => {
		const before = await written();
		const request = new Request('http://127.0.0.1/inscription', {
			method: 'POST',
			body,
			headers: { 'content-type': type }
		});
		const event = { request, url: new URL(request.url) } as unknown as RequestEvent;
		const result = await handleForm(event, signUpInput, async () => 'never');
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { _form: "Le formulaire n'a pas pu être lu. Rechargez la page, puis envoyez-le de nouveau." } }
		});
		expect(await written()).toEqual(before);
	});

	it('names the action that was sent, from the address, so a page of several forms answers next to it', async () => {
		const before = await written();
		const named = await submitTo('http://127.0.0.1/compte?/join', { ...good, email: 'pas-une-adresse' });
		expect(named).toMatchObject({ status: 400, data: { action: 'join', errors: { email: expect.any(String) } } });
		const unreadable = new Request('http://127.0.0.1/compte?/password', {
			method: 'POST',
			body: 'x',
			headers: { 'content-type': 'multipart/form-data' }
		});
		const event = { request: unreadable, url: new URL(unreadable.url) } as unknown as RequestEvent;
		expect(await handleForm(event, signUpInput, async () => 'never')).toMatchObject({ data: { action: 'password' } });
		const unnamed = await submitTo('http://127.0.0.1/inscription', { ...good, email: 'pas-une-adresse' });
		expect(unnamed).toMatchObject({ status: 400 });
		expect(unnamed).not.toHaveProperty('data.action');
		expect(await written()).toEqual(before);
	});

	it('reads the body once: a route may look at the fields before handleForm parses them', async () => {
		const event = post({ ...good, name: 'Inès Martin', email: 'ines.martin@exemple.org' });
		expect(await readForm(event)).toMatchObject({ name: 'Inès Martin' });
		const result = await handleForm(event, signUpInput, async (input) => input.name);
		expect(result).toBe('Inès Martin');
	});
});
