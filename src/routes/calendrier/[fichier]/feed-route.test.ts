// The feed URL as a calendar app meets it: no session, the token in the path, 404 once renewed.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { renewCalendarFeed } from '#lib/server/calendars/renew-calendar-feed.ts';
import { GET } from './+server.ts';

const get = (path: string) => {
	const url = new URL(`https://entrelien.example${path}`);
	const fichier = path.split('/').at(-1)!;
	return GET({ params: { fichier }, url } as unknown as Parameters<typeof GET>[0]);
};

describe('GET /calendrier/<token>.ics', () => {
	it('answers the calendar, then 404 for the old URL after renewal', async () => {
		const { network, member } = await createNetworkWithPeople();
		const scope = { actor: member.actor, networkId: network.id, target: { scope: 'network' as const } };
		const first = await renewCalendarFeed(scope);
		const response = await get(first.path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

		const second = await renewCalendarFeed(scope);
		await expect(get(first.path)).rejects.toMatchObject({ status: 404 });
		expect((await get(second.path)).status).toBe(200);
		await expect(get('/calendrier/nimporte-quoi.ics')).rejects.toMatchObject({ status: 404 });
	});
});
