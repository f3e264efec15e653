import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOUNCER_STYLE_HASH, CSP_DIRECTIVES } from './content-security-policy.ts';

describe('the pages’ Content-Security-Policy', () => {
	it('allows only the site itself, no plugin, no other base or form target, and no framing', () => {
		expect(CSP_DIRECTIVES).toMatchObject({
			'default-src': ['self'],
			'script-src': ['self'],
			'style-src': ['self'],
			'object-src': ['none'],
			'base-uri': ['self'],
			'form-action': ['self'],
			'frame-ancestors': ['none']
		});
		const all = Object.values(CSP_DIRECTIVES).flat();
		expect(all).not.toContain('unsafe-inline');
		expect(all).not.toContain('unsafe-eval');
		expect(all.some((source) => String(source).includes('*'))).toBe(false);
	});

	it("allows the style attribute of the installed SvelteKit's live region, by its hash", () => {
		const require = createRequire(import.meta.url);
		const kit = dirname(require.resolve('@sveltejs/kit/package.json'));
		const root = readFileSync(join(kit, 'src/runtime/components/root.svelte'), 'utf8');
		const announcer = /id="svelte-announcer"[^>]*?style="([^"]+)"/.exec(root);
		expect(announcer, 'the announcer of root.svelte').not.toBeNull();
		const hash = `sha256-${createHash('sha256').update(announcer![1]).digest('base64')}`;
		expect(ANNOUNCER_STYLE_HASH).toBe(hash);
		expect(CSP_DIRECTIVES['style-src-attr']).toEqual(['unsafe-hashes', hash]);
	});
});
