// Partners as the browser meets them (decision 035): every page a member can reach receives no contact detail,
// the agreement's PDF leaves as an attachment for coordinators only, and bad input gets a French sentence next
// to its field with nothing written.
import { describe, expect, it } from 'vitest';
import { createVenueIn } from '../../../../tests/factories.ts';
import { CONTACT, partnerWorld } from '../../../../tests/partner-world.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { db } from '#lib/server/db/client.ts';
import { partnerAgreements, partnerReferrals, partners } from '#lib/server/db/schema/index.ts';
import { createAgreement } from '#lib/server/partners/agreements.ts';
import { createReferral } from '#lib/server/partners/create-referral.ts';
import { load as directoryLoad } from '../../partenaires/+page.server.ts';
import { load as cardLoad } from '../../partenaires/[id]/+page.server.ts';
import { load as myReferralsLoad } from '../../partenaires/mes-orientations/+page.server.ts';
import { load as venueLoad } from '../../lieux/[id]/+page.server.ts';
import { actions as pageActions, load as pageLoad } from './[id]/+page.server.ts';
import { GET as fileGet } from './conventions/[agreement]/fichier/+server.ts';
import { actions as newActions } from './nouveau/+page.server.ts';
import { actions as referActions, load as referLoad } from './orienter/+page.server.ts';

const pdf = Uint8Array.from({ length: 120 }, (_, i) => [0x25, 0x50, 0x44, 0x46, 0x2d][i] ?? 0x20);

function event(options: {
	actor: Actor | null;
	networkId: string;
	path: string;
	params?: Record<string, string>;
	body?: FormData;
}) {
	const url = new URL(`https://entrelien.example${options.path}`);
	return {
		locals: { actor: options.actor, network: options.actor ? { id: options.networkId } : null },
		params: options.params ?? {},
		url,
		request: new Request(url, options.body ? { method: 'POST', body: options.body } : {})
	} as never;
}

const formOf = (fields: Record<string, string | File>) => {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.append(key, value);
	return body;
};

const statusOf = async (run: () => unknown) => {
	try {
		await run();
		return 200;
	} catch (e) {
		return (e as { status?: number }).status;
	}
};

describe('the partners pages', () => {
	it('never send a contact detail to a member, whatever page they open', async () => {
		const { coordinator, member, where, partner, network } = await partnerWorld();
		const venue = await createVenueIn(network.id, { partnerId: partner.id });
		await createReferral({
			actor: coordinator.actor,
			...where,
			accountId: member.id,
			need: 'Ourlets',
			postId: null,
			consent: true
		});
		const asMember = { actor: member.actor, networkId: network.id };
		const pages = [
			await directoryLoad(event({ ...asMember, path: '/partenaires' })),
			await cardLoad(event({ ...asMember, path: `/partenaires/${partner.id}`, params: { id: partner.id } })),
			await myReferralsLoad(event({ ...asMember, path: '/partenaires/mes-orientations' })),
			await venueLoad(event({ ...asMember, path: `/lieux/${venue.id}`, params: { id: venue.id } }))
		];
		const sent = JSON.stringify(pages);
		expect(sent).toContain('Atelier Coudre Ensemble');
		for (const detail of Object.values(CONTACT)) expect(sent).not.toContain(detail);
		// The coordinators' page has them, and refuses the member.
		const asCoordinator = { actor: coordinator.actor, networkId: network.id };
		const page = await pageLoad(
			event({ ...asCoordinator, path: `/coordination/partenaires/${partner.id}`, params: { id: partner.id } })
		);
		expect(JSON.stringify(page)).toContain(CONTACT.email);
		expect(
			await statusOf(() =>
				pageLoad(event({ ...asMember, path: `/coordination/partenaires/${partner.id}`, params: { id: partner.id } }))
			)
		).toBe(403);
	});

	it("serves the agreement's PDF to coordinators as an attachment, and to nobody else", async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const agreement = await createAgreement({
			actor: coordinator.actor,
			...where,
			title: 'Convention 2026 « ateliers »',
			startsOn: '2026-01-01',
			endsOn: '2026-12-31',
			status: 'signed',
			file: pdf
		});
		const at = (actor: Actor | null) =>
			event({
				actor,
				networkId: network.id,
				path: `/coordination/partenaires/conventions/${agreement.id}/fichier`,
				params: { agreement: agreement.id }
			});
		const response = await fileGet(at(coordinator.actor));
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="Convention-2026-ateliers.pdf"');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
		expect(await statusOf(() => fileGet(at(member.actor)))).toBe(403);
		expect(await statusOf(() => fileGet(at(null)))).toBe(303);
	});

	it('answers bad input with a French sentence next to its field and writes nothing', async () => {
		const { coordinator, member, partner, network } = await partnerWorld();
		const asCoordinator = { actor: coordinator.actor, networkId: network.id };
		const [partnersBefore, agreementsBefore, referralsBefore] = await Promise.all([
			db().$count(partners),
			db().$count(partnerAgreements),
			db().$count(partnerReferrals)
		]);
		const website = await newActions.default(
			event({
				...asCoordinator,
				path: '/coordination/partenaires/nouveau',
				body: formOf({ name: 'Banque du Parvis', kind: 'company', website: 'javascript:alert(1)' })
			})
		);
		expect(website).toMatchObject({
			status: 400,
			data: { errors: { website: "Ce lien n'est pas une adresse web. Collez une adresse qui commence par https://." } }
		});
		const agreementAt = (fields: Record<string, string | File>) =>
			pageActions.addAgreement(
				event({
					...asCoordinator,
					path: `/coordination/partenaires/${partner.id}?/addAgreement`,
					params: { id: partner.id },
					body: formOf(fields)
				})
			);
		const fields = { title: 'Convention', startsOn: '2026-09-01', endsOn: '2027-08-31', status: 'draft' };
		expect(await agreementAt({ ...fields, endsOn: '2026-08-01' })).toMatchObject({
			status: 400,
			data: {
				action: 'addAgreement',
				errors: { endsOn: 'La fin est avant le début. Choisissez une fin après le début.' }
			}
		});
		expect(
			await agreementAt({ ...fields, file: new File(['<html></html>'], 'convention.pdf', { type: 'application/pdf' }) })
		).toMatchObject({
			status: 400,
			data: { errors: { file: "Ce fichier n'est pas un PDF. Envoyez la convention en PDF." } }
		});
		expect(
			await agreementAt({ ...fields, file: new File([new Uint8Array(5_000_001).fill(0x25)], 'gros.pdf') })
		).toMatchObject({
			status: 413,
			data: { errors: { file: 'Ce fichier est trop lourd : 5 Mo au plus. Envoyez un PDF plus léger.' } }
		});
		const refer = (fields: Record<string, string>) =>
			referActions.default(
				event({ ...asCoordinator, path: '/coordination/partenaires/orienter', body: formOf(fields) })
			);
		const referral = { partnerId: partner.id, accountId: member.id, need: 'Préparer un entretien' };
		expect(await refer(referral)).toMatchObject({
			status: 400,
			data: { errors: { consent: "Cochez la case si la personne est d'accord. Sinon, demandez-lui d'abord." } }
		});
		const stranger = (await partnerWorld()).member;
		expect(await refer({ ...referral, accountId: stranger.id, consent: 'on' })).toMatchObject({
			status: 400,
			data: {
				errors: {
					accountId: "Cette personne n'est pas membre du réseau. Choisissez une personne de la liste."
				}
			}
		});
		// A plain member posting the coordinators' forms is refused with a sentence.
		const asMember = { actor: member.actor, networkId: network.id };
		expect(
			await referActions.default(
				event({ ...asMember, path: '/coordination/partenaires/orienter', body: formOf({ ...referral, consent: 'on' }) })
			)
		).toMatchObject({ status: 403 });
		expect(
			await pageActions.addContact(
				event({
					...asMember,
					path: `/coordination/partenaires/${partner.id}?/addContact`,
					params: { id: partner.id },
					body: formOf({ name: 'Intrus' })
				})
			)
		).toMatchObject({ status: 403 });
		expect(await db().$count(partners)).toBe(partnersBefore + 1); // the second world's partner only
		expect(await db().$count(partnerAgreements)).toBe(agreementsBefore);
		expect(await db().$count(partnerReferrals)).toBe(referralsBefore);
	});

	it('prefills the referral form from the address (the unmet needs send `?besoin=`), for coordinators only', async () => {
		const { coordinator, member, partner, network } = await partnerWorld();
		const path = `/coordination/partenaires/orienter?partenaire=${partner.id}&besoin=${encodeURIComponent('Couture : ourlets')}&membre=pas-un-id`;
		const form = (await referLoad(event({ actor: coordinator.actor, networkId: network.id, path }))) as {
			prefill: Record<string, string | undefined>;
			partners: { name: string }[];
			members: { id: string }[];
		};
		expect(form.prefill).toEqual({
			partenaire: partner.id,
			besoin: 'Couture : ourlets',
			membre: undefined,
			annonce: undefined
		});
		expect(form.partners.map((p) => p.name)).toEqual(['Atelier Coudre Ensemble']);
		expect(form.members.map((p) => p.id)).toContain(member.id);
		expect(await statusOf(() => referLoad(event({ actor: member.actor, networkId: network.id, path })))).toBe(403);
	});
});
