// The route edge's helpers on hand-made requests: who asks and about which network (scopeOf and its
// refusals), the query string (handleQuery, readQuery), the notices after a redirect (withFlash, flashOf) and
// the uploaded file (readUpload, from the same reading of the body as the text fields).
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../auth/policies.ts';
import { flashOf, withFlash } from './flash.ts';
import { readForm, readUpload } from './form.ts';
import { handleQuery, queryValues, readQuery } from './query.ts';
import { accountOf, networkOf, scopeOf, visitorScopeOf } from './scope.ts';

const network = { id: 'n1', slug: 'quartier', name: 'Quartier', town: 'Nanterre', description: '', joinPolicy: 'open' };
const person = (role: 'member' | 'coordinator', status: 'active' | 'pending' = 'active') =>
	({
		accountId: 'a1',
		name: 'Awa',
		email: null,
		locale: 'fr',
		isInstanceAdmin: false,
		memberships: [{ networkId: 'n1', role, status }]
	}) satisfies Actor & { email: null; locale: string };

const withLocals = (locals: Partial<App.Locals>) => ({
	locals: { actor: null, network: null, ...locals } as App.Locals
});
const at = (query: string) => ({ url: new URL(`https://entrelien.example/page${query}`) });

describe('scopeOf', () => {
	it('gives the actor and the current network', () => {
		const actor = person('member');
		expect(scopeOf(withLocals({ actor, network }))).toEqual({ actor, networkId: 'n1' });
		expect(networkOf(withLocals({ actor, network })).name).toBe('Quartier');
	});

	it.each([
		['a visitor', {}, 'not_logged_in'],
		['a person without a usable network', { actor: person('member'), network: null }, 'not_member'],
		[
			'a person whose networks are suspended',
			{ actor: person('member'), network: null, suspendedNetworks: [{ id: 'n2', name: 'Autre' }] },
			'network_suspended'
		]
	])('refuses %s with an AppError', (_who, locals, code) => {
		expect(() => scopeOf(withLocals(locals))).toThrow(expect.objectContaining({ code }));
	});

	it('checks the role up front when the page asks for one', () => {
		expect(scopeOf(withLocals({ actor: person('coordinator'), network }), 'coordinator').networkId).toBe('n1');
		expect(() => scopeOf(withLocals({ actor: person('member'), network }), 'coordinator')).toThrow(
			expect.objectContaining({ code: 'forbidden' })
		);
		expect(() => scopeOf(withLocals({ actor: person('member', 'pending'), network }), 'member')).toThrow(
			expect.objectContaining({ code: 'membership_pending' })
		);
		expect(() => networkOf(withLocals({ actor: person('member'), network }), 'coordinator')).toThrow(
			expect.objectContaining({ code: 'forbidden' })
		);
	});

	it('asks a visitor to log in where an account is needed, and lets visitors see their pages', () => {
		expect(() => accountOf(withLocals({}))).toThrow(expect.objectContaining({ code: 'not_logged_in' }));
		expect(visitorScopeOf(withLocals({ network }))).toMatchObject({ actor: null, networkId: 'n1', unread: null });
		expect(visitorScopeOf(withLocals({}))).toMatchObject({ actor: null, networkId: null, suspendedNetworks: [] });
	});
});

describe('handleQuery and readQuery', () => {
	const list = z.object({
		page: z.coerce.number().int().min(1).catch(1).default(1),
		type: z.enum(['offre', 'demande']).optional().catch(undefined)
	});

	it('reads the query as a form: typed values, bad ones falling back to their default', () => {
		expect(handleQuery(at('?page=3&type=offre'), list)).toEqual({ page: 3, type: 'offre' });
		expect(handleQuery(at('?page=-2&type=%00'), list)).toEqual({ page: 1, type: undefined });
		expect(handleQuery(at(''), list)).toEqual({ page: 1 });
	});

	it('joins a name given twice with a line break, as forms do', () => {
		expect(queryValues(new URL('https://e.example/?avec=a&avec=b'))).toEqual({ avec: 'a\nb' });
	});

	it('answers a value its schema refuses with a 400 and a French sentence, never a 500', () => {
		const strict = z.object({ du: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'rep_date' }) });
		try {
			handleQuery(at('?du=demain'), strict);
			expect.unreachable();
		} catch (error) {
			expect(isHttpError(error) && error.status).toBe(400);
			expect(isHttpError(error) && error.body.message).toMatch(/date/);
		}
		expect(readQuery(at('?du=demain'), strict)).toMatchObject({
			ok: false,
			values: { du: 'demain' },
			errors: { du: expect.stringMatching(/date/) }
		});
		expect(readQuery(at('?du=2026-01-31'), strict)).toMatchObject({ ok: true, data: { du: '2026-01-31' } });
	});
});

describe('flash notices', () => {
	it('puts the notice before the fragment and reads back only the codes a page knows', () => {
		expect(withFlash('/messages/7#repondre', 'envoye')).toBe('/messages/7?fait=envoye#repondre');
		expect(withFlash('/annonces/1', 'publiee')).toBe('/annonces/1?fait=publiee');
		expect(withFlash('/recherche?q=v', 'x')).toBe('/recherche?q=v&fait=x');
		expect(flashOf(at('?fait=publiee'), ['publiee', 'modifiee'])).toBe('publiee');
		expect(flashOf(at('?fait=%3Cscript%3E'), ['publiee'])).toBeUndefined();
		expect(flashOf(at(''), ['publiee'])).toBeUndefined();
	});
});

describe('readUpload', () => {
	const post = (body: BodyInit, type?: string) => ({
		request: new Request('https://entrelien.example/profil', {
			method: 'POST',
			body,
			headers: type ? { 'content-type': type } : undefined
		})
	});

	it('reads the file and the text fields from one reading of the body', async () => {
		const body = new FormData();
		body.set('alt', 'Une table');
		body.set('photo', new File([Uint8Array.from([0xff, 0xd8, 0xff, 1])], 'photo.jpg'));
		const event = post(body);
		expect(await readUpload(event, 'photo')).toEqual(Uint8Array.from([0xff, 0xd8, 0xff, 1]));
		expect(await readForm(event)).toEqual({ alt: 'Une table' });
	});

	it('gives no bytes for a missing file or an unreadable body (the domain says « choose a photo »)', async () => {
		expect(await readUpload(post(new URLSearchParams({ alt: 'x' })), 'photo')).toEqual(new Uint8Array());
		const broken = post('photo=1', 'multipart/form-data');
		expect(await readUpload(broken, 'photo')).toEqual(new Uint8Array());
		expect(await readForm(broken)).toBeNull();
	});
});
