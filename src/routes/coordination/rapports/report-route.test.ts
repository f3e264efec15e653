// The report page as the browser meets it: ?du=…&au=… read from the address, a French sentence for bad dates,
// coordinators only.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { load } from './+page.server.ts';

function event(actor: Actor | null, networkId: string, query = '') {
	const url = new URL(`https://entrelien.example/coordination/rapports${query}`);
	return { locals: { actor, network: actor ? { id: networkId } : null }, params: {}, url } as never;
}

describe('the report page', () => {
	it('shows the last three months by default and the chosen period otherwise', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const page = (await load(event(coordinator.actor, network.id))) as {
			report: { from: string; to: string; totals: { occurrences: number } } | null;
		};
		expect(page.report?.totals.occurrences).toBe(0);
		expect(page.report!.from < page.report!.to).toBe(true);
		const chosen = (await load(event(coordinator.actor, network.id, '?du=2026-01-01&au=2026-01-31'))) as {
			report: { from: string; to: string } | null;
		};
		expect(chosen.report).toMatchObject({ from: '2026-01-01', to: '2026-01-31' });
	});

	it('answers bad dates with a French sentence next to the field', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const page = (await load(event(coordinator.actor, network.id, '?du=2026-02-30&au=2026-01-01'))) as {
			report: unknown;
			errors: Record<string, string>;
			values: Record<string, string>;
		};
		expect(page.report).toBeNull();
		expect(page.errors.du).toMatch(/jj\/mm\/aaaa/);
		expect(page.values).toEqual({ du: '2026-02-30', au: '2026-01-01' });
	});

	it('refuses a plain member, even with a bad period, and sends an anonymous visitor to log in', async () => {
		const { network, member } = await createNetworkWithPeople();
		await expect(load(event(member.actor, network.id))).rejects.toMatchObject({ status: 403 });
		await expect(load(event(member.actor, network.id, '?du=x'))).rejects.toMatchObject({ status: 403 });
		await expect(load(event(null, network.id))).rejects.toMatchObject({ status: 303 });
	});
});
