import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressed } from './compressed.ts';

const page = `<!doctype html><html lang="fr"><body>${'<p>Atelier réparation de vélo au pied des tours</p>'.repeat(200)}</body></html>`;
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

function get(path: string, acceptEncoding?: string) {
	return new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
		const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
		request({ host: '127.0.0.1', port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'],
					vary: String(res.headers.vary ?? ''),
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

	it('leaves alone a browser that accepts none, small answers and the live stream', async () => {
		const plain = await get('/');
		expect(plain.encoding, 'no accept').toBeUndefined();
		expect(plain.body.toString()).toBe(page);
		expect((await get('/petit', 'gzip, br')).encoding, 'small').toBeUndefined();
		const stream = await get('/flux', 'gzip, br');
		expect(stream.encoding, 'stream').toBeUndefined();
		expect(stream.body.toString()).toMatch(/^data: x+/);
	});
});
