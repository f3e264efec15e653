// PGlite in its own thread (decision 027) keeps what the app relies on from an in-thread PGlite: transactions that
// roll back and never interleave, SQLSTATEs the domain maps to refusals, drizzle's types, and a crash that stops
// the process instead of leaving requests waiting. Only on the PGlite project: these tests open their own threads.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { currentConnection, sqlRows, useConnection, wrapPglite, type Db } from './client.ts';
import { hasSqlState, isUniqueViolation } from './errors.ts';
import { openDatabase } from './open.ts';
import { startPgliteThread, type PgliteThread } from './pglite-thread.ts';
import { jobs } from './schema/index.ts';

const crashes: Error[] = [];
let thread: PgliteThread;
let db: Db;

describe.runIf(inject('database').kind === 'pglite')('PGlite in its own thread', () => {
	beforeAll(async () => {
		thread = await startPgliteThread({ dataDir: undefined, onCrash: (error) => crashes.push(error) });
		db = wrapPglite(thread).db;
		await db.execute(sql`create table thread_check (id serial primary key, label text unique not null)`);
	});

	afterAll(async () => {
		await thread?.close();
	});

	it('opens the database migrated: the app tables are there', async () => {
		expect(await sqlRows(db, sql`select count(*)::int as n from jobs`)).toEqual([{ n: 0 }]);
	});

	it('rolls a transaction back when its body throws, and hands the same error back', async () => {
		const failure = new Error('stop here');
		await expect(
			db.transaction(async (tx) => {
				await tx.execute(sql`insert into thread_check (label) values ('rolled back')`);
				throw failure;
			})
		).rejects.toBe(failure);
		expect(await sqlRows(db, sql`select label from thread_check where label = 'rolled back'`)).toEqual([]);
	});

	it('commits a transaction, savepoints included, and rolls back only a failed savepoint', async () => {
		await db.transaction(async (tx) => {
			await tx.execute(sql`insert into thread_check (label) values ('kept')`);
			await tx
				.transaction(async (inner) => {
					await inner.execute(sql`insert into thread_check (label) values ('inner, undone')`);
					throw new Error('undo the savepoint');
				})
				.catch(() => {});
		});
		const labels = await sqlRows<{ label: string }>(db, sql`select label from thread_check order by id`);
		expect(labels.map((r) => r.label)).toEqual(['kept']);
	});

	it('keeps the SQLSTATE of a refusal: a unique violation, and a code raised by our own SQL', async () => {
		const refusal = await db.execute(sql`insert into thread_check (label) values ('kept')`).catch((e: unknown) => e);
		expect(isUniqueViolation(refusal)).toBe(true);
		// The server's other fields come along too: the constraint names which rule refused.
		expect((refusal as Error & { cause?: { constraint?: string } }).cause?.constraint).toBe('thread_check_label_key');

		const raised = await db
			.transaction((tx) => tx.execute(sql`do $$ begin raise exception 'full' using errcode = 'EV001'; end $$`))
			.catch((e: unknown) => e);
		expect(hasSqlState(raised, 'EV001')).toBe(true);
		expect(isUniqueViolation(raised)).toBe(false);
	});

	it('serves two concurrent transactions one after the other, never interleaved', async () => {
		await db.execute(sql`truncate thread_check`);
		const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
		const write = (who: string) =>
			db.transaction(async (tx) => {
				// What this transaction sees of the other's rows: none or both, never one.
				const seen = await sqlRows<{ n: number }>(tx, sql`select count(*)::int as n from thread_check`);
				await tx.execute(sql`insert into thread_check (label) values (${who + ' 1'})`);
				await pause();
				await tx.execute(sql`insert into thread_check (label) values (${who + ' 2'})`);
				return seen[0].n;
			});
		const a = write('A');
		const b = write('B');
		// A statement outside any transaction, sent while one is under way, waits for it to end.
		await pause();
		const c = db.execute(sql`insert into thread_check (label) values ('C')`);
		const [seenByA, seenByB] = await Promise.all([a, b, c]);
		expect([seenByA, seenByB].sort()).toEqual([0, 2]);
		const order = await sqlRows<{ label: string }>(db, sql`select label from thread_check order by id`);
		expect(order.map((r) => r.label.split(' ')[0]).join('')).toMatch(/^(AA|BB|C){3}$/);
	});

	it('prepares each statement once: it serves other values, outlives a rollback, and a refused one is not kept', async () => {
		const labelled = (label: string) =>
			sqlRows<{ id: number }>(db, sql`select id from thread_check where label = ${label}`);
		await db
			.transaction(async (tx) => {
				await tx.execute(sql`insert into thread_check (label) values ('prepared')`);
				expect(await sqlRows(tx, sql`select label from thread_check where label = ${'prepared'}`)).toHaveLength(1);
				tx.rollback();
			})
			.catch(() => {});
		await db.execute(sql`insert into thread_check (label) values ('one'), ('two')`);
		expect(await labelled('one')).toHaveLength(1);
		expect(await labelled('prepared')).toEqual([]);
		expect(await sqlRows(db, sql`select label from thread_check where label = ${'two'}`)).toEqual([{ label: 'two' }]);
		await expect(db.execute(sql`select nothing from thread_check`)).rejects.toThrow();
		await expect(db.execute(sql`select nothing from thread_check`)).rejects.toThrow();
		await db.execute(sql`alter table thread_check add column nothing int`);
		expect(await sqlRows(db, sql`select nothing from thread_check where label = 'one'`)).toEqual([{ nothing: null }]);
	});

	it('gives drizzle its own types back: dates, JSON, numbers, nulls', async () => {
		const runAt = new Date('2027-03-01T08:30:00.123Z');
		const [job] = await db
			.insert(jobs)
			.values({ kind: 'send-email', payload: { emailId: 'x', n: [1, 2] }, runAt })
			.returning();
		expect(job.runAt).toEqual(runAt);
		expect(job.payload).toEqual({ emailId: 'x', n: [1, 2] });
		expect(job.attempts).toBe(0);
		expect(job.doneAt).toBeNull();
		const [read] = await db.select().from(jobs);
		expect(read).toEqual(job);
	});

	it('delivers a NOTIFY to a listener of its channel after the commit, and no more once it stopped', async () => {
		const payloads: string[] = [];
		const unlisten = await thread.listen('thread_check', (payload) => payloads.push(payload));
		await db.transaction(async (tx) => {
			await tx.execute(sql`select pg_notify('thread_check', 'first')`);
			await tx.execute(sql`select pg_notify('another_channel', 'not for us')`);
		});
		// Outside BEGIN, the statement's own commit: once, not once per path it could come by.
		await db.execute(sql`select pg_notify('thread_check', 'alone')`);
		await db.execute(sql`select 1`);
		expect(payloads).toEqual(['first', 'alone']);
		await unlisten();
		await db.execute(sql`select pg_notify('thread_check', 'second')`);
		await db.execute(sql`select 1`);
		expect(payloads).toEqual(['first', 'alone']);
	});

	it('stops with a French sentence when the thread dies, and refuses what was waiting instead of hanging', async () => {
		const waiting = db.execute(sql`select pg_sleep(0.5)`).catch((e: unknown) => e);
		await thread.kill();
		const refusal = await waiting;
		expect(String((refusal as Error & { cause?: Error }).cause?.message ?? refusal)).toContain(
			"La base de données embarquée (PGlite) s'est arrêtée d'un coup"
		);
		expect(crashes).toHaveLength(1);
		expect(crashes[0].message).toContain("Le programme s'arrête ; relancez-le");
		await expect(db.execute(sql`select 1`)).rejects.toThrow();
	});
});

describe.runIf(inject('database').kind === 'pglite')('a data directory opened in its own thread', () => {
	it('is left checkpointed at close, without hundreds of MB of old WAL', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'entrelien-wal-'));
		const testConnection = currentConnection();
		try {
			const connection = await openDatabase({ dataDir: dir, databaseUrl: undefined });
			await connection.db.execute(
				sql`create table filler as select g, repeat('x', 500) as s from generate_series(1, 100000) g`
			);
			const walFiles = () => readdirSync(join(dir, 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name));
			// About 60 MB of WAL, in 16 MB segments.
			expect(walFiles().length).toBeGreaterThan(3);
			await connection.close();
			expect(walFiles().length).toBeLessThanOrEqual(2);
		} finally {
			useConnection(testConnection);
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
