// Pages leave the server compressed (issue 13: the agenda's HTML is 147 KB raw, 13 KB gzipped — what a phone on
// a weak network waits for). Brotli when the browser accepts it, else gzip. Built assets are already compressed at
// build time (adapter-node's precompressed .br/.gz, served as they are: a response that has a Content-Encoding is
// left alone). The live message stream is never held back by a compressor: each event must leave at once.
//
// Per request, cheaply (docs/performance.md, « Par requête »): the `compression` package used before streamed every
// answer through a zlib stream of its own — brotli with its default 4 MB window cost ~156 µs of CPU for a 3.5 KB
// page, in libuv's thread pool, and the body left in a second socket write. Nearly every answer is small and
// whole (SvelteKit measures a page or a string body and sets its Content-Length), so it is gathered, compressed in
// one call (~60 µs for brotli, ~30 µs for gzip) and sent in one write with its new length. Only an answer that
// grows past BUFFER_LIMIT is streamed through a compressor.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type Encoding = 'br' | 'gzip';

/** Smaller answers gain nothing from compression. */
export const THRESHOLD = 1024;
/** Larger answers are streamed through a compressor instead of gathered first. */
export const BUFFER_LIMIT = 1024 * 1024;
const BROTLI_QUALITY = 4; // the `compression` package's choice: fast, and near gzip -9's size
const COMPRESSIBLE =
	/^(text\/(?!event-stream)|application\/(json|javascript|xml|ld\+json|manifest\+json|[\w.-]+\+(xml|json))|image\/svg\+xml)/i;

/** The encoding the browser accepts, brotli first; none when it names neither (or refuses them with q=0). */
export function chooseEncoding(header: string | string[] | undefined): Encoding | undefined {
	const accepted = new Map<string, number>();
	for (const part of String(header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		accepted.set(name, q === undefined ? 1 : Number(q));
	}
	const wildcard = accepted.get('*');
	const allows = (name: Encoding) => (accepted.get(name) ?? wildcard ?? 0) > 0;
	if (allows('br')) return 'br';
	if (allows('gzip')) return 'gzip';
	return undefined;
}

function oneShot(encoding: Encoding, body: Buffer): Buffer {
	if (encoding === 'gzip') return zlib.gzipSync(body);
	return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } });
}

function streaming(encoding: Encoding): zlib.Gzip | zlib.BrotliCompress {
	if (encoding === 'gzip') return zlib.createGzip();
	return zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } });
}

function addVary(res: ServerResponse) {
	const vary = String(res.getHeader('vary') ?? '');
	if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) {
		res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	}
}

/** Whether this answer may be compressed at all (Vary is then due, whatever this browser accepts). */
function compressible(req: IncomingMessage, res: ServerResponse): boolean {
	if (req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) return false;
	if (res.hasHeader('content-encoding')) return false;
	if (/\bno-transform\b/i.test(String(res.getHeader('cache-control') ?? ''))) return false;
	return COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''));
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

// A copy: the caller may reuse its own buffer once write() returned.
function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
	return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk);
}

/** Splits write/end's optional (encoding, callback) arguments. */
function writeArgs(args: unknown[]): { encoding?: BufferEncoding; callback?: Callback } {
	const [a, b] = args;
	if (typeof a === 'function') return { callback: a as Callback };
	return { encoding: a as BufferEncoding | undefined, callback: typeof b === 'function' ? (b as Callback) : undefined };
}

/** The same handler, its responses compressed for the browsers that accept it. */
export function compressed(handler: Handler): Handler {
	return (req, res, next) => {
		const encoding = chooseEncoding(req.headers['accept-encoding']);
		// The response's own methods, called with the arguments as given (their overloads do not matter here).
		const send = {
			writeHead: res.writeHead,
			write: res.write as (...args: unknown[]) => boolean,
			end: res.end as (...args: unknown[]) => ServerResponse
		};
		let mode: 'undecided' | 'plain' | 'gather' | 'stream' = 'undecided';
		const gathered: Buffer[] = [];
		let size = 0;
		let compressor: zlib.Gzip | zlib.BrotliCompress | undefined;

		const sendHead = () => send.writeHead.call(res, res.statusCode);

		// Headers given to writeHead itself become ordinary headers first, so the decision sees them all.
		res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
			const message = typeof rest[0] === 'string' ? rest[0] : undefined;
			const headers = (message === undefined ? rest[0] : rest[1]) as OutgoingHttpHeaders | string[] | undefined;
			if (Array.isArray(headers)) {
				for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
			} else if (headers) {
				for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
			}
			res.statusCode = status;
			if (message !== undefined) res.statusMessage = message;
			if (mode !== 'undecided') return res;
			const length = Number(res.getHeader('content-length'));
			const canCompress = compressible(req, res);
			if (canCompress) addVary(res);
			mode = canCompress && encoding && !(length < THRESHOLD) ? 'gather' : 'plain';
			if (mode === 'plain') sendHead();
			return res;
		} as ServerResponse['writeHead'];

		// Past the limit: headers without a length, then the body through a compressor, as it comes.
		const startStreaming = () => {
			mode = 'stream';
			compressor = streaming(encoding!);
			res.removeHeader('content-length');
			res.setHeader('content-encoding', encoding!);
			sendHead();
			compressor.on('data', (chunk: Buffer) => {
				if (!send.write.call(res, chunk)) compressor!.pause();
			});
			res.on('drain', () => compressor?.resume());
			compressor.on('end', () => send.end.call(res));
			res.once('close', () => compressor?.destroy());
			for (const chunk of gathered.splice(0)) compressor.write(chunk);
		};

		res.write = function (this: ServerResponse, chunk: Chunk, ...args: unknown[]) {
			if (mode === 'undecided') res.writeHead(res.statusCode);
			if (mode === 'plain') return send.write.call(res, chunk, ...args);
			const { encoding: textEncoding, callback } = writeArgs(args);
			const buffer = toBuffer(chunk, textEncoding);
			if (mode === 'gather') {
				gathered.push(buffer);
				size += buffer.length;
				if (size > BUFFER_LIMIT) startStreaming();
				callback?.();
				return true;
			}
			const flowing = compressor!.write(buffer);
			callback?.();
			if (!flowing) compressor!.once('drain', () => res.emit('drain'));
			return flowing;
		} as ServerResponse['write'];

		res.end = function (this: ServerResponse, ...args: unknown[]) {
			const [first] = args;
			const chunk = typeof first === 'function' ? undefined : (first as Chunk | undefined);
			const rest = typeof first === 'function' ? args : args.slice(1);
			if (mode === 'undecided') {
				// No writeHead yet: the length of a body given whole to end() is known now.
				if (chunk !== undefined && !res.hasHeader('content-length')) {
					res.setHeader('content-length', toBuffer(chunk, writeArgs(rest).encoding).length);
				}
				res.writeHead(res.statusCode);
			}
			if (mode === 'plain') return send.end.apply(res, args);
			const { encoding: textEncoding, callback } = writeArgs(rest);
			if (mode === 'stream') {
				if (chunk !== undefined) compressor!.write(toBuffer(chunk, textEncoding));
				if (callback) res.once('finish', callback);
				compressor!.end();
				return res;
			}
			if (chunk !== undefined) gathered.push(toBuffer(chunk, textEncoding));
			const body = Buffer.concat(gathered);
			if (body.length < THRESHOLD) {
				res.setHeader('content-length', body.length);
				sendHead();
				return send.end.call(res, body, callback);
			}
			const packed = oneShot(encoding!, body);
			res.setHeader('content-encoding', encoding!);
			res.setHeader('content-length', packed.length);
			sendHead();
			return send.end.call(res, packed, callback);
		} as ServerResponse['end'];

		handler(req, res, next);
	};
}
