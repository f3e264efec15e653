// Mentoring as the browser meets it (decision 036): the pages render what their loads give, the coordinators'
// request form is prefilled from an unmet need, a plain member is refused the coordinators' pages, and bad input
// gets one French sentence beside its form with nothing written.
import { isActionFailure } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { activeMentor, mentoringWorld } from '../../../../tests/mentoring-world.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { db } from '#lib/server/db/client.ts';
import { mentoringSessions, mentors } from '#lib/server/db/schema/index.ts';
import { acceptPair, proposePair } from '#lib/server/mentoring/pairs.ts';
import { reviewMentoring } from '#lib/server/mentoring/sessions.ts';
import * as overview from '../../mentorat/+page.server.ts';
import OverviewPage from '../../mentorat/+page.svelte';
import * as pairRoute from '../../mentorat/[id]/+page.server.ts';
import PairPage from '../../mentorat/[id]/+page.svelte';
import * as profileRoute from '../../mentorat/profil/[id]/+page.server.ts';
import ProfilePage from '../../mentorat/profil/[id]/+page.svelte';
import * as admin from './+page.server.ts';
import AdminPage from './+page.svelte';
import * as newRequest from './demande/+page.server.ts';
import NewRequestPage from './demande/+page.svelte';
import * as requestRoute from './demandes/[id]/+page.server.ts';
import RequestPage from './demandes/[id]/+page.svelte';

function event(options: {
	actor: Actor | null;
	networkId: string | null;
	path: string;
	params?: Record<string, string>;
	body?: Record<string, string>;
}) {
	const url = new URL(`https://entrelien.example${options.path}`);
	const body = new URLSearchParams(options.body ?? {});
	return {
		locals: { actor: options.actor, network: options.networkId ? { id: options.networkId } : null },
		params: options.params ?? {},
		url,
		request: new Request(url, options.body ? { method: 'POST', body } : {}),
		cookies: { get: () => undefined, set: () => {}, delete: () => {} }
	} as never;
}

const statusOf = async (run: () => unknown) => {
	try {
		await run();
		return 200;
	} catch (e) {
		return (e as { status?: number }).status;
	}
};

/** What an action answers: its failure's sentences, or where it redirected. */
async function post(run: () => unknown) {
	try {
		const result = await run();
		return isActionFailure(result)
			? { errors: (result.data as unknown as { errors: Record<string, string> }).errors }
			: {};
	} catch (e) {
		return { location: (e as { location?: string }).location };
	}
}

const html = (component: unknown, data: unknown, form: unknown = null) =>
	render(component as never, { props: { data, form } as never }).body;

describe('the mentoring pages', () => {
	it('render both sides of a pair, and the coordinators pages', async () => {
		const { network, coordinator, member, mentor, request, asCoordinator } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		await acceptPair({ actor: mentor.actor, mentoringId: pair.id });
		const asMentor = { actor: mentor.actor, networkId: null };
		const mentorView = await overview.load(event({ ...asMentor, path: '/mentorat' }));
		expect(html(OverviewPage, mentorView)).toContain('préparer un entretien en finance');
		const memberView = await overview.load(event({ actor: member.actor, networkId: network.id, path: '/mentorat' }));
		expect(html(OverviewPage, memberView)).toContain('Thomas Mercier');
		const pairData = await pairRoute.load(
			event({ actor: member.actor, networkId: network.id, path: `/mentorat/${pair.id}`, params: { id: pair.id } })
		);
		expect(html(PairPage, pairData)).toContain("J'accepte ce mentorat");
		const profile = await profileRoute.load(
			event({ ...asMentor, path: `/mentorat/profil/${mentor.id}`, params: { id: mentor.id } })
		);
		expect(html(ProfilePage, profile)).toContain('Heures par mois');
		const asCoord = { actor: coordinator.actor, networkId: network.id };
		expect(html(AdminPage, await admin.load(event({ ...asCoord, path: '/coordination/mentorat' })))).toContain(
			'Thomas Mercier'
		);
		const requestData = await requestRoute.load(
			event({ ...asCoord, path: `/coordination/mentorat/demandes/${request.id}`, params: { id: request.id } })
		);
		expect(html(RequestPage, requestData)).toContain('Thomas Mercier');
		// A visitor is asked to log in, wherever they arrive.
		for (const [load, path, params] of [
			[overview.load, '/mentorat', {}],
			[pairRoute.load, `/mentorat/${pair.id}`, { id: pair.id }],
			[profileRoute.load, `/mentorat/profil/${mentor.id}`, { id: mentor.id }]
		] as const) {
			expect(
				await statusOf(() => (load as (e: never) => unknown)(event({ actor: null, networkId: null, path, params })))
			).toBe(303);
		}
		// Another mentor of the network opens neither the pair nor Thomas's profile.
		const other = await activeMentor(asCoordinator, { name: 'Claire Autre', skillIds: [request.skillId] });
		const asOther = { actor: other.actor, networkId: null };
		expect(
			await statusOf(() => pairRoute.load(event({ ...asOther, path: `/mentorat/${pair.id}`, params: { id: pair.id } })))
		).toBe(404);
		expect(
			await statusOf(() =>
				profileRoute.load(event({ ...asOther, path: `/mentorat/profil/${mentor.id}`, params: { id: mentor.id } }))
			)
		).toBe(404);
		// The coordinator never opens the pair's page.
		expect(
			await statusOf(() => pairRoute.load(event({ ...asCoord, path: `/mentorat/${pair.id}`, params: { id: pair.id } })))
		).toBe(404);
	});

	it("prefill the coordinators' request form from an unmet need, and refuse it to a plain member", async () => {
		const { network, coordinator, member, interview } = await mentoringWorld();
		const path = `/coordination/mentorat/demande?competence=${interview.id}&besoin=${encodeURIComponent('Entretien en banque')}`;
		type Prefilled = { prefill: { competence?: string; besoin?: string } };
		const data = (await newRequest.load(event({ actor: coordinator.actor, networkId: network.id, path }))) as Prefilled;
		expect(data.prefill).toMatchObject({ competence: interview.id, besoin: 'Entretien en banque' });
		const page = html(NewRequestPage, data);
		expect(page).toContain('Entretien en banque');
		expect(page).toMatch(new RegExp(`value="${interview.id}"[^>]*selected`));
		const odd = (await newRequest.load(
			event({ actor: coordinator.actor, networkId: network.id, path: '/coordination/mentorat/demande?competence=zz' })
		)) as Prefilled;
		expect(odd.prefill.competence).toBeUndefined();
		for (const load of [newRequest.load, admin.load]) {
			expect(await statusOf(() => load(event({ actor: member.actor, networkId: network.id, path })))).toBe(403);
			expect(await statusOf(() => load(event({ actor: null, networkId: null, path })))).toBe(303);
		}
	});

	it('answer bad input with a French sentence and write nothing', async () => {
		const { network, coordinator, member, mentor, request, interview, asCoordinator } = await mentoringWorld();
		const asMentor = { actor: mentor.actor, networkId: null };
		const profilePath = `/mentorat/profil/${mentor.id}?/save`;
		for (const hours of ['0', '200']) {
			const answer = await post(() =>
				profileRoute.actions.save(
					event({
						...asMentor,
						path: profilePath,
						params: { id: mentor.id },
						body: { skillIds: interview.id, hoursPerMonth: hours, format: 'video', presentation: '' }
					})
				)
			);
			expect(answer.errors?.hoursPerMonth).toBe("Indiquez un nombre d'heures par mois, entre 1 et 40.");
		}
		const unknownSkill = await post(() =>
			profileRoute.actions.save(
				event({
					...asMentor,
					path: profilePath,
					params: { id: mentor.id },
					body: {
						skillIds: '00000000-0000-4000-8000-000000000000',
						hoursPerMonth: '3',
						format: 'video',
						presentation: ''
					}
				})
			)
		);
		expect(unknownSkill.errors?.skillIds).toBe(
			"Un des savoirs choisis n'est pas dans la liste. Choisissez des savoirs de la liste."
		);
		const [row] = await db().select().from(mentors).where(eq(mentors.id, mentor.id));
		expect(row.hoursPerMonth).toBe(6);
		// A session on an ended mentoring.
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		await acceptPair({ actor: mentor.actor, mentoringId: pair.id });
		await acceptPair({ actor: member.actor, mentoringId: pair.id });
		await reviewMentoring({ actor: member.actor, mentoringId: pair.id, helped: 3, sentence: 'Merci.' });
		const [{ before }] = await db()
			.select({ before: sql<number>`count(*)::int` })
			.from(mentoringSessions);
		const ended = await post(() =>
			pairRoute.actions.session(
				event({
					...asMentor,
					path: `/mentorat/${pair.id}?/session`,
					params: { id: pair.id },
					body: { heldOn: '02/12/2026', minutes: '60', note: '' }
				})
			)
		);
		expect(ended.errors?._form).toBe('Ce mentorat est terminé. Demandez un nouveau mentorat si besoin.');
		const [{ after }] = await db()
			.select({ after: sql<number>`count(*)::int` })
			.from(mentoringSessions);
		expect(after).toBe(before);
		// A plain member proposing a pair.
		const refused = await post(() =>
			requestRoute.actions.default(
				event({
					actor: member.actor,
					networkId: network.id,
					path: `/coordination/mentorat/demandes/${request.id}`,
					params: { id: request.id },
					body: { mentorId: mentor.id }
				})
			)
		);
		expect(refused.errors?._form).toBeTruthy();
		expect(coordinator.id).toBeTruthy();
	});
});
