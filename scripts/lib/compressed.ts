// Pages leave the server compressed (issue 13: the agenda's HTML is 147 KB raw, 13 KB gzipped — what a phone on
// a weak network waits for). Brotli when the browser accepts it, else gzip; the `compression` package picks.
// Built assets are already compressed at build time (adapter-node's precompressed .br/.gz, served as they are:
// a response that has a Content-Encoding is left alone). The live message stream is never buffered by a
// compressor: each event must leave at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const compress = compression({
	// Small answers gain nothing; anything over a kilobyte is worth it (when the length is known in advance).
	threshold: 1024,
	filter: (req, res) => {
		const type = String(res.getHeader('Content-Type') ?? '');
		if (type.startsWith('text/event-stream')) return false;
		return compression.filter(req, res);
	}
});

/** The same handler, its responses compressed for the browsers that accept it. */
export function compressed(handler: Handler): Handler {
	return (req, res, next) => {
		// `compression` is written for Express; plain Node request and response objects are all it uses.
		compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () =>
			handler(req, res, next)
		);
	};
}
