// The main thread's side of the PGlite thread (pglite-worker.ts, decision 027): an object with the `query` and
// `transaction` that drizzle-orm/pglite calls, each sent to the worker as a message. A transaction keeps
// PGlite's mutex in the worker from BEGIN to COMMIT or ROLLBACK, so its statements never interleave with others.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
	receivedError,
	type Notification,
	type Reply,
	type Request,
	type Started,
	type WorkerStart
} from './pglite-protocol.ts';

/** A request before it gets its number (each member of the union without `id`). */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;
type Parser = (value: string, typeId?: number) => unknown;
type CallerOptions = { rowMode?: 'object' | 'array'; parsers?: Record<number, Parser> };
type Field = { name: string; dataTypeID: number };
export type Results<T = Record<string, unknown>> = { rows: T[]; fields: Field[]; affectedRows?: number };

/** What runs statements: the thread itself, or one of its open transactions. */
export type PgliteStatements = {
	query<T>(sql: string, params?: unknown[], options?: CallerOptions): Promise<Results<T>>;
	exec(sql: string): Promise<Results[]>;
};

export type PgliteThread = PgliteStatements & {
	transaction<T>(body: (tx: PgliteStatements) => Promise<T>): Promise<T>;
	/** Writes the dirty pages and drops the WAL before that point (no checkpointer runs in PGlite). */
	checkpoint(): Promise<void>;
	/** Applies the migrations again (they ran when the thread started). */
	migrate(): Promise<void>;
	/** LISTEN: `onPayload` gets each NOTIFY's payload after its commit; resolves to a way to stop (db/notifications.ts). */
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	/** Checkpoints, closes PGlite and ends the thread. */
	close(): Promise<void>;
	/** Ends the thread at once, as a crash would (for tests of that path). */
	kill(): Promise<void>;
};

/** The worker's file: beside this one in the sources; the built server (one bundle) finds it through `#lib`. */
function workerFile(): URL {
	const beside = new URL('./pglite-worker.ts', import.meta.url);
	if (beside.protocol === 'file:' && existsSync(fileURLToPath(beside))) return beside;
	return new URL(import.meta.resolve('#lib/server/db/pglite-worker.ts'));
}

export type ThreadOptions = WorkerStart & {
	/** Called once if the thread stops without being closed; every pending request has been refused with it. */
	onCrash: (error: Error) => void;
};

/** Starts the thread, which opens and migrates the database; resolves once it is ready (or rejects why not). */
export function startPgliteThread({ dataDir, onCrash }: ThreadOptions): Promise<PgliteThread> {
	const worker = new Worker(workerFile(), { workerData: { dataDir } satisfies WorkerStart });
	const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	const listeners = new Map<number, (payload: string) => void>();
	let nextId = 1;
	let state: 'starting' | 'open' | 'closing' | 'gone' = 'starting';

	return new Promise((ready, failed) => {
		const stop = (error: Error) => {
			if (state === 'gone') return;
			const was = state;
			state = 'gone';
			for (const { reject } of pending.values()) reject(error);
			pending.clear();
			if (was === 'starting') failed(error);
			else if (was === 'open') onCrash(error);
		};
		worker.on('error', (error) => stop(crashed(dataDir, error)));
		worker.on('exit', (code) => stop(crashed(dataDir, new Error(`exit code ${code}`))));
		worker.on('message', (message: Reply | Started | Notification) => {
			if ('listener' in message) return listeners.get(message.listener)?.(message.payload);
			if ('started' in message) {
				if (message.started) {
					state = 'open';
					ready(thread);
				} else {
					state = 'gone';
					failed(receivedError(message.error));
					void worker.terminate();
				}
				return;
			}
			const waiting = pending.get(message.id);
			pending.delete(message.id);
			if (message.ok) waiting?.resolve(message.value);
			else waiting?.reject(receivedError(message.error));
		});

		function call<T>(request: Unnumbered<Request>): Promise<T> {
			if (state === 'gone') return Promise.reject(new Error('The database thread is stopped.'));
			const id = nextId++;
			return new Promise<T>((resolve, reject) => {
				pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
				worker.postMessage({ ...request, id } as Request);
			});
		}

		const statements = (tx: number | null): PgliteStatements => ({
			async query<T>(sql: string, params: unknown[] = [], options: CallerOptions = {}) {
				const parsers = options.parsers ?? {};
				const rowMode = options.rowMode ?? 'object';
				const rawTypes = Object.keys(parsers).map(Number);
				const result = await call<Results<T>>({ op: 'query', sql, params, rowMode, rawTypes, tx });
				return applyParsers(result, parsers, rowMode);
			},
			exec: (sql: string) => call<Results[]>({ op: 'exec', sql, tx })
		});

		const thread: PgliteThread = {
			...statements(null),
			async transaction(body) {
				const tx = await call<number>({ op: 'begin' });
				let result;
				try {
					result = await body(statements(tx));
				} catch (error) {
					await call({ op: 'end', tx, commit: false }).catch(() => {});
					throw error;
				}
				await call({ op: 'end', tx, commit: true });
				return result;
			},
			checkpoint: () => call({ op: 'checkpoint' }),
			migrate: () => call({ op: 'migrate' }),
			async listen(channel, onPayload) {
				const listener = await call<number>({ op: 'listen', channel });
				listeners.set(listener, onPayload);
				return async () => {
					listeners.delete(listener);
					await call({ op: 'unlisten', listener });
				};
			},
			async close() {
				if (state !== 'open') return;
				const closing = call({ op: 'close' });
				state = 'closing';
				try {
					await closing;
				} finally {
					await worker.terminate();
				}
			},
			async kill() {
				await worker.terminate();
			}
		};
	});
}

/** The caller's parsers, applied here to the columns the worker left as text. */
function applyParsers<T>(result: Results<T>, parsers: Record<number, Parser>, rowMode: 'object' | 'array') {
	const parsed = result.fields.flatMap((field, index) => {
		const parse = parsers[field.dataTypeID] as Parser | undefined;
		return parse ? [{ key: rowMode === 'array' ? index : field.name, parse, type: field.dataTypeID }] : [];
	});
	if (parsed.length === 0) return result;
	for (const row of result.rows as Record<string | number, unknown>[]) {
		for (const { key, parse, type } of parsed) {
			const value = row[key];
			if (typeof value === 'string') row[key] = parse(value, type);
		}
	}
	return result;
}

function crashed(dataDir: string | undefined, cause: Error): Error {
	return new Error(
		`La base de données embarquée (PGlite${dataDir ? ` dans ${dataDir}` : ''}) s'est arrêtée d'un coup : ` +
			`${cause.message}. Le programme s'arrête ; relancez-le (les données validées sont sur le disque).`,
		{ cause }
	);
}
