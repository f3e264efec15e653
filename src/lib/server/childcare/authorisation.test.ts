// Every childcare action refuses the anonymous visitor, the wrong role, someone else's request and another
// network, and writes nothing (decision 032).
import { describe, expect, it } from 'vitest';
import { careInput, childcareWorld } from '../../../../tests/childcare-world.ts';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { auditLog, childcareOffers, childcareRequests, exchanges } from '../db/schema/index.ts';
import { askForChildcare } from './ask-for-childcare.ts';
import { listFamiliesHours, myCareHours } from './care-hours.ts';
import { cancelCareRequest } from './cancel-care-request.ts';
import { chooseCarer } from './choose-carer.ts';
import { confirmCareDone } from './confirm-care-done.ts';
import { getCareRequest } from './get-care-request.ts';
import { listCareRequests } from './list-care-requests.ts';
import { listMyCareRequests } from './list-my-care-requests.ts';
import { offerCare } from './offer-care.ts';

const refusal = (p: Promise<unknown>) =>
	p.then(
		() => 'no refusal',
		(e: { code?: string }) => e.code ?? String(e)
	);
const counts = async () => [
	await db().$count(childcareRequests),
	await db().$count(childcareOffers),
	await db().$count(exchanges),
	await db().$count(auditLog)
];

describe('childcare authorisation', () => {
	it('refuses each action to the anonymous, a plain member, a suspended carer and another network', async () => {
		const w = await childcareWorld();
		const other = await createNetworkWithPeople();
		const request = await askForChildcare({ actor: w.samira.actor, networkId: w.networkId, input: careInput() });
		await offerCare({ actor: w.fatou.actor, networkId: w.networkId, requestId: request.id, address: '', phone: '' });
		const before = await counts();
		const actions = (actor: Actor | null, networkId = w.networkId) => {
			const byId = { actor, networkId, requestId: request.id };
			return {
				get: () => getCareRequest(byId),
				offer: () => offerCare({ ...byId, address: '', phone: '' }),
				choose: () => chooseCarer({ ...byId, carerAccountId: w.fatou.id }),
				done: () => confirmCareDone(byId),
				cancel: () => cancelCareRequest(byId)
			};
		};
		const codes = async (actor: Actor | null, networkId?: string) =>
			Object.fromEntries(
				await Promise.all(
					Object.entries(actions(actor, networkId)).map(async ([name, run]) => [name, await refusal(run())])
				)
			);
		const all = (code: string) => ({ get: code, offer: code, choose: code, done: code, cancel: code });
		expect(await codes(null)).toEqual(all('not_logged_in'));
		expect(await codes(w.karim.actor)).toEqual(all('not_found'));
		expect(await codes(w.paul.actor)).toEqual(all('not_found'));
		expect(await codes(other.coordinator.actor)).toEqual(all('not_member'));
		expect(await codes(other.member.actor, other.network.id)).toEqual(all('not_found'));
		// Fatou, the carer who offered, may look but not act for the parent.
		expect(
			await refusal(
				chooseCarer({ actor: w.fatou.actor, networkId: w.networkId, requestId: request.id, carerAccountId: w.fatou.id })
			)
		).toBe('not_found');
		expect(
			await refusal(cancelCareRequest({ actor: w.fatou.actor, networkId: w.networkId, requestId: request.id }))
		).toBe('not_found');
		// Samira may not offer on her own request.
		expect(
			await refusal(
				offerCare({ actor: w.samira.actor, networkId: w.networkId, requestId: request.id, address: '', phone: '' })
			)
		).toBe('care_own_request');
		// A request id that is not one is « not found », never a crash.
		expect(
			await refusal(getCareRequest({ actor: w.fatou.actor, networkId: w.networkId, requestId: 'pas-un-id' }))
		).toBe('not_found');
		expect(await counts()).toEqual(before);

		for (const list of [listCareRequests, listMyCareRequests, myCareHours, listFamiliesHours]) {
			expect(await refusal(list({ actor: null, networkId: w.networkId }))).toBe('not_logged_in');
			expect(await refusal(list({ actor: other.member.actor, networkId: w.networkId }))).toBe('not_member');
		}
		expect(await refusal(listFamiliesHours({ actor: w.karim.actor, networkId: w.networkId }))).toBe('forbidden');
	});
});
