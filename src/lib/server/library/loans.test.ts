// The tool library's loans (decision 030): lending at the desk, renewing, returning with the condition, repairs,
// the reminders sweep, and one open loan per item whatever happens.
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { libraryWorld, openLoans, spaceNotices } from '../../../../tests/library-world.ts';
import { advanceClock, now, resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryConditionNotes, libraryLoanReminders, libraryLoans, spaceResources } from '../db/schema/index.ts';
import { addDays } from '../space/week-plan.ts';
import { parisDate } from '../../paris-time.ts';
import { listCatalogue } from './catalogue.ts';
import { itemPage } from './item-page.ts';
import { lendItem } from './lend-item.ts';
import { libraryDesk } from './library-desk.ts';
import { overdueLoans } from './overdue-loans.ts';
import { placeHold } from './place-hold.ts';
import { endRepair, startRepair } from './repair-item.ts';
import { renewLoan } from './renew-loan.ts';
import { returnItem } from './return-item.ts';
import { sendLoanReminders } from './send-loan-reminders.ts';

const DAY = 86_400_000;

afterEach(() => resetClock());

describe('loans', () => {
	it('lends for loan_days, renews once when nobody waits, and refuses with the reason otherwise', async () => {
		const world = await libraryWorld({ loanDays: 7, maxRenewals: 1 }, 2);
		const [lucas, ines] = world.people;
		const loan = await lendItem({ ...world.desk, resourceId: world.item.id, accountId: lucas.id });
		expect(loan.dueOn).toBe(addDays(parisDate(now()), 7));
		advanceClock(3 * DAY);
		const renewed = await renewLoan({ actor: lucas.actor, networkId: world.networkId, loanId: loan.id });
		expect(renewed).toMatchObject({ renewals: 1, dueOn: addDays(loan.dueOn, 7) });
		await expect(renewLoan({ actor: lucas.actor, networkId: world.networkId, loanId: loan.id })).rejects.toMatchObject({
			code: 'library_renew_limit',
			params: { count: '1' }
		});
		// Inès waits for it: even the desk may not renew it (for an item allowing more renewals, too).
		await db().update(spaceResources).set({ maxRenewals: 3 }).where(eq(spaceResources.id, world.item.id));
		await placeHold({ actor: ines.actor, networkId: world.networkId, resourceId: world.item.id });
		await expect(renewLoan({ ...world.desk, loanId: loan.id })).rejects.toMatchObject({
			code: 'library_renew_held',
			params: { due: renewed.dueOn }
		});
		const [unchanged] = await db().select().from(libraryLoans).where(eq(libraryLoans.id, loan.id));
		expect(unchanged).toMatchObject({ renewals: 1, dueOn: renewed.dueOn });
		// Someone else's loan is none of Inès's business.
		await expect(renewLoan({ actor: ines.actor, networkId: world.networkId, loanId: loan.id })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('keeps one open loan per item, even when two desks lend it at the same moment', async () => {
		const world = await libraryWorld({}, 2);
		const [a, b] = world.people;
		const results = await Promise.allSettled([
			lendItem({ ...world.desk, resourceId: world.item.id, accountId: a.id }),
			lendItem({ ...world.desk, resourceId: world.item.id, accountId: b.id })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected');
		expect(refused && 'reason' in refused ? refused.reason : undefined).toMatchObject({ code: 'library_item_lent' });
		expect(await openLoans(world.item.id)).toBe(1);
		// Whatever code writes it, the database refuses a second open loan.
		await expect(
			db()
				.insert(libraryLoans)
				.values({
					networkId: world.networkId,
					resourceId: world.item.id,
					accountId: a.id,
					lentAt: now(),
					dueOn: parisDate(now())
				})
		).rejects.toThrow();
		expect(await openLoans(world.item.id)).toBe(1);
	});

	it('records the return with its condition, puts the item under repair and back, in its history', async () => {
		const world = await libraryWorld({}, 1);
		const [lucas] = world.people;
		const loan = await lendItem({ ...world.desk, resourceId: world.item.id, accountId: lucas.id });
		await expect(
			startRepair({ ...world.desk, resourceId: world.item.id, note: 'Mandrin bloqué' })
		).rejects.toMatchObject({ code: 'library_item_lent' });
		await returnItem({ ...world.desk, loanId: loan.id, condition: 'Mandrin un peu dur' });
		await expect(returnItem({ ...world.desk, loanId: loan.id, condition: '' })).rejects.toMatchObject({
			code: 'library_loan_closed'
		});
		await startRepair({ ...world.desk, resourceId: world.item.id, note: 'Mandrin à changer' });
		const member = { actor: lucas.actor, networkId: world.networkId };
		expect((await listCatalogue(member))[0].items[0]).toMatchObject({ name: 'Perceuse', state: 'repair' });
		await expect(lendItem({ ...world.desk, resourceId: world.item.id, accountId: lucas.id })).rejects.toMatchObject({
			code: 'library_item_in_repair'
		});
		await endRepair({ ...world.desk, resourceId: world.item.id, note: 'Mandrin neuf' });
		await expect(endRepair({ ...world.desk, resourceId: world.item.id, note: '' })).rejects.toMatchObject({
			code: 'library_not_in_repair'
		});
		const page = await itemPage({ ...member, resourceId: world.item.id });
		expect(page).toMatchObject({ state: 'available', item: { condition: 'Mandrin neuf' } });
		expect(page.history.map((h) => [h.kind, h.note])).toEqual([
			['repaired', 'Mandrin neuf'],
			['repair', 'Mandrin à changer'],
			['return', 'Mandrin un peu dur']
		]);
	});

	it('sends each reminder once: the day before, on the due day, then weekly while overdue', async () => {
		const world = await libraryWorld({ loanDays: 2 }, 2);
		const [lucas, ines] = world.people;
		const loan = await lendItem({ ...world.desk, resourceId: world.item.id, accountId: lucas.id });
		const other = await libraryWorld({ loanDays: 20 }, 1);
		await lendItem({ ...other.desk, resourceId: other.item.id, accountId: other.people[0].id });
		expect(await sendLoanReminders()).toBe(0);
		advanceClock(DAY);
		expect(await sendLoanReminders()).toBe(1);
		expect(await sendLoanReminders()).toBe(0);
		advanceClock(DAY);
		await sendLoanReminders();
		await sendLoanReminders();
		expect(await spaceNotices(lucas.id)).toEqual(['due_tomorrow', 'due_today']);
		advanceClock(DAY);
		await sendLoanReminders();
		advanceClock(3 * DAY);
		await sendLoanReminders();
		expect(await spaceNotices(lucas.id)).toEqual(['due_tomorrow', 'due_today', 'overdue']);
		advanceClock(4 * DAY);
		await sendLoanReminders();
		await sendLoanReminders();
		expect(await spaceNotices(lucas.id)).toEqual(['due_tomorrow', 'due_today', 'overdue', 'overdue']);
		const sent = await db().select().from(libraryLoanReminders).where(eq(libraryLoanReminders.loanId, loan.id));
		expect(sent.map((r) => r.reminder.split(':')[0]).sort()).toEqual(['before', 'due', 'overdue', 'overdue']);
		expect(await spaceNotices(other.people[0].id)).toEqual([]);
		expect(await spaceNotices(ines.id)).toEqual([]);

		// The desk's overdue list, with who to write to; the other network's loan is not in it.
		const late = await overdueLoans(world.desk);
		expect(late).toMatchObject([{ name: 'Perceuse', accountId: lucas.id, daysLate: 8, hasEmail: true }]);
		expect((await libraryDesk(world.desk)).loans).toMatchObject([{ id: loan.id, overdue: true }]);
	});
});

describe('refusals', () => {
	it('refuses the wrong people and bad input with one sentence, writing nothing', async () => {
		const world = await libraryWorld({}, 1);
		const [lucas] = world.people;
		const other = await libraryWorld({}, 0);
		const lend = (o: Partial<Parameters<typeof lendItem>[0]>) =>
			lendItem({ ...world.desk, resourceId: world.item.id, accountId: lucas.id, ...o });
		await expect(lend({ actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(lend({ actor: lucas.actor })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(lend({ actor: other.coordinator.actor })).rejects.toMatchObject({ code: 'not_member' });
		await expect(lend({ resourceId: other.item.id })).rejects.toMatchObject({
			code: 'library_item_unknown',
			field: 'resourceId'
		});
		await expect(lend({ resourceId: world.station.id })).rejects.toMatchObject({ code: 'library_item_unknown' });
		await expect(lend({ resourceId: 'pas-un-id' })).rejects.toMatchObject({ code: 'library_item_unknown' });
		await expect(lend({ accountId: other.member.id })).rejects.toMatchObject({
			code: 'space_member_unknown',
			field: 'accountId'
		});
		expect(await openLoans(world.item.id)).toBe(0);
		const loan = await lend({});
		await expect(lend({ accountId: world.member.id })).rejects.toMatchObject({ code: 'library_item_lent' });
		expect(await openLoans(world.item.id)).toBe(1);

		const asMember = { actor: lucas.actor, networkId: world.networkId };
		await expect(returnItem({ ...asMember, loanId: loan.id, condition: '' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(startRepair({ ...asMember, resourceId: world.item.id, note: '' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			renewLoan({ actor: other.coordinator.actor, networkId: world.networkId, loanId: loan.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(renewLoan({ ...other.desk, loanId: loan.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			placeHold({ actor: null, networkId: world.networkId, resourceId: world.item.id })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(placeHold({ ...asMember, resourceId: other.item.id })).rejects.toMatchObject({
			code: 'library_item_unknown'
		});
		await expect(itemPage({ ...asMember, resourceId: other.item.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(overdueLoans(asMember)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(libraryDesk(asMember)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listCatalogue({ actor: null, networkId: world.networkId })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(listCatalogue({ actor: other.member.actor, networkId: world.networkId })).rejects.toMatchObject({
			code: 'not_member'
		});
		expect(
			await db().select().from(libraryConditionNotes).where(eq(libraryConditionNotes.resourceId, world.item.id))
		).toEqual([]);
	});

	it('keeps items for the coordinators out of members’ reach', async () => {
		const world = await libraryWorld({ audience: 'coordinators', name: 'Perforateur' }, 1);
		const asMember = { actor: world.people[0].actor, networkId: world.networkId };
		expect(await listCatalogue(asMember)).toEqual([]);
		await expect(itemPage({ ...asMember, resourceId: world.item.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(placeHold({ ...asMember, resourceId: world.item.id })).rejects.toMatchObject({
			code: 'space_not_allowed'
		});
		expect((await listCatalogue(world.desk))[0].items.map((i) => i.name)).toEqual(['Perforateur']);
	});
});
