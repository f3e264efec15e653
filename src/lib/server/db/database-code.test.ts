import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from './client.ts';
import { applyDatabaseCode, publicFunctions, readDatabaseCode, type SqlRunner } from './database-code.ts';
import { databaseCodeFolder } from './migrate.ts';
import { sqlStates } from './sql-states.ts';

async function rows(text: string): Promise<Record<string, unknown>[]> {
	const result = await db().execute(sql.raw(text));
	return Array.isArray(result) ? result : (result as unknown as { rows: Record<string, unknown>[] }).rows;
}

// Through the test's own connection: statements of one file run in one transaction.
const runner: SqlRunner = {
	rows,
	run: async (text) => {
		await db().transaction(async (tx) => {
			for (const statement of text.split(/;\s*\n(?=(?:--[^\n]*\n)*\s*(?:CREATE|DROP|comment))/i)) {
				if (statement.trim()) await tx.execute(sql.raw(statement));
			}
		});
	}
};

describe("the database's code", () => {
	const files = readDatabaseCode(databaseCodeFolder);

	it('has one file per function of the database, applied from its current text', async () => {
		const functions = await publicFunctions(runner);
		expect([...functions.keys()].sort()).toEqual(files.map((f) => f.name).sort());
		for (const file of files) expect(functions.get(file.name)?.comment, file.name).toBe(file.hash);
	});

	it('writes every trigger in the file of the function it calls', async () => {
		const triggers = await rows(
			`select t.tgname as name, p.proname as function from pg_trigger t join pg_proc p on p.oid = t.tgfoid
			where not t.tgisinternal`
		);
		expect(triggers.length).toBeGreaterThanOrEqual(10);
		for (const trigger of triggers) {
			const file = files.find((f) => f.name === trigger.function);
			expect(file?.text, String(trigger.name)).toMatch(new RegExp(`TRIGGER "?${String(trigger.name)}"? `));
		}
	});

	it('applies a file again only when its text changed', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'entrelien-code-'));
		try {
			cpSync(databaseCodeFolder, folder, { recursive: true });
			expect(await applyDatabaseCode(runner, folder)).toEqual([]);
			const path = join(folder, 'name_key.sql');
			writeFileSync(path, readFileSync(path, 'utf8').replace("'\\s+', ' '", "'\\s+', '-'"));
			expect(await applyDatabaseCode(runner, folder)).toEqual(['name_key']);
			expect(await rows(`select name_key('Jardin  Partagé') as key`)).toEqual([{ key: 'jardin-partage' }]);
			expect(await applyDatabaseCode(runner, folder)).toEqual([]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('raises exactly the SQLSTATEs the code knows by name', () => {
		const raised = new Set(files.flatMap((f) => [...f.text.matchAll(/ERRCODE = '([0-9A-Z]{5})'/g)].map((m) => m[1])));
		expect([...raised].sort()).toEqual(Object.values(sqlStates).sort());
	});
});
