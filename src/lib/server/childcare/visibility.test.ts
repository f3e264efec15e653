// Only active trusted carers know a childcare request exists (decision 032): not a plain member, not a suspended
// carer, not another network — in lists, search, notifications and by direct address. The details are shown to
// the parent and the chosen carer only once confirmed, until the end of the day after; every view is journaled.
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { careInput, childcareWorld, parisAt } from '../../../../tests/childcare-world.ts';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { resetClock, setClockOffset, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { auditLog, notifications } from '../db/schema/index.ts';
import { listAuditLog } from '../audit/list-audit.ts';
import { search } from '../search/search.ts';
import { askForChildcare } from './ask-for-childcare.ts';
import { chooseCarer } from './choose-carer.ts';
import { getCareRequest } from './get-care-request.ts';
import { listCareRequests } from './list-care-requests.ts';
import { offerCare } from './offer-care.ts';

afterEach(() => resetClock());

const refusal = (p: Promise<unknown>) =>
	p.then(
		() => 'no refusal',
		(e: { code?: string }) => e.code ?? String(e)
	);

/** Moves the application clock to `at`. */
const moveTo = (at: Date) => setClockOffset(at.getTime() - Date.now());

describe('who sees a childcare request', () => {
	it('is invisible to a plain member, a suspended carer and another network: list, search, notifications, address', async () => {
		const w = await childcareWorld();
		const other = await createNetworkWithPeople();
		// Urgent (tomorrow morning is within 24 hours only late in the day): start in 3 hours.
		const soon = new Date(now().getTime() + 3 * 3_600_000);
		const request = await askForChildcare({
			actor: w.samira.actor,
			networkId: w.networkId,
			input: careInput({
				startsAt: soon,
				endsAt: new Date(soon.getTime() + 2 * 3_600_000),
				note: 'Entretien chez Decathlon'
			})
		});
		expect(request.urgent).toBe(true);
		const byId = { networkId: w.networkId, requestId: request.id };

		for (const outsider of [w.karim, w.paul, w.coordinator]) {
			expect((await listCareRequests({ actor: outsider.actor, networkId: w.networkId })).open).toEqual([]);
			expect(await refusal(getCareRequest({ actor: outsider.actor, ...byId }))).toBe('not_found');
			expect(await refusal(offerCare({ actor: outsider.actor, ...byId, address: '', phone: '' }))).toBe('not_found');
			const found = await search({ actor: outsider.actor, networkId: w.networkId, query: 'garde entretien Decathlon' });
			expect(found.status === 'done' ? found.hits : []).toEqual([]);
		}
		expect(await refusal(getCareRequest({ actor: other.coordinator.actor, ...byId }))).toBe('not_member');
		expect(
			await refusal(getCareRequest({ actor: other.member.actor, networkId: other.network.id, requestId: request.id }))
		).toBe('not_found');
		expect(await refusal(getCareRequest({ actor: null, ...byId }))).toBe('not_logged_in');

		// Only Fatou, active and trusted, was told and sees it.
		const told = await db()
			.select({ accountId: notifications.accountId })
			.from(notifications)
			.where(and(eq(notifications.kind, 'childcare'), eq(notifications.link, `/entraide/garde/${request.id}`)));
		expect(told.map((t) => t.accountId)).toEqual([w.fatou.id]);
		const list = await listCareRequests({ actor: w.fatou.actor, networkId: w.networkId });
		expect(list.open.map((r) => [r.id, r.offered])).toEqual([[request.id, false]]);
		const page = await getCareRequest({ actor: w.fatou.actor, ...byId });
		expect(page).toMatchObject({ role: 'carer', mayOffer: true, details: undefined, parentName: undefined });
	});

	it('shows the details to both once confirmed and until the end of the day after, journaling every view', async () => {
		const w = await childcareWorld();
		const karim = w.karim;
		await w.meet(karim.id);
		const request = await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput() });
		const byId = { networkId: w.networkId, requestId: request.id };
		await offerCare({ actor: w.fatou.actor, ...byId, address: '', phone: '07 00 00 00 01' });
		await offerCare({ actor: karim.actor, ...byId, address: '', phone: '' });

		// Before the choice: no details, not even for the parent.
		const before = await getCareRequest({ actor: w.samira.actor, ...byId });
		expect(before.details).toBeUndefined();
		expect(before.offers.map((o) => o.name).sort()).toEqual([w.fatou.name, karim.name].sort());
		expect((await getCareRequest({ actor: w.fatou.actor, ...byId })).details).toBeUndefined();

		await chooseCarer({ actor: w.samira.actor, ...byId, carerAccountId: w.fatou.id });
		const expected = {
			address: '12 rue des Lilas, Nanterre',
			parentPhone: '06 12 34 56 78',
			carerPhone: '07 00 00 00 01',
			note: 'Lina dort après le repas.'
		};
		expect((await getCareRequest({ actor: w.samira.actor, ...byId })).details).toEqual(expected);
		expect((await getCareRequest({ actor: w.fatou.actor, ...byId })).details).toEqual(expected);
		// Karim offered and was thanked: he still sees the request, never the details.
		const karimPage = await getCareRequest({ actor: karim.actor, ...byId });
		expect(karimPage.details).toBeUndefined();
		expect(karimPage.myOffer).toEqual({ status: 'thanked' });
		// A trusted carer who did not offer no longer sees a confirmed request.
		const lea = await w.person('Léa Petit');
		await w.meet(lea.id);
		expect(await refusal(getCareRequest({ actor: lea.actor, ...byId }))).toBe('not_found');

		// After the slot, the note is gone; the rest stays until the end of the next day (instants taken before the
		// clock moves: parisAt counts days from the clock).
		const [afterSlot, lastMinute, nextDay] = [
			new Date(parisAt(2, 12).getTime() + 60_000),
			parisAt(3, 23, 59),
			parisAt(4, 0, 1)
		];
		moveTo(afterSlot);
		expect((await getCareRequest({ actor: w.fatou.actor, ...byId })).details).toEqual({ ...expected, note: '' });
		moveTo(lastMinute);
		expect((await getCareRequest({ actor: w.samira.actor, ...byId })).details?.address).toBe(expected.address);
		moveTo(nextDay);
		expect((await getCareRequest({ actor: w.samira.actor, ...byId })).details).toBeUndefined();
		expect((await getCareRequest({ actor: w.fatou.actor, ...byId })).details).toBeUndefined();

		const rows = await db()
			.select({ action: auditLog.action, actor: auditLog.actorAccountId })
			.from(auditLog)
			.where(eq(auditLog.subjectId, request.id));
		const count = (action: string, actor: string) =>
			rows.filter((r) => r.action === action && r.actor === actor).length;
		expect(count('childcare_viewed', w.samira.id)).toBe(4);
		expect(count('childcare_viewed', w.fatou.id)).toBe(4);
		expect(count('childcare_viewed', karim.id)).toBe(1);
		expect(count('childcare_details_viewed', w.samira.id)).toBe(2);
		expect(count('childcare_details_viewed', w.fatou.id)).toBe(2);
		expect(count('childcare_details_viewed', karim.id)).toBe(0);
		// The coordinators read them in the network's journal (/coordination/journal), with who and whose request.
		const journal = await listAuditLog({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(journal.entries).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					action: 'childcare_details_viewed',
					actorName: w.fatou.name,
					subjectName: w.samira.name
				}),
				expect.objectContaining({ action: 'childcare_viewed', actorName: karim.name, subjectName: w.samira.name })
			])
		);
	});
});
