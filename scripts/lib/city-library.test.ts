// The town's tool library seed (decision 030) writes what the use cases would: a year of loans, one open loan per
// item at most, holds only on lent items and never by the borrower, a few repairs; run again, it adds nothing.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { libraryWorld } from '../../tests/library-world.ts';
import { resourceContent } from '../../tests/space-world.ts';
import { db, sqlRows } from '../../src/lib/server/db/client.ts';
import { addResource } from '../../src/lib/server/space/add-resource.ts';
import { listCatalogue } from '../../src/lib/server/library/catalogue.ts';
import { seedCityLibrary } from './city-library.ts';

describe('seedCityLibrary', () => {
	it('lends, holds and repairs the items of the venue in the shape of the use cases', async () => {
		const world = await libraryWorld({}, 8);
		for (let i = 1; i <= 59; i++) {
			await addResource({
				...world.desk,
				...resourceContent(world.venue.id, { kind: 'item', name: `Objet ${i}`, category: 'Divers' })
			});
		}
		const lines: string[] = [];
		const seeded = await seedCityLibrary(db(), { networkId: world.networkId, venueId: world.venue.id }, (l) =>
			lines.push(l)
		);
		expect(seeded.reused).toBe(false);
		expect(seeded.loans).toBeGreaterThan(60 * 10);
		expect(seeded.open).toBeGreaterThan(5);
		expect(seeded.holds).toBeGreaterThan(0);
		expect(lines).toHaveLength(1);
		const [wrong] = await sqlRows<{ holds_on_free: number; by_borrower: number; open_and_repair: number }>(
			db(),
			sql`select
				(select count(*)::int from library_holds h where not exists (select 1 from library_loans l
					where l.resource_id = h.resource_id and l.returned_at is null)) as holds_on_free,
				(select count(*)::int from library_holds h join library_loans l on l.resource_id = h.resource_id
					and l.returned_at is null and l.account_id = h.account_id) as by_borrower,
				(select count(*)::int from library_repairs x join library_loans l on l.resource_id = x.resource_id
					and l.returned_at is null) as open_and_repair`
		);
		expect(wrong).toEqual({ holds_on_free: 0, by_borrower: 0, open_and_repair: 0 });
		const states = (await listCatalogue(world.desk)).flatMap((c) => c.items.map((i) => i.state));
		expect(states.filter((s) => s === 'lent')).toHaveLength(seeded.open);
		expect(states.filter((s) => s === 'repair')).toHaveLength(seeded.repairs);
		expect(
			(await seedCityLibrary(db(), { networkId: world.networkId, venueId: world.venue.id }, () => {})).reused
		).toBe(true);
	});
});
