// Bad input through the real form pipeline (zod schema → domain function): a French sentence, nothing written;
// and who may publish, read, list and edit tips.
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember } from '../../../../tests/factories.ts';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tips } from '../db/schema/index.ts';
import { handleForm } from '../web/form.ts';
import { addParisDays, parisDate } from '../../paris-time.ts';
import { tipInput } from '../../validation/tips.ts';
import { createTip } from './create-tip.ts';
import { getTip } from './get-tip.ts';
import { listTips } from './list-tips.ts';
import { updateTip } from './update-tip.ts';

function post(fields: Record<string, string>): RequestEvent {
	const request = new Request('http://127.0.0.1/bons-plans/nouveau', {
		method: 'POST',
		body: new URLSearchParams(fields)
	});
	return { request, url: new URL(request.url) } as unknown as RequestEvent;
}

const good = { title: 'Ateliers numériques gratuits', body: 'Le mardi.', theme: 'digital' };
const day = (days: number) => parisDate(addParisDays(now(), days));

describe('the tip form with bad input', () => {
	it.each([
		['an empty title', { title: '  ' }, 'title', 'Ce champ est obligatoire. Remplissez-le.'],
		['a title of two letters', { title: 'ab' }, 'title', 'Ce titre est trop court. Écrivez au moins 3 signes.'],
		[
			'a javascript: link',
			{ link: 'javascript:alert(1)' },
			'link',
			"Ce lien n'est pas une adresse web. Collez une adresse qui commence par https://."
		],
		['a link without http', { link: 'mediatheque.fr' }, 'link', 'https://'],
		[
			'an end before the start',
			{ startsOn: day(5), endsOn: day(2) },
			'endsOn',
			'La fin est avant le début. Choisissez une fin après le début.'
		],
		['a date that does not exist', { endsOn: '31/02/2027' }, 'endsOn', "Cette date n'existe pas."],
		['an unknown theme', { theme: 'astrologie' }, 'theme', ''],
		['an end date already passed', { endsOn: day(-2) }, 'endsOn', 'Cette date de fin est déjà passée.'],
		['an end date two years away', { endsOn: day(730) }, 'endsOn', 'Cette date de fin est trop loin : 365 jours']
	])('%s → a French sentence on the field, nothing saved', async (_case, fields, field, sentence) => {
		const w = await tipWorld();
		const result = await handleForm(post({ ...good, ...fields }), tipInput, (input) =>
			createTip({ actor: w.karim.actor, networkId: w.networkId, ...input })
		);
		expect(result).toMatchObject({ status: 400, data: { errors: { [field]: expect.stringContaining(sentence) } } });
		expect(await db().$count(tips, eq(tips.networkId, w.networkId))).toBe(0);
	});

	it('a good form publishes, with its dates, link and public choice', async () => {
		const w = await tipWorld();
		const fields = { ...good, link: 'https://example.org/a', startsOn: day(1), endsOn: day(9), isPublic: 'on' };
		await handleForm(post(fields), tipInput, (input) =>
			createTip({ actor: w.karim.actor, networkId: w.networkId, ...input })
		);
		const [tip] = await db().select().from(tips).where(eq(tips.networkId, w.networkId));
		expect(tip).toMatchObject({ link: 'https://example.org/a', startsOn: day(1), endsOn: day(9), isPublic: true });
	});

	it('the database refuses a javascript: link and an end before the start, whatever the code does', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await expect(db().update(tips).set({ link: 'javascript:alert(1)' }).where(eq(tips.id, tip.id))).rejects.toThrow();
		await expect(
			db().update(tips).set({ startsOn: '2027-03-02', endsOn: '2027-03-01' }).where(eq(tips.id, tip.id))
		).rejects.toThrow();
	});
});

describe('who may publish, read and edit tips', () => {
	it('visitors and non-members are refused everywhere; another network’s tip does not exist here', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await expect(createTip({ actor: null, networkId: w.networkId, ...tipContent() })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(listTips({ actor: null, networkId: w.networkId })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(getTip({ actor: null, networkId: w.networkId, tipId: tip.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			createTip({ actor: other.karim.actor, networkId: w.networkId, ...tipContent() })
		).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(getTip({ actor: other.karim.actor, networkId: other.networkId, tipId: tip.id })).rejects.toMatchObject(
			{
				code: 'not_found'
			}
		);
		await expect(getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: 'nope' })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await listTips({ actor: other.karim.actor, networkId: other.networkId })).total).toBe(0);
		const pending = await createMember(w.networkId, { status: 'pending' });
		await expect(listTips({ actor: await actorOf(pending.id), networkId: w.networkId })).rejects.toMatchObject({
			code: 'membership_pending'
		});
	});

	it('only the author and the team edit a tip; someone else’s edit changes nothing', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const edit = (actor: typeof w.karim.actor, title: string) =>
			updateTip({ actor, networkId: w.networkId, tipId: tip.id, ...tipContent({ title }) });
		await expect(edit(w.samira.actor, 'Pris par Samira')).rejects.toMatchObject({ code: 'forbidden' });
		expect((await getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).title).toBe(tip.title);
		expect(await getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).toMatchObject({
			canEdit: false,
			canHide: false,
			canMarkUseful: true
		});
		expect((await edit(w.karim.actor, 'Ateliers du mardi')).title).toBe('Ateliers du mardi');
		expect((await edit(w.coordinator.actor, 'Ateliers du mardi soir')).updatedByAccountId).toBe(w.coordinator.id);
	});

	it('the board filters by theme, newest first, 20 a page with the total', async () => {
		const w = await tipWorld();
		for (let i = 0; i < 22; i++) {
			await createTip({
				actor: w.karim.actor,
				networkId: w.networkId,
				...tipContent({ title: `Bon plan numéro ${i}`, theme: i % 2 === 0 ? 'food' : 'digital' })
			});
		}
		const food = await listTips({ actor: w.samira.actor, networkId: w.networkId, theme: 'food' });
		expect(food.total).toBe(11);
		expect(food.items[0].title).toBe('Bon plan numéro 20');
		const page2 = await listTips({ actor: w.samira.actor, networkId: w.networkId, page: 2 });
		expect([page2.total, page2.pageCount, page2.items.map((t) => t.title)]).toEqual([
			22,
			2,
			['Bon plan numéro 1', 'Bon plan numéro 0']
		]);
	});
});
