// Headers that protect every response, page or not (issue 11, decision 012). The Content-Security-Policy of
// pages comes from SvelteKit (content-security-policy.ts); here, what it does not cover:
// - X-Frame-Options for browsers that ignore frame-ancestors, and frame-ancestors itself on responses without a
//   policy (calendar files, endpoints, redirects), so no response of the site can be framed;
// - nosniff on everything, so a calendar file or a photo is never run as a script or page;
// - HSTS when the public origin is https: the browser then never tries plain http again for a year.
import type { Handle } from '@sveltejs/kit/hooks';
import { config } from '../config.ts';

export const HSTS = 'max-age=31536000; includeSubDomains';

export function addSecurityHeaders(headers: Headers, options: { https: boolean }): void {
	headers.set('x-frame-options', 'DENY');
	headers.set('x-content-type-options', 'nosniff');
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', "frame-ancestors 'none'");
	if (options.https) headers.set('strict-transport-security', HSTS);
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const https = config().origin?.startsWith('https:') ?? false;
	try {
		addSecurityHeaders(response.headers, { https });
		return response;
	} catch {
		// Immutable headers (a response passed through from fetch): copy it into one we may change.
		const copy = new Response(response.body, response);
		addSecurityHeaders(copy.headers, { https });
		return copy;
	}
};
