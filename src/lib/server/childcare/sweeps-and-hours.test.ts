// What the worker's sweeps do to childcare (decision 032): the day-before reminder once, the note deleted after
// the slot and the address and phones after the next day, the journal's view lines kept one year; and each
// family's hours given and received, read from the ledger in time-bank mode.
import { eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { careInput, childcareWorld, parisAt } from '../../../../tests/childcare-world.ts';
import { resetClock, setClockOffset } from '../clock.ts';
import { db } from '../db/client.ts';
import { auditLog, childcareOffers, childcareRequests, networks, notifications } from '../db/schema/index.ts';
import { askForChildcare } from './ask-for-childcare.ts';
import { listFamiliesHours, myCareHours } from './care-hours.ts';
import { chooseCarer } from './choose-carer.ts';
import { clearCareDetails } from './clear-care-details.ts';
import { confirmCareDone } from './confirm-care-done.ts';
import { getCareRequest } from './get-care-request.ts';
import { offerCare } from './offer-care.ts';
import { purgeCareAudit } from './purge-care-audit.ts';
import { sendCareReminders } from './send-care-reminders.ts';

afterEach(() => resetClock());
const moveTo = (at: Date) => setClockOffset(at.getTime() - Date.now());

/** A confirmed request of `parent` looked after by `carer`, `days` ahead from 10:00 for `hours`. */
async function confirmed(
	w: Awaited<ReturnType<typeof childcareWorld>>,
	parent = w.samira,
	carer = w.fatou,
	days = 2,
	hours = 2
) {
	const input = careInput({ startsAt: parisAt(days, 10), endsAt: parisAt(days, 10 + hours) });
	const request = await askForChildcare({ actor: parent.actor, networkId: w.networkId, input });
	const byId = { networkId: w.networkId, requestId: request.id };
	await offerCare({ actor: carer.actor, ...byId, address: '3 allée des Tilleuls', phone: '07 11 22 33 44' });
	await chooseCarer({ actor: parent.actor, ...byId, carerAccountId: carer.id });
	return { request, byId };
}

describe('childcare sweeps', () => {
	it('reminds both the day before, once; deletes the note after the slot and the details after the next day', async () => {
		const w = await childcareWorld();
		const { request, byId } = await confirmed(w);
		const [dayBefore, afterSlot, nextNight] = [parisAt(1, 11), parisAt(2, 12, 5), parisAt(4, 0, 5)];
		const reminders = () =>
			db()
				.select({ accountId: notifications.accountId, what: notifications.params })
				.from(notifications)
				.where(eq(notifications.link, `/entraide/garde/${request.id}`))
				.then((rows) =>
					rows
						.filter((r) => r.what.what === 'reminder')
						.map((r) => r.accountId)
						.sort()
				);
		await sendCareReminders();
		expect(await reminders()).toEqual([]);
		moveTo(dayBefore);
		await sendCareReminders();
		await sendCareReminders();
		expect(await reminders()).toEqual([w.samira.id, w.fatou.id].sort());

		const row = async () =>
			(await db().select().from(childcareRequests).where(eq(childcareRequests.id, request.id)))[0];
		await clearCareDetails();
		expect((await row()).note).toBe('Lina dort après le repas.');
		moveTo(afterSlot);
		await clearCareDetails();
		expect(await row()).toMatchObject({ note: '', address: '12 rue des Lilas, Nanterre', phone: '06 12 34 56 78' });
		moveTo(nextNight);
		await clearCareDetails();
		expect(await row()).toMatchObject({ note: '', address: '', phone: '' });
		const [offer] = await db().select().from(childcareOffers).where(eq(childcareOffers.requestId, request.id));
		expect(offer).toMatchObject({ address: '', phone: '' });
		expect((await getCareRequest({ actor: w.samira.actor, ...byId })).details).toBeUndefined();
	});

	it('deletes the journal’s childcare view lines after a year, and no other line', async () => {
		const w = await childcareWorld();
		const { request, byId } = await confirmed(w);
		await getCareRequest({ actor: w.samira.actor, ...byId });
		const lines = () =>
			db()
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(inArray(auditLog.networkId, [w.networkId]))
				.then((rows) => rows.map((r) => r.action).sort());
		const all = await lines();
		expect(all).toEqual(expect.arrayContaining(['carer_met', 'childcare_details_viewed', 'childcare_viewed']));
		moveTo(new Date(Date.now() + 364 * 86_400_000));
		await purgeCareAudit();
		expect(await lines()).toEqual(all);
		moveTo(new Date(Date.now() + 367 * 86_400_000));
		await purgeCareAudit();
		expect(await lines()).toEqual(all.filter((a) => !a.startsWith('childcare_')));
		expect(request.id).toBeTruthy();
	});
});

describe('hours between families', () => {
	it('shows each family its hours and the coordinators all, from the ledger in time-bank mode', async () => {
		const w = await childcareWorld();
		await db().update(networks).set({ reciprocityMode: 'time_bank' }).where(eq(networks.id, w.networkId));
		await w.meet(w.samira.id);
		// Fatou keeps Samira's children 2 h; Samira keeps Fatou's 3 h; Fatou keeps Karim's 1 h.
		const a = await confirmed(w, w.samira, w.fatou, 2, 2);
		const b = await confirmed(w, w.fatou, w.samira, 3, 3);
		const c = await confirmed(w, w.karim, w.fatou, 4, 1);
		moveTo(parisAt(5, 9));
		for (const [one, parent, carer] of [
			[a, w.samira, w.fatou],
			[b, w.fatou, w.samira],
			[c, w.karim, w.fatou]
		] as const) {
			await confirmCareDone({ actor: parent.actor, ...one.byId });
			await confirmCareDone({ actor: carer.actor, ...one.byId });
		}
		const all = await listFamiliesHours({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(all.mode).toBe('time_bank');
		const byName = Object.fromEntries(all.rows.map((r) => [r.name, [r.givenMinutes, r.receivedMinutes]]));
		expect(byName).toEqual({
			[w.fatou.name]: [180, 180],
			[w.samira.name]: [180, 120],
			[w.karim.name]: [0, 60]
		});
		expect(await myCareHours({ actor: w.samira.actor, networkId: w.networkId })).toEqual({
			mode: 'time_bank',
			givenMinutes: 180,
			receivedMinutes: 120
		});
		expect(await myCareHours({ actor: w.paul.actor, networkId: w.networkId })).toMatchObject({
			givenMinutes: 0,
			receivedMinutes: 0
		});
		await expect(listFamiliesHours({ actor: w.fatou.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});

	it('counts the exchanges’ lengths in the open mode, where the ledger does not move', async () => {
		const w = await childcareWorld();
		const a = await confirmed(w, w.samira, w.fatou, 2, 2);
		const b = await confirmed(w, w.karim, w.fatou, 3, 1);
		moveTo(parisAt(4, 9));
		for (const [one, parent] of [
			[a, w.samira],
			[b, w.karim]
		] as const) {
			await confirmCareDone({ actor: parent.actor, ...one.byId });
			await confirmCareDone({ actor: w.fatou.actor, ...one.byId });
		}
		const all = await listFamiliesHours({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(all.mode).toBe('open');
		expect(all.rows.map((r) => [r.name, r.givenMinutes, r.receivedMinutes])).toEqual(
			[
				[w.fatou.name, 180, 0],
				[w.karim.name, 0, 60],
				[w.samira.name, 0, 120]
			].sort((x, y) => String(x[0]).localeCompare(String(y[0])))
		);
	});
});
