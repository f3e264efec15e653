// The thread that owns PGlite (decision 027): PostgreSQL in WASM runs here, so its queries no longer take turns
// with page rendering on the main thread. It opens and migrates the data directory (locked beforehand by the
// main thread), then answers the requests of pglite-protocol.ts in the order they arrive; PGlite's own mutex
// keeps a transaction's statements together, exactly as when it ran in the main thread.
// Run by Node itself (worker_threads), not by Vite: relative imports with their `.ts`, Node built-ins, packages.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import { migratePgliteDatabase } from './migrate.ts';
import { readAnswer } from './pglite-answer.ts';
import { pgliteExtensions } from './pglite-extensions.ts';
import { preparedStatements } from './pglite-prepared.ts';
import {
	sendableError,
	type Notification,
	type Reply,
	type Request,
	type Started,
	type WorkerStart
} from './pglite-protocol.ts';

const port = parentPort!;
const { dataDir } = workerData as WorkerStart;

/** The transactions under way: each holds PGlite's transaction mutex until the main thread ends it. */
const open = new Map<number, { tx: Transaction; end: (commit: boolean, requestId: number) => void }>();
let nextTx = 1;
const listeners = new Map<number, () => Promise<void>>();
let nextListener = 1;

const answer = (id: number, value: unknown) =>
	// Bytes (a query's answer) move to the main thread instead of being copied.
	port.postMessage(
		{ id, ok: true, value } satisfies Reply,
		value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []
	);
const refuse = (id: number, error: unknown) =>
	port.postMessage({ id, ok: false, error: sendableError(error) } satisfies Reply);

function transactionOf(tx: number): Transaction {
	const found = open.get(tx);
	if (!found) throw new Error(`No transaction ${tx} is open in the database thread.`);
	return found.tx;
}

/**
 * A statement, prepared once (pglite-prepared.ts) and run under PGlite's own mutexes, as its `query` would: inside
 * a transaction, the query mutex (the transaction's holds the rest); outside, the transaction mutex as well, so
 * it waits for any transaction under way instead of slipping into it.
 */
function query(request: Extract<Request, { op: 'query' }>) {
	const { sql, params, rowMode, rawTypes } = request;
	const run = async () => readAnswer(pg, await pg.runExclusive(() => statements.query(sql, params)), rowMode, rawTypes);
	if (request.tx === null) return pg._runExclusiveTransaction(run);
	transactionOf(request.tx);
	return run();
}

/** BEGIN under PGlite's mutex; answers once it ran, and the COMMIT or ROLLBACK answers the `end` request. */
function begin(id: number) {
	let endId: number | undefined;
	const done = pg.transaction(async (tx) => {
		const txId = nextTx++;
		const commit = await new Promise<boolean>((resolve) => {
			open.set(txId, { tx, end: (c, requestId) => ((endId = requestId), resolve(c)) });
			answer(id, txId);
		});
		open.delete(txId);
		if (!commit) await tx.rollback();
	});
	done.then(
		() => answer(endId!, null),
		(error: unknown) => refuse(endId ?? id, error)
	);
}

async function serve(request: Request): Promise<unknown> {
	switch (request.op) {
		case 'query':
			return query(request);
		case 'exec':
			return request.tx === null ? pg.exec(request.sql) : transactionOf(request.tx).exec(request.sql);
		case 'checkpoint':
			return pg.exec('checkpoint');
		case 'migrate':
			await migratePgliteDatabase(pg);
			return pg._runExclusiveTransaction(() => pg.runExclusive(() => statements.forget()));
		case 'listen': {
			const listener = nextListener++;
			const unlisten = await pg.listen(request.channel, (payload) =>
				port.postMessage({ listener, payload } satisfies Notification)
			);
			listeners.set(listener, unlisten);
			return listener;
		}
		case 'unlisten':
			await listeners.get(request.listener)?.();
			listeners.delete(request.listener);
			return null;
		case 'close':
			// A checkpoint first, so the data directory is left without WAL to replay (and without old segments).
			await pg.exec('checkpoint');
			await pg.close();
			return null;
		default:
			throw new Error(`Unknown request: ${JSON.stringify(request)}`);
	}
}

port.on('message', (request: Request) => {
	if (request.op === 'begin') return begin(request.id);
	if (request.op === 'end') {
		const found = open.get(request.tx);
		if (found) return found.end(request.commit, request.id);
		return refuse(request.id, new Error(`No transaction ${request.tx} is open in the database thread.`));
	}
	serve(request).then(
		(value) => answer(request.id, value),
		(error: unknown) => refuse(request.id, error)
	);
});

let pg: PGlite;
let statements: ReturnType<typeof preparedStatements>;
try {
	pg = dataDir
		? await PGlite.create(dataDir, { extensions: pgliteExtensions })
		: await PGlite.create({ extensions: pgliteExtensions });
	// PGlite has no checkpointer process: WAL segments pile up until a checkpoint, and by default a checkpoint
	// keeps the old ones as recycled future segments (hundreds of MB after a seed). Off, it deletes them.
	await pg.exec('set wal_recycle = off');
	await migratePgliteDatabase(pg);
	statements = preparedStatements(pg);
	port.postMessage({ started: true } satisfies Started);
} catch (error) {
	port.postMessage({ started: false, error: sendableError(error) } satisfies Started);
}
