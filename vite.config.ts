import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// French unless the person chose otherwise (cookie set by the language form).
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit({
			adapter: adapter({ out: 'build' })
		})
	],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' }
});
