import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { filledNetwork } from '../../../../tests/filled-network.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { db, sqlRows } from '../db/client.ts';
import { accounts, auditLog, networks } from '../db/schema/index.ts';
import { deleteNetwork } from './delete-network.ts';

async function admin() {
	const account = await createAccount({ isInstanceAdmin: true });
	return actorOf(account.id);
}

/** Every table with a `network_id` column: where member data lives (DESIGN: every row carries it). */
async function networkTables(): Promise<string[]> {
	const rows = await sqlRows<{ table_name: string }>(
		db(),
		sql`select c.table_name from information_schema.columns c
			join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
			where c.table_schema = 'public' and c.column_name = 'network_id' and t.table_type = 'BASE TABLE'
			order by c.table_name`
	);
	return rows.map((r) => r.table_name);
}

/** How many rows of the network each table holds. */
async function rowsOf(networkId: string, tables: string[]) {
	const counts: Record<string, number> = {};
	for (const table of tables) {
		const [row] = await sqlRows<{ n: number }>(
			db(),
			sql`select count(*)::int as n from ${sql.identifier(table)} where network_id = ${networkId}`
		);
		counts[table] = row.n;
	}
	return counts;
}

describe('deleteNetwork', () => {
	it('removes every row of the network, in every table, and nothing of another network', async () => {
		const actor = await admin();
		const doomed = await filledNetwork();
		const kept = await filledNetwork();
		const tables = await networkTables();
		const before = await rowsOf(doomed.network.id, tables);
		const keptBefore = await rowsOf(kept.network.id, tables);
		// The world really has data in every part of the app: the test would prove nothing on empty tables.
		for (const table of [
			'memberships',
			'profiles',
			'member_skills',
			'skills',
			'themes',
			'posts',
			'post_skills',
			'introductions',
			'conversations',
			'messages',
			'groups',
			'group_members',
			'venues',
			'events',
			'event_occurrences',
			'event_registrations',
			'event_guests',
			'calendar_feeds',
			'notifications',
			'exchanges',
			'exchange_learners',
			'ledger_entries',
			'time_balances',
			'exchange_thanks',
			'search_words',
			'audit_log',
			'partners',
			'partner_themes',
			'partner_skills',
			'partner_contacts',
			'partner_agreements',
			'partner_agreement_files',
			'partner_referrals',
			'partner_referral_steps'
		]) {
			expect(before[table], table).toBeGreaterThan(0);
		}

		await deleteNetwork({ actor, networkId: doomed.network.id, confirmName: ` ${doomed.network.name} ` });

		const after = await rowsOf(doomed.network.id, tables);
		expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
		expect(await db().select().from(networks).where(eq(networks.id, doomed.network.id))).toEqual([]);
		expect(await rowsOf(kept.network.id, tables)).toEqual(keptBefore);
	});

	it('keeps the accounts, even those that were only in that network, and forgets it in their sessions', async () => {
		const actor = await admin();
		const { network, member, coordinator } = await createNetworkWithPeople();
		const session = await createSession(member.id, network.id);
		await deleteNetwork({ actor, networkId: network.id, confirmName: network.name });
		const left = await db().select({ id: accounts.id }).from(accounts).where(eq(accounts.id, member.id));
		expect(left).toEqual([{ id: member.id }]);
		expect((await actorOf(coordinator.id)).memberships).toEqual([]);
		expect((await findSession(session.token))?.currentNetworkId).toBeNull();
	});

	it('needs the exact name typed, and deletes nothing otherwise', async () => {
		const actor = await admin();
		const { network } = await createNetworkWithPeople();
		for (const typed of [network.name.toUpperCase(), network.name.slice(0, -1), 'Supprimer', `${network.name}\u0000`]) {
			await expect(deleteNetwork({ actor, networkId: network.id, confirmName: typed })).rejects.toMatchObject({
				code: 'confirmation_mismatch',
				field: 'confirmName'
			});
		}
		expect(await db().select({ id: networks.id }).from(networks).where(eq(networks.id, network.id))).toHaveLength(1);
		expect(await db().select().from(auditLog).where(eq(auditLog.subjectId, network.id))).toEqual([]);
	});

	it('writes who deleted which network in the journal, in a row that outlives the network', async () => {
		const actor = await admin();
		const { network } = await createNetworkWithPeople();
		await deleteNetwork({ actor, networkId: network.id, confirmName: network.name });
		const entries = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, network.id), eq(auditLog.action, 'network_deleted')));
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			networkId: null,
			actorAccountId: actor.accountId,
			detail: `${network.name} (${network.slug})`
		});
	});

	it('is for the instance administrator only: visitors, members and coordinators delete nothing', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		for (const [who, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden'],
			[coordinator.actor, 'forbidden']
		] as const) {
			await expect(
				deleteNetwork({ actor: who, networkId: network.id, confirmName: network.name })
			).rejects.toMatchObject({ code });
		}
		expect(await db().select({ id: networks.id }).from(networks).where(eq(networks.id, network.id))).toHaveLength(1);
	});

	it('answers not_found for an unknown or malformed id', async () => {
		const actor = await admin();
		for (const networkId of [crypto.randomUUID(), 'pas-un-id']) {
			await expect(deleteNetwork({ actor, networkId, confirmName: 'x' })).rejects.toMatchObject({ code: 'not_found' });
		}
	});
});

describe('the schema: every table of member data goes with its network', () => {
	it('gives every table with a network_id a cascading foreign key on it', async () => {
		// confdeltype 'c' = ON DELETE CASCADE. A table reaches `networks` directly or through a table that does.
		const rows = await sqlRows<{ table_name: string }>(
			db(),
			sql`select c.relname as table_name from pg_class c
				join pg_namespace ns on ns.oid = c.relnamespace and ns.nspname = 'public'
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'network_id' and not a.attisdropped
				where c.relkind = 'r' and not exists (
					select 1 from pg_constraint k
					where k.conrelid = c.oid and k.contype = 'f' and k.confdeltype = 'c' and a.attnum = any(k.conkey)
				)
				order by 1`
		);
		expect(rows.map((r) => r.table_name)).toEqual([]);
	});
});
