// The messages between the main thread and the thread that owns PGlite (pglite-worker.ts, decision 027).
// Only types here, besides the errors: the worker imports this file as plain TypeScript, outside Vite.

/** What the worker is started with (its `workerData`). */
export type WorkerStart = {
	/** The data directory, already locked by the main thread (data-dir-lock.ts); none: a database in memory. */
	dataDir: string | undefined;
};

/** `tx`: the open transaction the statement belongs to, or null for one outside any transaction. */
export type Request =
	/** `rawTypes`: the types to leave as text, which the caller parses itself (the parsers cannot cross). */
	| { id: number; op: 'query'; sql: string; params: unknown[]; rowMode: RowMode; rawTypes: number[]; tx: number | null }
	| { id: number; op: 'exec'; sql: string; tx: number | null }
	/** Waits for PGlite's transaction mutex, runs BEGIN and answers `{ tx }`; the mutex is held until `end`. */
	| { id: number; op: 'begin' }
	| { id: number; op: 'end'; tx: number; commit: boolean }
	| { id: number; op: 'checkpoint' }
	/** LISTEN on a channel; answers the listener's number, and each notification comes as a `Notification`. */
	| { id: number; op: 'listen'; channel: string }
	| { id: number; op: 'unlisten'; listener: number }
	/** Applies the migrations again (a second open in the same process, after an edit under `vite dev`). */
	| { id: number; op: 'migrate' }
	| { id: number; op: 'close' };

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };

/** A NOTIFY on a channel someone listens to, after its transaction committed. */
export type Notification = { listener: number; payload: string };

/** Sent once by the worker: the database is open and migrated, or it could not be. */
export type Started = { started: true } | { started: false; error: SentError };

export type RowMode = 'object' | 'array';

/** An error as it crosses threads: its message and its plain fields (SQLSTATE `code`, `constraint`, …). */
export type SentError = { name: string; message: string; stack: string | undefined; fields: Record<string, Primitive> };
type Primitive = string | number | boolean | null;

export function sendableError(error: unknown): SentError {
	if (!(error instanceof Error)) return { name: 'Error', message: String(error), stack: undefined, fields: {} };
	const fields: Record<string, Primitive> = {};
	for (const [key, value] of Object.entries(error)) {
		// PGlite's DatabaseError carries the server's fields as strings; its query options hold functions.
		if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as Primitive;
	}
	return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The error again, with the same `code`, so db/errors.ts recognises the SQLSTATE as if PGlite were in thread. */
export function receivedError(sent: SentError): Error {
	const error = Object.assign(new Error(sent.message), sent.fields);
	error.name = sent.name;
	if (sent.stack) error.stack = `${sent.stack}\n    --- in the database thread, awaited from:\n${new Error().stack}`;
	return error;
}
