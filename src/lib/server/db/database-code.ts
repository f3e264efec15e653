// The database's own code — its functions and the triggers that call them — lives in one file per function,
// `migrations/code/<function>.sql`, holding its current text (decision 026). After the migrations, every start
// applies the files whose text changed: each file is idempotent (`CREATE OR REPLACE FUNCTION`, `DROP TRIGGER IF
// EXISTS` + `CREATE TRIGGER`), and the SHA-256 of the text it was applied from is kept as the function's comment,
// so an unchanged file costs one catalogue query and takes no lock.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What applying needs from a connection, on PGlite or a PostgreSQL server alike. */
export type SqlRunner = {
	rows: (text: string) => Promise<Record<string, unknown>[]>;
	/** Runs one or more statements as one transaction. */
	run: (text: string) => Promise<void>;
};

export type DatabaseCodeFile = { name: string; text: string; hash: string };

export function readDatabaseCode(folder: string): DatabaseCodeFile[] {
	return readdirSync(folder)
		.filter((file) => file.endsWith('.sql'))
		.sort()
		.map((file) => {
			const text = readFileSync(join(folder, file), 'utf8');
			const hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
			return { name: basename(file, '.sql'), text, hash };
		});
}

/** Public functions by name (none is overloaded), with their signature and the comment that records their file. */
export async function publicFunctions(
	sql: SqlRunner
): Promise<Map<string, { signature: string; comment: string | null }>> {
	const rows = await sql.rows(
		`select p.proname as name, p.oid::regprocedure::text as signature, obj_description(p.oid, 'pg_proc') as comment
		from pg_proc p
		where p.pronamespace = 'public'::regnamespace
			and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`
	);
	return new Map(
		rows.map((r) => [String(r.name), { signature: String(r.signature), comment: (r.comment as string) ?? null }])
	);
}

export async function applyDatabaseCode(sql: SqlRunner, folder: string): Promise<string[]> {
	const before = await publicFunctions(sql);
	const applied: string[] = [];
	for (const file of readDatabaseCode(folder)) {
		if (before.get(file.name)?.comment === file.hash) continue;
		await sql.run(file.text);
		const created = (await publicFunctions(sql)).get(file.name);
		if (!created) throw new Error(`${file.name}.sql ne crée pas de fonction « ${file.name} ».`);
		// The hash is hexadecimal: safe inside a literal.
		await sql.run(`comment on function ${created.signature} is '${file.hash}'`);
		applied.push(file.name);
	}
	return applied;
}
