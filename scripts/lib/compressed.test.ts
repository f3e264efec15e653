import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BUFFER_LIMIT, chooseEncoding, compressed } from './compressed.ts';

const page = `<!doctype html><html lang="fr"><body>${'<p>Atelier réparation de vélo au pied des tours</p>'.repeat(200)}</body></html>`;
// Larger than what is gathered before compressing: streamed instead, in several writes.
const agenda = `<!doctype html><html lang="fr"><body>${Array.from({ length: 30_000 }, (_, i) => `<li>Séance ${i} au jardin Gorki</li>`).join('')}</body></html>`;
let server: Server;
let port: number;

beforeAll(async () => {
	const handle = compressed((req, res) => {
		if (req.url === '/flux') {
			res.writeHead(200, { 'Content-Type': 'text/event-stream' });
			res.end(`data: ${'x'.repeat(4000)}\n\n`);
		} else if (req.url === '/petit') {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '9' });
			res.end('<p>ok</p>');
		} else if (req.url === '/mesure') {
			// As SvelteKit's adapter answers a page: headers set one by one, its length measured, then the body.
			res.setHeader('content-type', 'text/html');
			res.setHeader('content-length', Buffer.byteLength(page));
			res.writeHead(200);
			res.write(new TextEncoder().encode(page.slice(0, 1000)));
			res.write(new TextEncoder().encode(page.slice(1000)));
			res.end();
		} else if (req.url === '/agenda') {
			res.setHeader('content-type', 'text/html');
			for (let i = 0; i < agenda.length; i += 64 * 1024) res.write(agenda.slice(i, i + 64 * 1024));
			res.end();
		} else if (req.url === '/deja') {
			// A precompressed asset (adapter-node's .br), served as it is.
			res.writeHead(200, { 'Content-Type': 'text/css', 'Content-Encoding': 'br' });
			res.end(brotliCompressSync(page));
		} else if (req.url === '/image') {
			res.writeHead(200, { 'Content-Type': 'image/png' });
			res.end(Buffer.alloc(5000, 7));
		} else {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(page);
		}
	});
	server = createServer((req, res) => handle(req, res, () => {}));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { encoding?: string; vary?: string; length?: string; chunked: boolean; body: Buffer };

function get(path: string, acceptEncoding?: string, method = 'GET') {
	return new Promise<Answer>((resolve, reject) => {
		const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
		request({ host: '127.0.0.1', port, path, headers, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'],
					vary: String(res.headers.vary ?? ''),
					length: res.headers['content-length'],
					chunked: res.headers['transfer-encoding'] === 'chunked',
					body: Buffer.concat(chunks)
				})
			);
		})
			.on('error', reject)
			.end();
	});
}

describe('compressed responses', () => {
	it('sends a page in brotli to a browser that accepts it, in gzip otherwise, much smaller, the same page', async () => {
		const br = await get('/', 'gzip, deflate, br');
		expect(br.encoding).toBe('br');
		expect(br.vary).toMatch(/accept-encoding/i);
		expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
		expect(brotliDecompressSync(br.body).toString()).toBe(page);
		const gz = await get('/', 'gzip');
		expect(gz.encoding).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(page);
	});

	it('sends a measured page whole, with the compressed length, whatever the writes it came in', async () => {
		const answer = await get('/mesure', 'br');
		expect(answer.encoding).toBe('br');
		expect(answer.chunked).toBe(false);
		expect(Number(answer.length)).toBe(answer.body.length);
		expect(brotliDecompressSync(answer.body).toString()).toBe(page);
	});

	it('streams an answer too large to gather, in both encodings', async () => {
		expect(Buffer.byteLength(agenda)).toBeGreaterThan(BUFFER_LIMIT);
		const br = await get('/agenda', 'br');
		expect(br.encoding).toBe('br');
		expect(br.chunked).toBe(true);
		expect(brotliDecompressSync(br.body).toString()).toBe(agenda);
		const gz = await get('/agenda', 'gzip;q=1, br;q=0');
		expect(gz.encoding).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(agenda);
	});

	it('leaves alone a browser that accepts none, small answers, the live stream, images and precompressed files', async () => {
		const plain = await get('/');
		expect(plain.encoding, 'no accept').toBeUndefined();
		expect(plain.vary, 'the answer depends on Accept-Encoding').toMatch(/accept-encoding/i);
		expect(plain.body.toString()).toBe(page);
		expect((await get('/', 'identity')).encoding, 'identity').toBeUndefined();
		expect((await get('/', 'br;q=0, gzip;q=0')).encoding, 'refused').toBeUndefined();
		expect((await get('/petit', 'gzip, br')).encoding, 'small').toBeUndefined();
		const stream = await get('/flux', 'gzip, br');
		expect(stream.encoding, 'stream').toBeUndefined();
		expect(stream.body.toString()).toMatch(/^data: x+/);
		const image = await get('/image', 'br');
		expect(image.encoding, 'image').toBeUndefined();
		expect(image.body.length).toBe(5000);
		const ready = await get('/deja', 'br');
		expect(ready.encoding).toBe('br');
		expect(brotliDecompressSync(ready.body).toString(), 'compressed once only').toBe(page);
		const head = await get('/', 'br', 'HEAD');
		expect(head.encoding, 'HEAD').toBeUndefined();
	});

	it('reads Accept-Encoding with its weights', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeUndefined();
		expect(chooseEncoding(undefined)).toBeUndefined();
	});
});
