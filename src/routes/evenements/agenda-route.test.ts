// The agenda's address, read and rendered as a browser without JavaScript gets it: `?page=` pages the agenda, a
// page number that makes no sense gives the first page (never an error), and the « Plus tôt » / « Plus tard »
// links keep the filters.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, eventContent } from '../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { createEvent } from '#lib/server/events/create-event.ts';
import { addParisDays, parisDate } from '#lib/paris-time.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

function event(actor: Actor, networkId: string, search: string) {
	const url = new URL(`https://entrelien.example/evenements${search}`);
	return { locals: { actor, network: { id: networkId } }, params: {}, url } as never;
}

const links = (html: string) =>
	[...html.matchAll(/<a [^>]*rel="(prev|next)"[^>]*href="([^"]*)"|<a [^>]*href="([^"]*)"[^>]*rel="(prev|next)"/g)].map(
		(m) => ({ rel: m[1] ?? m[4], href: (m[2] ?? m[3]).replaceAll('&amp;', '&') })
	);

describe('/evenements', () => {
	it('pages through the agenda with links that keep the filters, and reads a bad page as the first', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const first = eventContent(null, { kind: 'workshop' });
		const until = parisDate(addParisDays(first.startsAt, 7 * 39));
		await createEvent({ actor: coordinator.actor, networkId: network.id, input: { ...first, repeatUntil: until } });
		const run = async (search: string) => {
			const data = (await load(event(member.actor, network.id, search))) as Record<string, never>;
			return { data, html: render(Page, { props: { data } as never }).body };
		};

		for (const bad of ['?page=abc', '?page=0', '?page=-3', '?page=1.5', '']) {
			const { data, html } = await run(bad);
			expect(data).toMatchObject({ agenda: { page: 1, hasEarlier: false, hasLater: true } });
			expect(links(html)).toEqual([{ rel: 'next', href: '/evenements?page=2' }]);
		}
		const { data, html } = await run('?type=workshop&page=2');
		expect(data).toMatchObject({ agenda: { page: 2, hasEarlier: true, hasLater: false } });
		expect(links(html)).toEqual([{ rel: 'prev', href: '/evenements?type=workshop' }]);
		expect(html).toContain('Plus tôt');
		const past = await run('?page=9');
		expect(past.html).toContain("Il n'y a rien de prévu plus tard.");
		expect(links(past.html)).toEqual([{ rel: 'prev', href: '/evenements?page=8' }]);
	});
});
