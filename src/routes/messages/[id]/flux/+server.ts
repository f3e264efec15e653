// The live thread: server-sent events for a participant still in the conversation (decision 018). Anyone else
// gets the error status and no stream. Where to start: Last-Event-ID (a reconnecting EventSource) or ?apres=.
import { openLiveThread } from '#lib/server/messages/live-thread.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { streamQuery } from '#lib/validation/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	// An EventSource follows no redirect to a page: a refusal is its status.
	guard(
		event,
		async () => {
			const lastEventId = Number(event.request.headers.get('last-event-id'));
			const afterId =
				Number.isSafeInteger(lastEventId) && lastEventId > 0
					? lastEventId
					: (handleQuery(event, streamQuery).apres ?? 0);
			const scope = { ...scopeOf(event), conversationId: event.params.id };
			const stream = await openLiveThread({ ...scope, afterId, signal: event.request.signal });
			return new Response(stream, {
				headers: {
					'content-type': 'text/event-stream; charset=utf-8',
					'cache-control': 'private, no-cache, no-transform',
					'x-accel-buffering': 'no',
					'x-content-type-options': 'nosniff'
				}
			});
		},
		{ redirect: false }
	);
