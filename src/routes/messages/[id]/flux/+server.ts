// The live thread: server-sent events for a participant still in the conversation (decision 018). Anyone else
// gets the error status and no stream. Where to start: Last-Event-ID (a reconnecting EventSource) or ?apres=.
import { error } from '@sveltejs/kit';
import { isAppError } from '#lib/server/errors.ts';
import { messageEventStream } from '#lib/server/messages/message-stream.ts';
import { readNewMessages } from '#lib/server/messages/read-new-messages.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { errorText } from '#lib/server/web/translate.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const start = Number(event.request.headers.get('last-event-id') ?? event.url.searchParams.get('apres') ?? 0);
	const afterId = Number.isSafeInteger(start) && start > 0 ? start : 0;
	let poll: (after: number) => ReturnType<typeof readNewMessages>;
	try {
		const scope = {
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			conversationId: event.params.id
		};
		poll = (after) => readNewMessages({ ...scope, afterId: after });
		// Checks access before answering 200; returns nothing when the page is up to date.
		await readNewMessages({ ...scope, afterId: Number.MAX_SAFE_INTEGER });
	} catch (e) {
		if (isAppError(e)) error(e.status, errorText(e.code));
		throw e;
	}
	const stream = messageEventStream({ poll, afterId, signal: event.request.signal });
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'private, no-cache, no-transform',
			'x-accel-buffering': 'no',
			'x-content-type-options': 'nosniff'
		}
	});
};
