import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../../tests/factories.ts';
import { members } from '../../../../../tests/event-world.ts';
import { getCareRequest } from '../../childcare/get-care-request.ts';
import { listCareRequests } from '../../childcare/list-care-requests.ts';
import { myCarerStatus } from '../../childcare/my-carer-status.ts';
import { fillDemoChildcare } from './demo-childcare.ts';

describe('the demo’s childcare', () => {
	it('has one trusted carer and one request with her offer, waiting for the parent’s choice', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const [carer, parent] = await members(network.id, 2);
		const request = await fillDemoChildcare({
			networkId: network.id,
			admin: coordinator.actor,
			carer: carer.actor,
			parent: parent.actor
		});
		expect((await myCarerStatus({ actor: carer.actor, networkId: network.id })).status).toBe('active');
		const list = await listCareRequests({ actor: carer.actor, networkId: network.id });
		expect(list.open.map((r) => [r.id, r.offered])).toEqual([[request.id, true]]);
		const page = await getCareRequest({ actor: parent.actor, networkId: network.id, requestId: request.id });
		expect(page.offers.map((o) => [o.name, o.status])).toEqual([[carer.name, 'offered']]);
	});
});
