// Reads the server's answer to one pipelined statement (pglite-prepared.ts) in the database thread: rows with
// PGlite's own parsers (and the caller's, for the types it keeps as text), or the refusal as PGlite's
// DatabaseError with its SQLSTATE `code`. (PGlite itself hands the notifications among these bytes to its
// listeners: pglite-worker.ts passes them on.)
import { parse, protocol, type messages, type PGlite, type Results, type types } from '@electric-sql/pglite';

export function readAnswer(pg: PGlite, bytes: Uint8Array, rowMode: 'object' | 'array', rawTypes: number[]): Results {
	const answered: messages.BackendMessage[] = [];
	new protocol.Parser().parse(bytes, (message) => answered.push(message));
	const refusal = answered.find((message) => message.name === 'error');
	if (refusal) throw refusal;
	// Dates stay text when the caller asks (drizzle parses them itself): its parsers are functions, which cannot
	// cross threads, so it names the types and applies its parsers on its side (pglite-thread.ts).
	const parsers: Record<number, types.Parser> = {};
	for (const type of rawTypes) parsers[type] = (value) => value;
	return parse.parseResults(answered, pg.parsers, { rowMode, parsers })[0];
}
