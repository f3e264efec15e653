// « Partager » as a browser without JavaScript receives it: three plain links carrying the page's address and
// title, encoded, and no script (decision 039).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Share from './Share.svelte';

describe('Share', () => {
	it('links to SMS, WhatsApp and e-mail with the address and title, and no script', () => {
		const url = 'https://entrelien.example.org/evenements/42?cle=abc_DEF-123';
		const title = 'Atelier « vélo » & café';
		const html = render(Share, { props: { url, title } }).body;
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&'));
		const body = encodeURIComponent(`${title} — ${url}`);
		expect(hrefs).toEqual([
			`sms:?&body=${body}`,
			`https://wa.me/?text=${body}`,
			`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`
		]);
		expect(html).toContain('Partager');
		expect(html).not.toContain('<script');
	});
});
