// The test-only clock address: absent (404) unless the server runs with E2E_TEST_API=1, as the e2e journeys'
// servers do; with it, the offset it sets is the one now() reads.
import { afterEach, describe, expect, it } from 'vitest';
import { now } from '#lib/server/clock.ts';
import { GET, PUT } from './+server.ts';

const URL_ = new URL('http://entrelien.test/test-only/clock');

function event(body?: unknown) {
	const request =
		body === undefined
			? new Request(URL_, { method: 'GET' })
			: new Request(URL_, {
					method: 'PUT',
					body: JSON.stringify(body),
					headers: { 'content-type': 'application/json' }
				});
	return { request, url: URL_, params: {}, locals: { actor: null, network: null } } as never;
}

const HOUR = 3_600_000;

afterEach(() => {
	delete process.env.E2E_TEST_API;
});

describe('/test-only/clock', () => {
	it('does not exist without E2E_TEST_API=1, and leaves the clock alone', async () => {
		for (const value of [undefined, '', '0', 'true', 'yes']) {
			if (value === undefined) delete process.env.E2E_TEST_API;
			else process.env.E2E_TEST_API = value;
			await expect(Promise.resolve().then(() => GET(event()))).rejects.toMatchObject({ status: 404 });
			await expect(Promise.resolve().then(() => PUT(event({ offsetMs: HOUR })))).rejects.toMatchObject({
				status: 404
			});
			expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
		}
	});

	it('with E2E_TEST_API=1, moves the clock by the offset it is given and says where it is', async () => {
		process.env.E2E_TEST_API = '1';
		const moved = (await (await PUT(event({ offsetMs: 2 * HOUR }))).json()) as { offsetMs: number; now: string };
		expect(moved.offsetMs).toBe(2 * HOUR);
		expect(Math.abs(now().getTime() - (Date.now() + 2 * HOUR))).toBeLessThan(1_000);
		expect(Math.abs(Date.parse(moved.now) - (Date.now() + 2 * HOUR))).toBeLessThan(1_000);
		// Setting, not adding: the same call twice leaves the clock where it is.
		await PUT(event({ offsetMs: 2 * HOUR }));
		expect(((await (await GET(event())).json()) as { offsetMs: number }).offsetMs).toBe(2 * HOUR);
		await PUT(event({ offsetMs: 0 }));
		expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
	});

	it('refuses an offset that is no whole number of milliseconds within a year', async () => {
		process.env.E2E_TEST_API = '1';
		for (const body of [{}, { offsetMs: '60000' }, { offsetMs: 1.5 }, { offsetMs: 400 * 24 * HOUR }, null]) {
			await expect(Promise.resolve().then(() => PUT(event(body)))).rejects.toMatchObject({ status: 400 });
		}
		expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
	});
});
