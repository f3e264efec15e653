// The live thread as server-sent events. The stream reads what is new when the database says a message of its
// conversation committed (`subscribe`: LISTEN/NOTIFY, db/notifications.ts, from any app process), and also on a
// slow safety poll in case a notification is lost; without notifications it polls every ~2 s. A message whose
// transaction commits after a later one was already seen would be skipped by a plain « id > last » read, so each
// read looks a few reads back and skips what was already sent. The stream ends after a few minutes; EventSource
// reconnects on its own and sends Last-Event-ID, so nothing is lost.
import { now } from '../clock.ts';

export type StreamMessage = {
	id: number;
	kind: 'text' | 'contact';
	body: string;
	createdAt: Date;
	authorName: string;
	mine: boolean;
};

export type StreamOptions = {
	/** Messages after this id; throws (e.g. not a participant any more) to end the stream. */
	poll: (afterId: number) => Promise<StreamMessage[]>;
	afterId: number;
	signal: AbortSignal;
	/** Calls its argument after each commit of a message in the conversation; returns how to stop, or undefined. */
	subscribe?: (wake: () => void) => (() => void) | undefined;
	/** Time between reads when nothing wakes the stream: 2 s without notifications, 30 s with them. */
	intervalMs?: number;
	maxMs?: number;
	heartbeatMs?: number;
	/** How many reads back each read looks again (late commits). */
	lagPolls?: number;
};

/** One server-sent event: `id` lets a reconnecting EventSource say where it was. */
export function formatEvent(message: StreamMessage): string {
	const data = JSON.stringify({ ...message, createdAt: message.createdAt.toISOString() });
	return `id: ${message.id}\nevent: message\ndata: ${data}\n\n`;
}

export function messageEventStream(options: StreamOptions): ReadableStream<Uint8Array> {
	const { poll, signal, maxMs = 5 * 60_000, heartbeatMs = 20_000, lagPolls = 5 } = options;
	const encoder = new TextEncoder();
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let unsubscribe: (() => void) | undefined;

	return new ReadableStream<Uint8Array>({
		start(controller) {
			const startedAt = now().getTime();
			let lastWrite = startedAt;
			let floor = Math.max(0, options.afterId);
			const sent = new Set<number>();
			const marks: number[] = [];
			const write = (text: string) => {
				controller.enqueue(encoder.encode(text));
				lastWrite = now().getTime();
			};
			const stop = () => {
				if (stopped) return;
				stopped = true;
				clearTimeout(timer);
				unsubscribe?.();
				signal.removeEventListener('abort', stop);
				try {
					controller.close();
				} catch {
					// Already closed by the client going away.
				}
			};
			if (signal.aborted) return stop();
			signal.addEventListener('abort', stop, { once: true });
			write('retry: 3000\n\n');

			// One read at a time: a wake during a read asks for one more right after it.
			let reading = false;
			let again = false;
			const tick = async () => {
				if (stopped) return;
				clearTimeout(timer);
				if (reading) {
					again = true;
					return;
				}
				reading = true;
				try {
					const rows = await poll(floor);
					if (stopped) return;
					for (const row of rows) {
						if (sent.has(row.id)) continue;
						sent.add(row.id);
						write(formatEvent(row));
					}
					marks.push(Math.max(floor, ...sent));
					if (marks.length > lagPolls) {
						floor = marks.shift()!;
						for (const id of sent) if (id <= floor) sent.delete(id);
					}
					const at = now().getTime();
					if (at - lastWrite >= heartbeatMs) write(': ping\n\n');
					if (at - startedAt >= maxMs) return stop();
				} catch {
					return stop();
				} finally {
					reading = false;
				}
				if (stopped) return;
				if (again) {
					again = false;
					return void tick();
				}
				timer = setTimeout(tick, intervalMs);
			};
			unsubscribe = options.subscribe?.(() => void tick());
			const intervalMs = options.intervalMs ?? (unsubscribe ? 30_000 : 2000);
			void tick();
		},
		cancel() {
			stopped = true;
			clearTimeout(timer);
			unsubscribe?.();
		}
	});
}
