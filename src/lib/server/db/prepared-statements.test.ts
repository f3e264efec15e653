import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { findAccountByEmail } from '../accounts/find-account.ts';
import { db, sqlRows } from './client.ts';

/** A query that says whether it is itself a prepared statement (the server does not list unnamed ones). */
const selfCheck = (marker: 'plain' | 'in-transaction' | 'in-savepoint') =>
	sql`select ${1}::int as one, exists (
		select from pg_prepared_statements where statement like ${`%self-check ${marker}%`}
	) as prepared /* self-check ${sql.raw(marker)} */`;

describe.runIf(inject('database').kind === 'postgres')('queries on a PostgreSQL server', () => {
	it('are prepared statements, in and out of transactions', async () => {
		const [plain] = await sqlRows<{ prepared: boolean }>(db(), selfCheck('plain'));
		expect(plain.prepared).toBe(true);
		const [inside] = await db().transaction((tx) => sqlRows<{ prepared: boolean }>(tx, selfCheck('in-transaction')));
		expect(inside.prepared).toBe(true);
		const [nested] = await db().transaction((tx) =>
			tx.transaction((savepoint) => sqlRows<{ prepared: boolean }>(savepoint, selfCheck('in-savepoint')))
		);
		expect(nested.prepared).toBe(true);
	});

	it('give the same answers when run again with other values', async () => {
		const first = await createNetworkWithPeople();
		const second = await createNetworkWithPeople();
		for (let round = 0; round < 8; round++) {
			for (const { member } of [first, second]) {
				expect((await findAccountByEmail(member.email!))?.id).toBe(member.id);
			}
		}
	});
});
