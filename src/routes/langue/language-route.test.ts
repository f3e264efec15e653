// The footer's language switcher, posted by hand: a `suite` sent twice or a body that is not a form used to be a
// 500. A bad address goes home; an unreadable body is the error page with a sentence.
import { describe, expect, it } from 'vitest';
import { actions } from './+page.server.ts';

function event(body: BodyInit, type?: string) {
	const url = new URL('https://entrelien.example/langue');
	const headers = type ? { 'content-type': type } : undefined;
	const cookies: Record<string, string> = {};
	return {
		event: {
			locals: { actor: null, network: null },
			url,
			cookies: { set: (name: string, value: string) => (cookies[name] = value) },
			request: new Request(url, { method: 'POST', body, headers })
		} as never,
		cookies
	};
}

describe('the language switcher', () => {
	it('goes back to the page it was sent from', async () => {
		const { event: posted, cookies } = event(new URLSearchParams({ locale: 'en', suite: '/annonces?page=2' }));
		await expect(actions.default(posted)).rejects.toMatchObject({ status: 303, location: '/annonces?page=2' });
		expect(Object.values(cookies)).toContain('en');
	});

	it('goes home when `suite` is sent twice', async () => {
		const body = new URLSearchParams([
			['locale', 'fr'],
			['suite', '/annonces'],
			['suite', '/membres']
		]);
		await expect(actions.default(event(body).event)).rejects.toMatchObject({ status: 303, location: '/' });
	});

	it('answers a multipart body without a boundary with a 400 and a sentence, and sets nothing', async () => {
		const { event: posted, cookies } = event('locale=en', 'multipart/form-data');
		await expect(actions.default(posted)).rejects.toMatchObject({
			status: 400,
			body: { message: "Le formulaire n'a pas pu être lu. Rechargez la page, puis envoyez-le de nouveau." }
		});
		expect(cookies).toEqual({});
	});
});
