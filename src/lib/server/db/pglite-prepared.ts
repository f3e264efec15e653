// Named prepared statements on PGlite, for the database thread (pglite-worker.ts, decision 027). PGlite's own
// `query` parses and plans its SQL again on every call (an unnamed statement), in five calls into WASM, and turns
// the answer into rows in this thread: measured on a post page, most of the database thread's time. Here each SQL
// text is parsed once under a name of its own, then bound and executed in ONE call (Bind, Describe, Execute, Sync
// together, as a PostgreSQL client pipelines them), and the server's answer goes back to the caller as bytes, to
// be read there (pglite-answer.ts) — as postgres.js does with a PostgreSQL server (decision 025).
// Statements are session objects: a ROLLBACK does not drop them, and PostgreSQL re-plans them after DDL.
import { protocol, type messages, type PGlite } from '@electric-sql/pglite';

/** Past this many SQL texts (the app's are a bounded set), the statements are dropped and prepared anew. */
const MAX_STATEMENTS = 2000;

const { serialize } = protocol;

export function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

export function preparedStatements(pg: PGlite) {
	const statements = new Map<string, { name: string; paramTypes: number[] }>();
	let nextName = 1;

	async function prepare(sql: string) {
		if (statements.size >= MAX_STATEMENTS) await forget();
		const name = `entrelien_${nextName++}`;
		const answered: messages.BackendMessage[] = [];
		const answer = await pg.execProtocolRaw(
			concat([
				serialize.parse({ name, text: sql, types: [] }),
				serialize.describe({ type: 'S', name }),
				serialize.sync()
			]),
			{ syncToFs: false }
		);
		new protocol.Parser().parse(answer, (message) => answered.push(message));
		const refusal = answered.find((message) => message.name === 'error');
		if (refusal) throw refusal;
		// Kept only once PostgreSQL accepted it: a refused text is tried again (and refused again) next time.
		const parameters = answered.find((message) => message.name === 'parameterDescription') as
			messages.ParameterDescriptionMessage | undefined;
		const statement = { name, paramTypes: parameters?.dataTypeIDs ?? [] };
		statements.set(sql, statement);
		return statement;
	}

	/**
	 * Runs one statement and returns the server's answer as protocol bytes (an error among them, if refused). The
	 * caller holds PGlite's query mutex (and its transaction mutex outside a transaction), as PGlite's `query` does.
	 */
	async function query(sql: string, params: unknown[]): Promise<Uint8Array> {
		const { name, paramTypes } = statements.get(sql) ?? (await prepare(sql));
		const values = params.map((value, i) => {
			if (value === null || value === undefined) return null;
			const serializer = pg.serializers[paramTypes[i]];
			return serializer ? serializer(value) : String(value);
		});
		const message = concat([
			serialize.bind({ statement: name, values }),
			serialize.describe({ type: 'P' }),
			serialize.execute({}),
			// Ends the implicit transaction outside BEGIN, and the error state after a refusal.
			serialize.sync()
		]);
		return pg.execProtocolRaw(message, { syncToFs: false });
	}

	/**
	 * Drops every statement (after migrations changed the tables, so none keeps an old result shape). The caller
	 * holds PGlite's mutexes.
	 */
	async function forget() {
		await pg.execProtocolRaw(serialize.query('deallocate all'), { syncToFs: false });
		statements.clear();
	}

	return { query, forget };
}
