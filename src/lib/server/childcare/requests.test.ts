// Asking, offering, choosing and saying it happened (decision 032): bad input changes nothing, a coordinator asks
// for a member without email who agreed, one carer is confirmed even when two choices arrive at once, the
// exchange is recorded once, and urgent notices stop at three a day for each carer.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { careInput, childcareWorld, parisAt } from '../../../../tests/childcare-world.ts';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { now, resetClock, setClockOffset } from '../clock.ts';
import { db } from '../db/client.ts';
import { childcareOffers, childcareRequests, exchanges, notifications } from '../db/schema/index.ts';
import { careRequestInput } from '../../validation/childcare.ts';
import { askForChildcare } from './ask-for-childcare.ts';
import { cancelCareRequest } from './cancel-care-request.ts';
import { chooseCarer } from './choose-carer.ts';
import { confirmCareDone } from './confirm-care-done.ts';
import { getCareRequest } from './get-care-request.ts';
import { listMyCareRequests } from './list-my-care-requests.ts';
import { offerCare } from './offer-care.ts';

afterEach(() => resetClock());

const refusal = (p: Promise<unknown>) =>
	p.then(
		() => 'no refusal',
		(e: { code?: string }) => e.code ?? String(e)
	);
const requestCount = () => db().$count(childcareRequests);

/** What the form posts, as strings, for the schema. */
const posted = (overrides: Record<string, string> = {}) => ({
	startsAt: '2099-12-03T10:00',
	endsAt: '2099-12-03T12:00',
	reason: 'interview',
	children: '2',
	ageRanges: '3-5\n6-10',
	place: 'parent_home',
	address: '12 rue des Lilas',
	...overrides
});
const codesOf = (values: Record<string, string>) => {
	const parsed = careRequestInput.safeParse(values);
	return parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
};

describe('asking for childcare', () => {
	it('refuses bad input with a code per field, and a slot in the past in the domain, writing nothing', async () => {
		expect(codesOf(posted())).toEqual([]);
		expect(codesOf(posted({ endsAt: '2099-12-03T09:00' }))).toEqual(['endsAt:care_order']);
		expect(codesOf(posted({ endsAt: '2099-12-04T09:00' }))).toEqual(['endsAt:care_too_long']);
		expect(codesOf(posted({ children: '0' }))).toEqual(['children:care_children']);
		expect(codesOf(posted({ children: '7' }))).toEqual(['children:care_children']);
		expect(codesOf(posted({ reason: 'party' }))).toEqual(['reason:unknown_choice']);
		expect(codesOf(posted({ ageRanges: '' }))).toEqual(['ageRanges:care_ages']);
		expect(codesOf(posted({ ageRanges: '12-15' }))).toEqual(['ageRanges:unknown_choice']);
		expect(codesOf(posted({ startsAt: 'jeudi' }))).toEqual(['startsAt:care_when']);
		expect(codesOf(posted({ address: '' }))).toEqual(['address:care_address']);
		expect(codesOf(posted({ place: 'venue' }))).toEqual(['venueId:care_venue']);

		const w = await childcareWorld();
		const before = await requestCount();
		const past = parisAt(-1, 10);
		const ask = (input = careInput()) =>
			refusal(askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input }));
		expect(await ask(careInput({ startsAt: past, endsAt: new Date(past.getTime() + 3_600_000) }))).toBe(
			'care_slot_past'
		);
		expect(await ask(careInput({ place: 'venue', venueId: '00000000-0000-4000-8000-000000000000' }))).toBe(
			'care_venue_unknown'
		);
		// The database holds the same rules if the checks above are ever bypassed.
		expect(await ask(careInput({ children: 7 }))).not.toBe('no refusal');
		expect(await ask(careInput({ endsAt: parisAt(2, 9) }))).not.toBe('no refusal');
		expect(await requestCount()).toBe(before);
		expect(await refusal(askForChildcare({ actor: null, networkId: w.networkId, input: careInput() }))).toBe(
			'not_logged_in'
		);
	});

	it('lets a coordinator ask for a member without email who agreed, and nobody else on another’s behalf', async () => {
		const w = await childcareWorld();
		const gerard = await w.person('Gérard Lemoine', { email: null });
		const before = await requestCount();
		const forGerard = careInput({ forAccountId: gerard.id, consent: true });
		expect(await refusal(askForChildcare({ actor: w.karim.actor, networkId: w.networkId, input: forGerard }))).toBe(
			'forbidden'
		);
		expect(
			await refusal(
				askForChildcare({ actor: w.coordinator.actor, networkId: w.networkId, input: { ...forGerard, consent: false } })
			)
		).toBe('care_consent_missing');
		// Samira has an email: she asks herself.
		expect(
			await refusal(
				askForChildcare({
					actor: w.coordinator.actor,
					networkId: w.networkId,
					input: { ...forGerard, forAccountId: w.samira.id }
				})
			)
		).toBe('care_member_unknown');
		expect(await requestCount()).toBe(before);

		const request = await askForChildcare({ actor: w.coordinator.actor, networkId: w.networkId, input: forGerard });
		expect(request).toMatchObject({ parentAccountId: gerard.id, requestedByAccountId: w.coordinator.id });
		// The coordinator acts for Gérard: chooses the carer and sees the details.
		await offerCare({ actor: w.fatou.actor, networkId: w.networkId, requestId: request.id, address: '', phone: '' });
		await chooseCarer({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			requestId: request.id,
			carerAccountId: w.fatou.id
		});
		const page = await getCareRequest({ actor: w.coordinator.actor, networkId: w.networkId, requestId: request.id });
		expect(page.role).toBe('parent');
		expect(page.details?.address).toBe('12 rue des Lilas, Nanterre');
	});
});

describe('choosing and confirming', () => {
	it('confirms exactly one carer when two choices arrive at once; the other is thanked', async () => {
		const w = await childcareWorld();
		const karim = w.karim;
		await w.meet(karim.id);
		const request = await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput() });
		const byId = { networkId: w.networkId, requestId: request.id };
		await offerCare({ actor: w.fatou.actor, ...byId, address: '', phone: '' });
		await offerCare({ actor: karim.actor, ...byId, address: '', phone: '' });
		expect(await refusal(offerCare({ actor: karim.actor, ...byId, address: '', phone: '' }))).toBe('care_not_open');
		expect(await refusal(chooseCarer({ actor: karim.actor, ...byId, carerAccountId: karim.id }))).toBe('not_found');

		const results = await Promise.allSettled([
			chooseCarer({ actor: w.samira.actor, ...byId, carerAccountId: w.fatou.id }),
			chooseCarer({ actor: w.samira.actor, ...byId, carerAccountId: karim.id })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason.code).toBe('care_already_confirmed');
		const offers = await db().select().from(childcareOffers).where(eq(childcareOffers.requestId, request.id));
		expect(offers.filter((o) => o.status === 'chosen')).toHaveLength(1);
		expect(offers.filter((o) => o.status === 'thanked')).toHaveLength(1);
		const thanked = offers.find((o) => o.status === 'thanked')!;
		const notices = await db().select().from(notifications).where(eq(notifications.accountId, thanked.carerAccountId));
		expect(notices.map((n) => n.params.what)).toContain('thanked');
		// The parent's list shows the request confirmed with its two offers.
		expect(await listMyCareRequests({ actor: w.samira.actor, networkId: w.networkId })).toEqual([
			expect.objectContaining({ id: request.id, status: 'confirmed', offers: 2 })
		]);
	});

	it('records one exchange once both said it happened, even at the same moment; not before the end', async () => {
		const w = await childcareWorld();
		const request = await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput() });
		const byId = { networkId: w.networkId, requestId: request.id };
		await offerCare({ actor: w.fatou.actor, ...byId, address: '', phone: '' });
		await chooseCarer({ actor: w.samira.actor, ...byId, carerAccountId: w.fatou.id });
		expect(await refusal(confirmCareDone({ actor: w.samira.actor, ...byId }))).toBe('care_not_ended');
		expect(await refusal(confirmCareDone({ actor: w.karim.actor, ...byId }))).toBe('not_found');

		setClockOffset(parisAt(2, 12, 30).getTime() - Date.now());
		await Promise.allSettled([
			confirmCareDone({ actor: w.samira.actor, ...byId }),
			confirmCareDone({ actor: w.fatou.actor, ...byId })
		]);
		expect(await refusal(confirmCareDone({ actor: w.fatou.actor, ...byId }))).toBe('care_already_done');
		const recorded = await db().select().from(exchanges).where(eq(exchanges.networkId, w.networkId));
		expect(recorded).toHaveLength(1);
		expect(recorded[0]).toMatchObject({ sharerAccountId: w.fatou.id, minutes: 120, sharerStatus: 'confirmed' });
		expect(recorded[0].confirmedAt).not.toBeNull();
		const [row] = await db().select().from(childcareRequests).where(eq(childcareRequests.id, request.id));
		expect(row.exchangeId).toBe(recorded[0].id);
		expect((await getCareRequest({ actor: w.samira.actor, ...byId })).exchangeRecorded).toBe(true);
	});

	it('lets the parent cancel before the end; the carers are told; nobody else may cancel', async () => {
		const w = await childcareWorld();
		const request = await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput() });
		const byId = { networkId: w.networkId, requestId: request.id };
		await offerCare({ actor: w.fatou.actor, ...byId, address: '', phone: '' });
		expect(await refusal(cancelCareRequest({ actor: w.fatou.actor, ...byId }))).toBe('not_found');
		const other = await createNetworkWithPeople();
		expect(
			await refusal(
				cancelCareRequest({ actor: other.member.actor, networkId: other.network.id, requestId: request.id })
			)
		).toBe('not_found');
		await cancelCareRequest({ actor: w.samira.actor, ...byId });
		const [row] = await db().select().from(childcareRequests).where(eq(childcareRequests.id, request.id));
		expect(row).toMatchObject({ status: 'cancelled', note: '', address: '', phone: '' });
		const told = await db().select().from(notifications).where(eq(notifications.accountId, w.fatou.id));
		expect(told.map((n) => n.params.what)).toContain('cancelled');
	});
});

describe('urgent requests', () => {
	it('tell each active carer at once, three a Paris day at most, counted in the database', async () => {
		const w = await childcareWorld();
		const karim = w.karim;
		await w.meet(karim.id);
		const soon = (hours: number) => {
			const start = new Date(now().getTime() + hours * 3_600_000);
			return careInput({ startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) });
		};
		// Five urgent requests and one for next week (not urgent).
		for (const hours of [2, 3, 4, 5, 6])
			await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: soon(hours) });
		await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput({}, 7) });
		const noticesOf = (accountId: string) =>
			db()
				.select()
				.from(notifications)
				.where(eq(notifications.accountId, accountId))
				.then((rows) => rows.filter((n) => n.kind === 'childcare' && n.params.what === 'urgent'));
		expect(await noticesOf(w.fatou.id)).toHaveLength(3);
		expect(await noticesOf(karim.id)).toHaveLength(3);
		expect(await noticesOf(w.paul.id)).toHaveLength(0);
		expect(await noticesOf(w.samira.id)).toHaveLength(0);
	});
});
