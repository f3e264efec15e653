// The Content-Security-Policy of every page (decision 012, issue 11). SvelteKit sends it as a header with each
// server-rendered page and adds a fresh nonce for its own inline scripts (`mode: 'auto'`), so hydration works
// and an injected <script> does not run. Read by vite.config.ts (the `csp` option of the sveltekit plugin): keep
// this file free of runtime imports.
//
// - Everything comes from the site itself: no CDN, no third-party script, font or image.
// - No inline style either: pages style through classes of src/app.css and components' <style> blocks, which
//   the build turns into .css files. An inline `style="…"` attribute is refused by the browser, except one:
//   the style of SvelteKit's own live region (`#svelte-announcer`, added once JavaScript runs, which reads the
//   new page's title to screen readers), allowed by its hash. content-security-policy.test.ts checks the hash
//   against the installed SvelteKit, so an upgrade that changes it fails a test rather than the pages.
// - `frame-ancestors 'none'`: no other site may show a page in a frame, so nobody can lay a one-button form
//   (« annuler l'événement », « accepter le membre ») under a decoy click. It only works in the header, which
//   is how SvelteKit sends it for server-rendered pages; other responses get it from security-headers.ts.
// - `form-action 'self'`: a form injected into a page cannot post to another site.
import type { Config } from '@sveltejs/kit/vite';

type Directives = NonNullable<NonNullable<Config['csp']>['directives']>;

/** SHA-256 of the style attribute of SvelteKit's `#svelte-announcer` (@sveltejs/kit runtime/components/root.svelte). */
export const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

export const CSP_DIRECTIVES: Directives = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH],
	'img-src': ['self'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};
