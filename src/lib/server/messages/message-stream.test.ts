// The live thread's server-sent events: format, late commits, stopping (decision 018).
import { describe, expect, it } from 'vitest';
import { formatEvent, messageEventStream, type StreamMessage } from './message-stream.ts';

const message = (id: number, body = `Message ${id}`): StreamMessage => ({
	id,
	kind: 'text',
	body,
	createdAt: new Date('2026-12-01T10:00:00Z'),
	authorName: 'Amina Diallo',
	mine: false
});

async function readUntil(stream: ReadableStream<Uint8Array>, done: (text: string) => boolean) {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let text = '';
	while (!done(text)) {
		const chunk = await reader.read();
		if (chunk.done) break;
		text += decoder.decode(chunk.value);
	}
	return { text, reader };
}

describe('message event stream', () => {
	it('formats one event per message with its id, the body as JSON text', () => {
		expect(formatEvent(message(7, '<b>salut</b>\nà toi'))).toBe(
			'id: 7\nevent: message\ndata: {"id":7,"kind":"text","body":"<b>salut</b>\\nà toi","createdAt":"2026-12-01T10:00:00.000Z","authorName":"Amina Diallo","mine":false}\n\n'
		);
	});

	it('sends each message once, including one that commits after a later one', async () => {
		const table: StreamMessage[] = [message(1), message(3)];
		const asked: number[] = [];
		let polls = 0;
		const controller = new AbortController();
		const stream = messageEventStream({
			afterId: 0,
			signal: controller.signal,
			intervalMs: 5,
			poll: async (afterId) => {
				asked.push(afterId);
				if (++polls === 3) table.push(message(2)); // id 2's transaction commits late
				return table.filter((m) => m.id > afterId).sort((a, b) => a.id - b.id);
			}
		});
		const { text, reader } = await readUntil(stream, (t) => t.includes('id: 2\n'));
		controller.abort();
		await reader.cancel();
		const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
		expect(ids).toEqual([1, 3, 2]);
		expect(text.startsWith('retry: 3000\n\n')).toBe(true);
	});

	it('ends when the poll refuses (the person left) and when the client goes away', async () => {
		const refused = messageEventStream({
			afterId: 0,
			signal: new AbortController().signal,
			poll: async () => {
				throw new Error('conversation_left');
			}
		});
		const { text } = await readUntil(refused, () => false);
		expect(text).toBe('retry: 3000\n\n');

		const controller = new AbortController();
		let polls = 0;
		const open = messageEventStream({
			afterId: 0,
			signal: controller.signal,
			intervalMs: 5,
			poll: async () => {
				polls++;
				return [];
			}
		});
		setTimeout(() => controller.abort(), 30);
		await readUntil(open, () => false);
		const after = polls;
		await new Promise((r) => setTimeout(r, 30));
		expect(polls).toBe(after);
	});

	it('with notifications, reads when woken and otherwise waits for its slow safety poll', async () => {
		const table: StreamMessage[] = [message(1)];
		let wake = () => {};
		let unsubscribed = false;
		let polls = 0;
		let release: () => void = () => {};
		const controller = new AbortController();
		const stream = messageEventStream({
			afterId: 0,
			signal: controller.signal,
			subscribe: (w) => {
				wake = w;
				return () => (unsubscribed = true);
			},
			poll: async (afterId) => {
				polls++;
				// The second read is slow: wakes during it ask for exactly one read more.
				if (polls === 2) await new Promise<void>((resolve) => (release = resolve));
				return table.filter((m) => m.id > afterId);
			}
		});
		const reader = stream.getReader();
		const decoder = new TextDecoder();
		let text = decoder.decode((await reader.read()).value) + decoder.decode((await reader.read()).value);
		expect(text).toContain('id: 1\n');
		await new Promise((r) => setTimeout(r, 50));
		expect(polls).toBe(1);

		table.push(message(2));
		wake();
		await new Promise((r) => setTimeout(r, 10));
		table.push(message(3));
		wake();
		wake();
		release();
		while (!text.includes('id: 3\n')) text += decoder.decode((await reader.read()).value);
		await new Promise((r) => setTimeout(r, 50));
		expect(polls).toBe(3);
		expect([...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual([1, 2, 3]);
		controller.abort();
		await reader.cancel();
		expect(unsubscribed).toBe(true);
	});
});
