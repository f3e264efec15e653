// The tool library's holds (decision 030): a queue served in order, offers kept a few days then passed on by
// the sweep, one live hold per member and item, and lending refused to anyone but the person it is kept for.
import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { libraryWorld, spaceNotices } from '../../../../tests/library-world.ts';
import { advanceClock, resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryHolds } from '../db/schema/index.ts';
import { describeNotification } from '../notifications/describe.ts';
import { cancelHold } from './cancel-hold.ts';
import { expireHoldOffers } from './expire-hold-offers.ts';
import { itemPage } from './item-page.ts';
import { lendItem } from './lend-item.ts';
import { libraryDesk } from './library-desk.ts';
import { myLibrary } from './my-library.ts';
import { placeHold } from './place-hold.ts';
import { returnItem } from './return-item.ts';
import { HOLD_OFFER_DAYS } from './rules.ts';

const DAY = 86_400_000;

afterEach(() => resetClock());

describe('holds', () => {
	it('serves four holds in order, with places in line, an expired offer passed on and a cancelled one', async () => {
		const world = await libraryWorld({}, 4);
		const [ana, bruno, chloe, david] = world.people;
		const on = (p: (typeof world.people)[number]) => ({ actor: p.actor, networkId: world.networkId });
		const loan = await lendItem({ ...world.desk, resourceId: world.item.id, accountId: ana.id });

		const placed = [];
		for (const p of [bruno, chloe, david]) placed.push(await placeHold({ ...on(p), resourceId: world.item.id }));
		expect(placed.map((h) => [h.offered, h.position])).toEqual([
			[false, 1],
			[false, 2],
			[false, 3]
		]);
		await expect(placeHold({ ...on(chloe), resourceId: world.item.id })).rejects.toMatchObject({
			code: 'library_hold_exists'
		});
		await expect(placeHold({ ...on(ana), resourceId: world.item.id })).rejects.toMatchObject({
			code: 'library_already_borrowing'
		});

		// Back at the desk: Bruno, first in line, is told it is kept for him; the others move up.
		await returnItem({ ...world.desk, loanId: loan.id, condition: '' });
		expect(await spaceNotices(bruno.id)).toEqual(['hold_ready']);
		expect(await spaceNotices(chloe.id)).toEqual([]);
		const forBruno = await itemPage({ ...on(bruno), resourceId: world.item.id });
		expect(forBruno).toMatchObject({ state: 'kept', myHold: { status: 'offered', position: null }, waiting: 3 });
		expect(forBruno.myHold?.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((await itemPage({ ...on(chloe), resourceId: world.item.id })).myHold?.position).toBe(2);
		expect((await itemPage({ ...on(chloe), resourceId: world.item.id })).keptFor).toBeNull();
		expect((await itemPage({ ...world.desk, resourceId: world.item.id })).keptFor).toEqual({
			accountId: bruno.id,
			name: bruno.name
		});
		expect((await libraryDesk(world.desk)).kept.map((i) => i.name)).toEqual(['Perceuse']);
		expect((await myLibrary(on(david))).holds.map((h) => [h.status, h.position])).toEqual([['waiting', 3]]);

		// Chloé comes first to the desk: it is Bruno's while his offer runs.
		await expect(lendItem({ ...world.desk, resourceId: world.item.id, accountId: chloe.id })).rejects.toMatchObject({
			code: 'library_item_kept',
			field: 'accountId',
			params: { name: bruno.name }
		});

		// Nothing expires before the end of the last day; after it, Chloé is next.
		advanceClock(HOLD_OFFER_DAYS * DAY - 60_000);
		expect(await expireHoldOffers()).toBe(0);
		advanceClock(2 * DAY);
		expect(await expireHoldOffers()).toBe(1);
		expect(await expireHoldOffers()).toBe(0);
		expect(await spaceNotices(bruno.id)).toEqual(['hold_ready', 'hold_expired']);
		expect(await spaceNotices(chloe.id)).toEqual(['hold_ready']);
		expect((await itemPage({ ...on(david), resourceId: world.item.id })).myHold?.position).toBe(2);

		// Chloé no longer wants it: David's turn at once.
		const chloeHold = (await myLibrary(on(chloe))).holds[0];
		await cancelHold({ ...on(chloe), holdId: chloeHold.id });
		expect(await spaceNotices(david.id)).toEqual(['hold_ready']);
		const lent = await lendItem({ ...world.desk, resourceId: world.item.id, accountId: david.id });
		const [davidHold] = await db()
			.select()
			.from(libraryHolds)
			.where(and(eq(libraryHolds.resourceId, world.item.id), eq(libraryHolds.accountId, david.id)));
		expect(davidHold.status).toBe('fulfilled');
		expect(lent.holdId).toBe(davidHold.id);
		const statuses = await db()
			.select({ status: libraryHolds.status })
			.from(libraryHolds)
			.where(eq(libraryHolds.resourceId, world.item.id))
			.orderBy(libraryHolds.arrival);
		expect(statuses.map((s) => s.status)).toEqual(['expired', 'cancelled', 'fulfilled']);
	});

	it('offers a free item at once, and keeps one live hold per member and item in the database', async () => {
		const world = await libraryWorld({}, 2);
		const [ana, bruno] = world.people;
		const held = await placeHold({ actor: ana.actor, networkId: world.networkId, resourceId: world.item.id });
		expect(held).toMatchObject({ offered: true, position: null });
		expect(await spaceNotices(ana.id)).toEqual(['hold_ready']);
		const second = await placeHold({ actor: bruno.actor, networkId: world.networkId, resourceId: world.item.id });
		expect(second).toMatchObject({ offered: false, position: 2 });
		await expect(
			db().insert(libraryHolds).values({ networkId: world.networkId, resourceId: world.item.id, accountId: ana.id })
		).rejects.toThrow();
		// Bruno may not cancel Ana's hold; the desk may.
		await expect(
			cancelHold({ actor: bruno.actor, networkId: world.networkId, holdId: held.holdId })
		).rejects.toMatchObject({ code: 'not_found' });
		await cancelHold({ ...world.desk, holdId: held.holdId });
		expect(await spaceNotices(bruno.id)).toEqual(['hold_ready']);
	});

	it('writes each notice in the reader’s language with its day', () => {
		const say = (params: Record<string, string>, locale: 'fr' | 'en' = 'fr') =>
			describeNotification('space', { title: 'Perceuse', ...params }, locale);
		expect(say({ what: 'hold_ready', until: '2027-03-12' })).toBe(
			"« Perceuse » vous attend à l'accueil. L'objet est gardé pour vous jusqu'au 12 mars 2027 inclus."
		);
		expect(say({ what: 'hold_ready', until: '2027-03-12' }, 'en')).toContain('until March 12, 2027');
		expect(say({ what: 'hold_expired' })).toContain('passe à la personne suivante');
		expect(say({ what: 'due_tomorrow', due: '2027-03-12' })).toContain('se termine demain');
		expect(say({ what: 'due_today', due: '2027-03-12' })).toContain("se termine aujourd'hui");
		expect(say({ what: 'overdue', due: '2027-03-12' })).toContain('a pris fin le 12 mars 2027');
	});
});
