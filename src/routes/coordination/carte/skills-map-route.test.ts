// The skills map's pages as the browser meets them (decision 034): the filters read from the address with a French
// sentence for a bad period, the CSV file's headers and body, the session form's refusals; coordinators only.
import { describe, expect, it } from 'vitest';
import {
	createNetworkWithPeople,
	createSkill,
	addMemberSkill,
	eventContent,
	themeOf
} from '../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { load } from './+page.server.ts';
import { GET } from './carte-des-savoirs.csv/+server.ts';
import { actions as needActions } from './besoins/+page.server.ts';
import { actions as sessionActions } from './seance/[eventId]/[accountId]/+page.server.ts';
import { createEvent } from '#lib/server/events/create-event.ts';
import { registerForOccurrence } from '#lib/server/events/register-for-occurrence.ts';
import { listAgendaOccurrenceIds } from '../../../../tests/skills-map-world.ts';

function event(actor: Actor | null, networkId: string, path: string, init?: RequestInit) {
	const url = new URL(`https://entrelien.example${path}`);
	return {
		locals: { actor, network: actor ? { id: networkId } : null },
		params: {},
		url,
		request: new Request(url, init)
	} as never;
}

async function world() {
	const people = await createNetworkWithPeople();
	const couture = await createSkill(people.network.id, 'Couture', 'Couture');
	await addMemberSkill(people.network.id, people.member.id, couture.id, 'learn');
	return { ...people, couture };
}

describe('the skills map’s pages', () => {
	it('answers a period that ends before it starts with a sentence beside « Au », and no map', async () => {
		const w = await world();
		const page = (await load(
			event(w.coordinator.actor, w.network.id, '/coordination/carte?du=2026-03-01&au=2026-02-01')
		)) as {
			map: unknown;
			errors: Record<string, string>;
		};
		expect(page.map).toBeNull();
		expect(page.errors.au).toBe(
			'La fin de la période est avant son début. Choisissez une date de fin le même jour ou après.'
		);
		const shown = (await load(event(w.coordinator.actor, w.network.id, '/coordination/carte?quartier=%3Cb%3E'))) as {
			map: { skills: { name: string }[] };
			values: Record<string, string>;
		};
		// A neighbourhood that makes no sense is dropped, not refused.
		expect(shown.values.quartier).toBe('');
		expect(shown.map.skills.map((s) => s.name)).toEqual(['Couture']);
	});

	it('sends the CSV as UTF-8 with a BOM to coordinators, and refuses the others with their status', async () => {
		const w = await world();
		const response = await GET(event(w.coordinator.actor, w.network.id, '/coordination/carte/carte-des-savoirs.csv'));
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toContain('carte-des-savoirs.csv');
		const body = new Uint8Array(await response.arrayBuffer());
		expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(body)).toContain('savoir,Couture,Couture,0,1,0,0,0,oui');
		for (const [actor, status] of [
			[w.member.actor, 403],
			[null, 401]
		] as const)
			await expect(GET(event(actor, w.network.id, '/coordination/carte/carte-des-savoirs.csv'))).rejects.toMatchObject({
				status
			});
	});

	it('refuses a note on an unknown need with a sentence, and a plain member', async () => {
		const w = await world();
		const body = (need: string) => ({
			method: 'POST',
			body: new URLSearchParams({ need, kind: 'ask_partner', note: '' })
		});
		const path = '/coordination/carte/besoins?/record';
		const unknown = (await needActions.record(
			event(w.coordinator.actor, w.network.id, path, body('skill:00000000-0000-4000-8000-000000000000'))
		)) as { status: number; data: { errors: Record<string, string> } };
		expect(unknown.status).toBe(400);
		expect(unknown.data.errors.need).toBe("Ce besoin n'est pas dans ce réseau. Revenez à la liste des besoins.");
		const refused = (await needActions.record(
			event(w.member.actor, w.network.id, path, body(`skill:${w.couture.id}`))
		)) as { status: number };
		expect(refused.status).toBe(403);
	});

	it('answers the session form’s bad input beside its field, and gives back what was typed with close names', async () => {
		const w = await world();
		const session = await createEvent({
			actor: w.coordinator.actor,
			networkId: w.network.id,
			input: eventContent(null, { kind: 'skills_session' })
		});
		const [occurrenceId] = await listAgendaOccurrenceIds(session.id);
		await registerForOccurrence({ actor: w.member.actor, networkId: w.network.id, occurrenceId });
		const post = (fields: Record<string, string>) => {
			const e = event(w.coordinator.actor, w.network.id, `/coordination/carte/seance/${session.id}/${w.member.id}`, {
				method: 'POST',
				body: new URLSearchParams(fields)
			}) as { params: Record<string, string> };
			e.params = { eventId: session.id, accountId: w.member.id };
			return sessionActions.default(e as never) as Promise<
				{ status?: number; data?: { errors: Record<string, string> } } & Record<string, unknown>
			>;
		};
		const bad = await post({ partage1: 'Vannerie', partage1_theme: 'pas-un-id' });
		expect(bad.status).toBe(400);
		expect(bad.data?.errors.partage1_theme).toBe('Choisissez une des options proposées.');
		const close = await post({ apprend1: 'Coutures', apprend1_theme: (await themeOf(w.network.id, 'Couture')).id });
		expect(close).toMatchObject({ suggestions: { apprend1: ['Couture'] }, values: { apprend1: 'Coutures' } });
	});
});
