import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';
import { CSP_DIRECTIVES } from './src/lib/server/web/content-security-policy.ts';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// French unless the person chose otherwise (cookie set by the language form).
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit({
			adapter: adapter({ out: 'build' }),
			// Nonces for server-rendered pages, hashes for prerendered ones; the directives and why: that file.
			csp: { mode: 'auto', directives: CSP_DIRECTIVES }
		})
	],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' }
});
