import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, eventContent } from '../../../../tests/factories.ts';
import { addParisDays, parisDate } from '../../paris-time.ts';
import { agendaQuery } from '../../validation/events.ts';
import { createEvent } from './create-event.ts';
import { AGENDA_PAGE_SIZE, listAgenda } from './list-agenda.ts';

const occurrencesOf = (agenda: Awaited<ReturnType<typeof listAgenda>>) =>
	agenda.weeks.flatMap((week) => week.items.map((item) => item.occurrenceId));

describe('the agenda, a page at a time', () => {
	it('shows 30 occurrences a page, in order, each once, with « Plus tôt » and « Plus tard » where they lead', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const first = eventContent(null);
		const weeks = 20;
		const until = parisDate(addParisDays(first.startsAt, 7 * (weeks - 1)));
		// Two weekly series at the very same hours (ties are ordered by id), and one event on its own: 41 in all.
		for (const title of ['Atelier vélo', 'Atelier couture']) {
			await createEvent({
				actor: coordinator.actor,
				networkId: network.id,
				input: { ...first, title, repeatUntil: until }
			});
		}
		await createEvent({ actor: coordinator.actor, networkId: network.id, input: eventContent(null) });
		const total = 2 * weeks + 1;

		const pageOne = await listAgenda({ actor: member.actor, networkId: network.id });
		expect(occurrencesOf(pageOne)).toHaveLength(AGENDA_PAGE_SIZE);
		expect(pageOne).toMatchObject({ page: 1, hasEarlier: false, hasLater: true });
		const pageTwo = await listAgenda({ actor: member.actor, networkId: network.id, page: 2 });
		expect(occurrencesOf(pageTwo)).toHaveLength(total - AGENDA_PAGE_SIZE);
		expect(pageTwo).toMatchObject({ page: 2, hasEarlier: true, hasLater: false });

		const seen = [...occurrencesOf(pageOne), ...occurrencesOf(pageTwo)];
		expect(new Set(seen).size).toBe(total);
		const starts = [...pageOne.weeks, ...pageTwo.weeks].flatMap((w) => w.items.map((i) => i.startsAt.getTime()));
		expect(starts).toEqual([...starts].sort((a, b) => a - b));

		const beyond = await listAgenda({ actor: member.actor, networkId: network.id, page: 3 });
		expect(beyond).toMatchObject({ weeks: [], page: 3, hasEarlier: true, hasLater: false });
		// Filtered, the agenda pages the same way.
		const workshops = await listAgenda({ actor: member.actor, networkId: network.id, kind: first.kind });
		expect(occurrencesOf(workshops)).toHaveLength(AGENDA_PAGE_SIZE);
	});

	it('reads a page number that makes no sense as the first page', async () => {
		const { network, member } = await createNetworkWithPeople();
		for (const page of [0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect((await listAgenda({ actor: member.actor, networkId: network.id, page })).page).toBe(1);
		}
		for (const value of ['abc', '0', '-1', '2.5', '1e9', '', '99999999999999999999']) {
			expect(agendaQuery.parse({ page: value }).page).toBe(1);
		}
		expect(agendaQuery.parse({}).page).toBe(1);
		expect(agendaQuery.parse({ page: '3' }).page).toBe(3);
	});
});
