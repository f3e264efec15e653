import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, useConfig } from '../config.ts';
import { HSTS, securityHeaders } from './security-headers.ts';

afterEach(() => useConfig(undefined));

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

/** Runs the handle on one response, as SvelteKit would. */
async function through(response: Response, origin?: string) {
	useConfig(loadConfig(origin ? { ORIGIN: origin } : {}));
	const event = { url: new URL('http://localhost/x') } as unknown as RequestEvent;
	return securityHeaders({ event, resolve: async () => response });
}

describe('securityHeaders', () => {
	it("keeps a page's policy and forbids framing it, also to browsers that ignore frame-ancestors", async () => {
		const page = new Response('<!doctype html>', {
			headers: { 'content-type': 'text/html', 'content-security-policy': PAGE_POLICY }
		});
		const answered = await through(page);
		expect(answered.headers.get('content-security-policy')).toBe(PAGE_POLICY);
		expect(answered.headers.get('x-frame-options')).toBe('DENY');
		expect(answered.headers.get('x-content-type-options')).toBe('nosniff');
		expect(answered.headers.has('strict-transport-security')).toBe(false);
	});

	it('forbids framing responses that are not pages: calendar files, redirects, endpoints', async () => {
		const responses = [
			new Response('BEGIN:VCALENDAR', { headers: { 'content-type': 'text/calendar' } }),
			new Response(null, { status: 303, headers: { location: '/connexion' } }),
			// A response passed through from fetch has headers that cannot be changed: it is copied.
			Response.redirect('http://localhost/connexion', 303)
		];
		for (const response of responses) {
			const answered = await through(response);
			expect(answered.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
			expect(answered.headers.get('x-frame-options')).toBe('DENY');
			expect(answered.status).toBe(response.status);
		}
	});

	it('asks browsers to keep to https for a year when the public origin is https, only then', async () => {
		const secure = await through(new Response('ok'), 'https://entrelien.example.org');
		expect(secure.headers.get('strict-transport-security')).toBe(HSTS);
		expect(HSTS).toBe('max-age=31536000; includeSubDomains');
		const plain = await through(new Response('ok'), 'http://entrelien.example.org');
		expect(plain.headers.has('strict-transport-security')).toBe(false);
	});
});
