// Live messages across app processes (decision 018). Each message insert sends `NOTIFY entrelien_messages` with
// its conversation's id, in its own transaction (trigger `migrations/code/messages_notify.sql`), so it arrives
// at commit, in every process listening on the same database. A process listens ONCE, on first need, and fans
// each notification out in memory to the open streams of that conversation, which then read what is new through
// their own access checks. On a PostgreSQL server the listener is one dedicated postgres.js connection; on PGlite
// (one process per data directory) PGlite's own LISTEN, which delivers in process at commit too (measured: never
// for a rollback), through its thread (decision 027).
import postgres from 'postgres';

export const MESSAGES_CHANNEL = 'entrelien_messages';

/** Starts listening on a channel; `onPayload` gets each notification's payload. Resolves to a way to stop. */
export type Listen = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

/** What the database handle offers for notifications, set by whoever opens the database. */
export type NotificationSource = {
	listen: Listen;
	/** Called by the source when it listens again after a lost connection: what was sent meanwhile is lost. */
	onRelisten?: (wakeAll: () => void) => void;
	close: () => Promise<void>;
};

type Wake = () => void;

let source: NotificationSource | undefined;
let listening: Promise<unknown> | undefined;
const streams = new Map<string, Set<Wake>>();

function wakeConversation(conversationId: string) {
	for (const wake of streams.get(conversationId) ?? []) wake();
}

function wakeAll() {
	for (const wakes of streams.values()) for (const wake of wakes) wake();
}

/**
 * The hook for whoever opens the database (the server's `init`, the tests' setup): this process's notifications
 * come from `next` from now on. Passing undefined leaves live streams on their fast poll.
 */
export function useNotifications(next: NotificationSource | undefined): void {
	source = next;
	listening = undefined;
	next?.onRelisten?.(wakeAll);
}

/** Whether live streams can wait for notifications (else they poll often). */
export function notificationsAvailable(): boolean {
	return source !== undefined;
}

/**
 * Resolves once this process listens (started on first need), so that a stream reading after it misses no commit;
 * at once when there is no source, or when listening failed (the streams' safety poll then covers it).
 */
export function notificationsReady(): Promise<unknown> {
	if (!source) return Promise.resolve();
	if (!listening) {
		// A failed LISTEN is retried by the next stream; meanwhile streams keep their safety poll.
		listening = source.listen(MESSAGES_CHANNEL, wakeConversation).catch((error: unknown) => {
			console.error(error);
			listening = undefined;
		});
	}
	return listening;
}

/**
 * Calls `wake` after each commit of a message in the conversation, from any process (await notificationsReady()
 * first). Returns how to stop, or undefined when this process has no notification source.
 */
export function onConversationMessage(conversationId: string, wake: Wake): (() => void) | undefined {
	if (!source) return undefined;
	void notificationsReady();
	let wakes = streams.get(conversationId);
	if (!wakes) streams.set(conversationId, (wakes = new Set()));
	wakes.add(wake);
	return () => {
		wakes.delete(wake);
		if (wakes.size === 0 && streams.get(conversationId) === wakes) streams.delete(conversationId);
	};
}

/**
 * A PostgreSQL server's notifications on one connection of their own (postgres.js opens it on the first
 * `listen` and reconnects by itself, listening again; `onRelisten` then wakes every stream).
 */
export function postgresNotifications(url: string): NotificationSource {
	const client = postgres(url, { max: 1, onnotice: () => {} });
	let relistened: Wake = () => {};
	let first = true;
	return {
		listen: async (channel, onPayload) => {
			const { unlisten } = await client.listen(channel, onPayload, () => {
				if (first) first = false;
				else relistened();
			});
			return unlisten;
		},
		onRelisten: (wake) => {
			relistened = wake;
		},
		close: () => client.end({ timeout: 5 })
	};
}

/** PGlite's own LISTEN (in this thread, or in its own: db/pglite-thread.ts), delivered after each commit. */
export function pgliteNotifications(database: { listen: Listen }): NotificationSource {
	return { listen: (channel, onPayload) => database.listen(channel, onPayload), close: async () => {} };
}

/**
 * The server's notifications (`init` in hooks.server.ts): LISTEN on a connection of their own on a PostgreSQL
 * server, PGlite's own LISTEN on PGlite. Without either, live streams keep their fast poll.
 */
export function startNotifications(
	config: { databaseUrl: string | undefined },
	opened: { listen?: Listen }
): NotificationSource | undefined {
	const source = config.databaseUrl
		? postgresNotifications(config.databaseUrl)
		: opened.listen
			? pgliteNotifications({ listen: opened.listen })
			: undefined;
	useNotifications(source);
	return source;
}
